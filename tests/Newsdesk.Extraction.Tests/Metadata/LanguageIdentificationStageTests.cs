using Newsdesk.Documents;
using Newsdesk.Extraction.Metadata;

namespace Newsdesk.Extraction.Tests.Metadata;

public class LanguageIdentificationStageTests
{
    private static readonly LanguageIdentificationStage _stage = new();

    private static Document TextDocument(string text, string? language = null) => new()
    {
        Id = "t",
        Source = new RawDocument { Id = "t", Origin = "t", Kind = ContentKind.Text, Content = text },
        Text = text,
        Metadata = new ArticleMetadata { Language = language },
    };

    [Fact]
    public void Process_SetsTheLanguageOfTextThatDidNotSayIt()
    {
        var document = TextDocument("The council said on Monday that the harbour would reopen after the storms, and that the ships which had been kept away for a week could return to the port in the morning.");

        Assert.Equal("en", _stage.Process(document, CancellationToken.None).Metadata.Language);
    }

    [Fact]
    public void Process_KeepsTheLanguageTheInputGave()
    {
        var document = TextDocument("The council said on Monday that the harbour would reopen after the storms.", language: "de");

        Assert.Equal("de", _stage.Process(document, CancellationToken.None).Metadata.Language);
    }

    [Fact]
    public void Process_LeavesItUnsetWhenTheTextIsTooShortToTell()
    {
        var document = TextDocument("Leeds 2, Hull 1.");

        Assert.Null(_stage.Process(document, CancellationToken.None).Metadata.Language);
    }
}
