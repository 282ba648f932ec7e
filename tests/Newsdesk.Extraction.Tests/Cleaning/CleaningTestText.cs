namespace Newsdesk.Extraction.Tests.Cleaning;

/// <summary>Synthetic scraped articles written for these tests (no shared data in the repository).</summary>
internal static class CleaningTestText
{
    public static readonly string[] ArticleParagraphs =
    [
        "The city council voted on Tuesday to extend the night bus service to the eastern suburbs, ending a two-year dispute over funding.",
        "Councillor Ana Ruiz, who proposed the extension, said the vote showed that residents' complaints had finally been heard by the transport office.",
        "The new routes will start in March and run every thirty minutes between midnight and five in the morning, the council said in a statement.",
        "Opponents argued that the money would be better spent on repairing roads, but the motion passed by eleven votes to four after a long debate.",
    ];

    public const string UiMessage = "Something went wrong - please try again later.";
    public const string Caption = "A night bus waits at the central station on Tuesday evening (Sam Lee/City News via AP)";
    public const string Advertisement = "Advertisement";
    public const string Newsletter = "Sign up for our newsletter";

    /// <summary>The article with noise between and around its paragraphs, paragraphs separated by blank lines.</summary>
    public static string Noisy() => string.Join("\n\n",
    [
        UiMessage,
        ArticleParagraphs[0],
        Caption,
        ArticleParagraphs[1],
        Advertisement,
        ArticleParagraphs[2],
        ArticleParagraphs[3],
        Newsletter,
    ]);
}
