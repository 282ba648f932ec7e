using Newsdesk.Documents;
using Newsdesk.Language.Quotes.Evaluation;
using Newsdesk.Text;

namespace Newsdesk.Language.Tests.Quotes;

public sealed class QuoteEvaluatorTests
{
    private const string Text = "“We will win,” Telford said. Officials said the vote was close.";

    private static readonly GoldArticle _article = new("a1", Text,
    [
        new GoldQuote(new TextSpan(0, 14), true, [new TextSpan(15, 22)], "said"),
        new GoldQuote(new TextSpan(43, 62), false, [new TextSpan(29, 38)], "said"),
    ]);

    [Fact]
    public void Score_MatchesByCoverageOfTheGoldSpan()
    {
        Quote[] predicted =
        [
            new(new TextSpan(0, 14), true, new TextSpan(23, 27), new QuoteSpeaker(new TextSpan(15, 22), null)),
            new(new TextSpan(43, 50), false, null, null),
        ];

        var loose = QuoteEvaluator.Score(_article, [.. predicted], 0.3);
        var strict = QuoteEvaluator.Score(_article, [.. predicted], 0.8);

        Assert.Equal((2, 0, 0), (loose.TruePositives, loose.FalsePositives, loose.FalseNegatives));
        Assert.Equal((1, 1, 1), (strict.TruePositives, strict.FalsePositives, strict.FalseNegatives));
        Assert.Equal(1, loose.SpeakerMatches);
        Assert.Equal(1, loose.VerbMatches);
        Assert.Equal(1.0, loose.DirectRecall);
    }

    [Fact]
    public void Score_UsesEachPredictionOnce()
    {
        Quote[] predicted = [new(new TextSpan(0, 62), false, null, null)];

        var score = QuoteEvaluator.Score(_article, [.. predicted], 0.3);

        Assert.Equal((1, 0, 1), (score.TruePositives, score.FalsePositives, score.FalseNegatives));
    }

    // Written for these tests: one quote split around its attribution, annotated both ways.
    private const string Split = "“We will win,” Telford said. “The vote is ours.”";

    private static readonly Quote _joined = new(new TextSpan(0, Split.Length), true, new TextSpan(23, 27), new QuoteSpeaker(new TextSpan(15, 22), null),
        Parts: [new TextSpan(0, 14), new TextSpan(29, Split.Length)]);

    [Fact]
    public void Score_DiscontinuousPrediction_MatchesAWholeGoldQuote()
    {
        var article = new GoldArticle("p", Split, [new GoldQuote(new TextSpan(0, Split.Length), true, [new TextSpan(15, 22)], "said")]);

        var score = QuoteEvaluator.Score(article, [_joined], 0.8);

        Assert.Equal((1, 0, 0, 1, 1), (score.TruePositives, score.FalsePositives, score.FalseNegatives, score.SpeakerMatches, score.VerbMatches));
    }

    [Fact]
    public void Score_DiscontinuousPrediction_MatchesGoldPiecesOneByOne_TheLaterOnesWithoutACue()
    {
        var article = new GoldArticle("g", Split,
        [
            new GoldQuote(new TextSpan(0, 14), true, [new TextSpan(15, 22)], "said"),
            new GoldQuote(new TextSpan(29, Split.Length), true, [], null),
        ]);

        var score = QuoteEvaluator.Score(article, [_joined], 0.8);

        Assert.Equal((2, 0, 0, 2, 2), (score.TruePositives, score.FalsePositives, score.FalseNegatives, score.SpeakerMatches, score.VerbMatches));
    }

    [Fact]
    public void Score_DiscontinuousPrediction_UsedWholeCannotAlsoMatchAPiece()
    {
        var article = new GoldArticle("w", Split,
        [
            new GoldQuote(new TextSpan(0, Split.Length), true, [new TextSpan(15, 22)], "said"),
            new GoldQuote(new TextSpan(29, Split.Length), true, [], null),
        ]);

        var score = QuoteEvaluator.Score(article, [_joined], 0.8);

        Assert.Equal((1, 0, 1), (score.TruePositives, score.FalsePositives, score.FalseNegatives));
    }

    [Fact]
    public void MissReport_NamesWhyEachGoldQuoteWasMissed()
    {
        // Gold: the direct quote (0-14) and the reported content (43-62) of Text. One prediction spans both
        // (taken by the first gold quote), one covers a sliver of the reported content.
        Quote[] predicted =
        [
            new(new TextSpan(0, 62), false, null, null),
            new(new TextSpan(58, 62), false, null, null),
        ];
        var article = _article with { Quotes = [.. _article.Quotes, new GoldQuote(new TextSpan(29, 38), false, [], null)] };

        var misses = QuoteMissReport.Find(article, [.. predicted], 0.3);

        Assert.Equal([QuoteMissKind.TakenByAnother, QuoteMissKind.TakenByAnother], misses.Select(m => m.Kind));
        Assert.Equal(QuoteMissKind.CoveredTooLittle, QuoteMissReport.Find(article, [predicted[1]], 0.3)[1].Kind);
        Assert.All(QuoteMissReport.Find(article, [], 0.3), m => Assert.Equal(QuoteMissKind.NotFound, m.Kind));
    }

    [Theory]
    [InlineData(0, 10, 0, 10, 1.0)]
    [InlineData(0, 10, 5, 30, 0.5)]
    [InlineData(0, 10, 10, 20, 0.0)]
    public void Coverage_IsTheShareOfTheGoldSpan(int goldStart, int goldEnd, int start, int end, double expected)
    {
        Assert.Equal(expected, QuoteEvaluator.Coverage(new TextSpan(goldStart, goldEnd), new TextSpan(start, end)), 6);
    }
}
