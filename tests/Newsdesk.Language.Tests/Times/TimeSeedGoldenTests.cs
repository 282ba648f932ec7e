using Newsdesk.Documents;
using Newsdesk.Processing;
using Newsdesk.TestSupport;
using Newsdesk.Times;

namespace Newsdesk.Language.Tests.Times;

/// <summary>The acceptance example of issue 7: the seed article (dated 2021-01-08) read through <see cref="TimeStage"/>.</summary>
public sealed class TimeSeedGoldenTests
{
    private const string SeedPath = "examples/000_1104825eb2e4906b.txt";

    [SharedDataTheory(SeedPath)]
    [InlineData("said on Friday", "Friday", TimeType.Date, "2021-01-08")]
    [InlineData("take office on January 20", "January 20", TimeType.Date, "2021-01-20")]
    [InlineData("This month’s congress", "This month", TimeType.Date, "2021-01")]
    [InlineData("stalled for about two years", "about two years", TimeType.Duration, "P2Y")]
    [InlineData("a new five-year development plan", "five-year", TimeType.Duration, "P5Y")]
    public void Seed_ResolvesExpressionAgainstArticleDate(string context, string expression, TimeType type, string value)
    {
        var text = File.ReadAllText(SharedData.PathOf(SeedPath));
        var document = new TimeStage().Process(Seed(text), CancellationToken.None);

        var at = text.IndexOf(context, StringComparison.Ordinal) + context.IndexOf(expression, StringComparison.Ordinal);
        Assert.True(at >= 0, $"context not in the seed: {context}");
        var found = Assert.Single(document.Times, t => t.Span.Start == at);
        Assert.Equal(expression, found.Span.ToString(text));
        Assert.Equal(type, found.Type);
        Assert.Equal(value, found.Value);
    }

    [SharedDataFact(SeedPath)]
    public void Seed_EverySpanIndexesTheText()
    {
        var text = File.ReadAllText(SharedData.PathOf(SeedPath));
        var document = new TimeStage().Process(Seed(text), CancellationToken.None);

        Assert.True(document.Layers.HasFlag(Layers.Times));
        Assert.All(document.Times, t => Assert.True(t.Span.FitsIn(text.Length) && !t.Span.IsEmpty));
        Assert.Equal(document.Times.OrderBy(t => t.Span.Start), document.Times);
    }

    private static Document Seed(string text) => new()
    {
        Id = "seed",
        Source = new RawDocument { Id = "seed", Origin = SeedPath, Kind = ContentKind.Text, Content = text },
        Layers = Layers.Source | Layers.Text,
        Text = text,
        Metadata = new ArticleMetadata { Date = new NewsDate(new DateOnly(2021, 1, 8)) },
    };
}
