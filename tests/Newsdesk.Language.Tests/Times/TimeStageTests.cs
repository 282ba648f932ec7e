using System.Collections.Immutable;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Processing;
using Newsdesk.Text;
using Newsdesk.Times;

namespace Newsdesk.Language.Tests.Times;

public sealed class TimeStageTests
{
    private static Document Make(string text, NewsDate? date, ImmutableArray<TextSpan> sentences = default) => new()
    {
        Id = "d1",
        Source = new RawDocument { Id = "d1", Origin = "test", Kind = ContentKind.Text, Content = text },
        Layers = Layers.Source | Layers.Text | (sentences.IsDefault ? Layers.None : Layers.Sentences),
        Text = text,
        Sentences = sentences.IsDefault ? [] : sentences,
        Metadata = new ArticleMetadata { Date = date },
    };

    [Fact]
    public void Stage_DeclaresTextInAndTimesOut()
    {
        var stage = new TimeStage();
        Assert.Equal(Layers.Text, stage.Requires);
        Assert.Equal(Layers.Times, stage.Provides);
    }

    [Fact]
    public void Stage_UsesTheSentenceLayerForTense()
    {
        // Two sentences: the future cue of the second must not reach the weekday of the first.
        const string text = "Talks ended Tuesday. Both sides will meet again";
        var sentences = ImmutableArray.Create(new TextSpan(0, 20), new TextSpan(21, text.Length));
        var document = new TimeStage().Process(Make(text, new NewsDate(new DateOnly(2021, 1, 8)), sentences), CancellationToken.None);
        Assert.Equal("2021-01-05", Assert.Single(document.Times).Value);
    }

    [Fact]
    public void Stage_WithoutDate_ReportsUnanchoredTimes()
    {
        var document = new TimeStage().Process(Make("They met on Friday.", date: null), CancellationToken.None);
        Assert.Equal("XXXX-WXX-5", Assert.Single(document.Times).Value);
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCodes.TimeUnanchored && d.Severity == DiagnosticSeverity.Info);
    }
}
