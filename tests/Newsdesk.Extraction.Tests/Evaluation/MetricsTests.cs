using Newsdesk.Extraction.Evaluation;

namespace Newsdesk.Extraction.Tests.Evaluation;

public class MetricsTests
{
    [Fact]
    public void BagOfWords_CountsRepeatedWordsOnce_PerOccurrence()
    {
        var score = BodyMetrics.BagOfWords(WordTokens.Split("the the cat"), WordTokens.Split("The cat sat"));
        Assert.Equal(2.0 / 3, score.Precision, 6);
        Assert.Equal(2.0 / 3, score.Recall, 6);
    }

    [Fact]
    public void BagOfWords_BothEmpty_ScoresOne() =>
        Assert.Equal(1, BodyMetrics.BagOfWords([], []).F1);

    [Fact]
    public void BagOfWords_EmptyTruthButText_ScoresZero() =>
        Assert.Equal(0, BodyMetrics.BagOfWords(WordTokens.Split("menu"), []).F1);

    [Fact]
    public void WordTokens_LowercaseWordCharacters() =>
        Assert.Equal(["don", "t", "stop", "café", "x_1", "2021"], WordTokens.Split("Don't STOP — Café, x_1 (2021)."));

    [Fact]
    public void Shingles_PunishWrongOrder()
    {
        var words = WordTokens.Split("one two three four five");
        var shuffled = WordTokens.Split("five four three two one");
        Assert.Equal(1, BodyMetrics.BagOfWords(shuffled, words).F1);
        Assert.Equal(0, BodyMetrics.Shingles(shuffled, words).F1);
        Assert.Equal(1, BodyMetrics.Shingles(words, words).F1);
    }

    [Fact]
    public void Shingles_CountRepeatsAndKeepShortTextsApart()
    {
        // "a b c d a b c" has four shingles, of which "a b c d" predicts one; a text of fewer than four words is one
        // shingle that only the same short text matches (not a longer text that starts with it).
        var score = BodyMetrics.Shingles(WordTokens.Split("a b c d"), WordTokens.Split("a b c d a b c"));
        Assert.Equal(1, score.Precision, 6);
        Assert.Equal(0.25, score.Recall, 6);
        Assert.Equal(0, BodyMetrics.Shingles(WordTokens.Split("a b c"), WordTokens.Split("a b c d")).F1);
        Assert.Equal(1, BodyMetrics.Shingles(WordTokens.Split("a b"), WordTokens.Split("A b")).F1);
        Assert.Equal(0, BodyMetrics.Shingles(WordTokens.Split("a b"), WordTokens.Split("a b a")).F1);
    }

    [Fact]
    public void Snippets_MatchAfterCollapsingWhitespace()
    {
        var counts = SnippetCounts.Score("Alpha  beta\n\ngamma. Menu", ["alpha beta", "beta gamma.", "delta"], ["Menu", "Login"]);
        Assert.Equal(new SnippetCounts(1, 2, 1, 1), counts);
        Assert.Equal(2.0 / 5, counts.F1, 6);
    }

    [Theory]
    [InlineData(new[] { "Jane Doe", "John Roe" }, new[] { "Jane Doe and John Roe" }, true)]
    [InlineData(new[] { "By Jane Doe" }, new[] { "Jane Doe" }, true)]
    [InlineData(new[] { "Jane Doe" }, new[] { "Jane Doe", "John Roe" }, false)]
    public void Authors_CompareNameWords(string[] predicted, string[] expected, bool match) =>
        Assert.Equal(match, FieldMatcher.AuthorsMatch(predicted, expected));

    [Theory]
    [InlineData("It’s “fine” – really", "it's \"fine\" - Really", true)]
    [InlineData("A title", "A title | Site", false)]
    public void Titles_NormaliseQuotesDashesAndCase(string predicted, string expected, bool match) =>
        Assert.Equal(match, FieldMatcher.TitleMatches(predicted, expected));

    [Fact]
    public void Dates_CompareTheDay() => Assert.True(FieldMatcher.DateMatches("2021-01-08T10:00+09:00", "2021-01-08"));
}
