namespace Newsdesk.Language.Sentences;

/// <summary>Limits of the sentence splitter.</summary>
/// <param name="MaxTokens">A sentence longer than this is cut (tables and lists without full stops would otherwise
/// make one huge "sentence" that slows every later stage).</param>
public sealed record SentenceSplitterOptions(int MaxTokens = 250)
{
    public static SentenceSplitterOptions Default { get; } = new();
}
