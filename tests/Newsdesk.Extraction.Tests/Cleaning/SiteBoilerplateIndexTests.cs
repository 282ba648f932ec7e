using Newsdesk.Documents;
using Newsdesk.Extraction.Cleaning;

namespace Newsdesk.Extraction.Tests.Cleaning;

public class SiteBoilerplateIndexTests
{
    private const string Slogan = "The Valley Courier is your trusted voice for local stories";

    [Fact]
    public void Clean_RemovesALineRecurringAcrossTheSitesArticles()
    {
        var builder = new SiteBoilerplateIndexBuilder();
        var articles = Enumerable.Range(0, 4)
            .Select(i => CleaningTestText.ArticleParagraphs[i] + "\n\n" + Slogan)
            .ToList();
        foreach (var article in articles)
        {
            builder.AddText("courier.example", article);
        }

        var cleaner = new TextCleaner(CleaningOptions.Default with { Index = builder.Build() });
        var result = cleaner.Clean(articles[0], [], "courier.example");
        Assert.Equal(CleaningTestText.ArticleParagraphs[0], result.Text);
        Assert.Equal(RemovalReasons.SiteBoilerplate, Assert.Single(result.Removed("cleaning")).Reason);
    }

    [Fact]
    public void Index_CountsEachLineOncePerDocumentAndIgnoresCaseAndDigits()
    {
        var builder = new SiteBoilerplateIndexBuilder();
        builder.Add("a.example", ["3 Comments", "3 comments"]);
        builder.Add("b.example", ["12 COMMENTS"]);
        var index = builder.Build();
        Assert.Equal(2, index.CorpusCount("7 comments"));
        Assert.Equal(1, index.SiteCount("a.example", "comments"));
        Assert.Equal(0, index.SiteCount(null, "comments"));
    }
}
