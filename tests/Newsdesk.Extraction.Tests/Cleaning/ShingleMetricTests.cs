using Newsdesk.Extraction.Cleaning.Evaluation;

namespace Newsdesk.Extraction.Tests.Cleaning;

public class ShingleMetricTests
{
    [Fact]
    public void BodyWords_LowercasesAndSplitsLikePythonWordRegex() =>
        Assert.Equal(["it", "s", "x_1", "café", "2021"], BodyWords.Of("It's X_1, Café—2021!"));

    [Fact]
    public void Score_CountsSharedFourGrams()
    {
        var truth = BodyWords.Of("one two three four five six");
        var predicted = BodyWords.Of("zero one two three four five");
        var score = ShingleMetric.Score(predicted, truth);
        // predicted 4-grams: (0123) (1234) (2345); truth: (1234) (2345) (3456): 2 shared of 3 each.
        Assert.Equal(2.0 / 3, score.Precision, 6);
        Assert.Equal(2.0 / 3, score.Recall, 6);
    }

    [Fact]
    public void Score_RepeatedShinglesCountAsAMultiset()
    {
        var truth = BodyWords.Of("a b c d");
        var predicted = BodyWords.Of("a b c d a b c d");
        var score = ShingleMetric.Score(predicted, truth);
        Assert.Equal(1.0 / 5, score.Precision, 6);
        Assert.Equal(1.0, score.Recall, 6);
    }

    [Fact]
    public void Score_EmptyOutputScoresNothingAgainstABody() =>
        Assert.Equal(new BodyScore(0, 0), ShingleMetric.Score([], BodyWords.Of("a b c d e")));

    [Fact]
    public void Score_ShortTextIsOneShingle() =>
        Assert.Equal(1.0, ShingleMetric.Score(BodyWords.Of("Hello world"), BodyWords.Of("hello, world")).F1, 6);

    [Fact]
    public void WordScore_IsBagOfWordsF1() =>
        Assert.Equal(0.5, ShingleMetric.WordScore(BodyWords.Of("a b"), BodyWords.Of("b c")).F1, 6);
}
