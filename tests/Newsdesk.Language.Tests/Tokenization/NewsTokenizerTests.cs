using Newsdesk.Language.Tokenization;

namespace Newsdesk.Language.Tests.Tokenization;

public class NewsTokenizerTests
{
    private static string Tokens(string text) =>
        string.Join(" | ", NewsTokenizer.Tokenize(text).Select(t => t.ToString(text)));

    [Theory]
    [InlineData("Mr Kim met Mr. Smith", "Mr | Kim | met | Mr. | Smith")]
    [InlineData("Dr. Jones and Prof. Lee", "Dr. | Jones | and | Prof. | Lee")]
    [InlineData("the U.S. economy", "the | U.S. | economy")]
    [InlineData("in the U.S.", "in | the | U.S.")]
    [InlineData("On Jan. 8 he", "On | Jan. | 8 | he")]
    [InlineData("Apple Inc. said", "Apple | Inc. | said")]
    [InlineData("at 9 a.m. today", "at | 9 | a.m. | today")]
    [InlineData("J. R. R. Tolkien", "J. | R. | R. | Tolkien")]
    public void Tokenizer_KeepsAbbreviationsAndInitialsWithTheirDot(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("Kim's speech", "Kim | 's | speech")]
    [InlineData("Kim\u2019s speech", "Kim | \u2019s | speech")]
    [InlineData("the Workers\u2019 Party", "the | Workers | \u2019 | Party")]
    [InlineData("the workers' party", "the | workers | ' | party")]
    [InlineData("O'Brien said", "O'Brien | said")]
    public void Tokenizer_SplitsPossessivesButKeepsNames(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("I don't know", "I | do | n't | know")]
    [InlineData("they can\u2019t", "they | ca | n\u2019t")]
    [InlineData("I'm sure we'll see", "I | 'm | sure | we | 'll | see")]
    [InlineData("they're and we've and he'd", "they | 're | and | we | 've | and | he | 'd")]
    public void Tokenizer_SplitsContractions(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("US-led sanctions", "US-led | sanctions")]
    [InlineData("a five-year plan", "a | five-year | plan")]
    [InlineData("pandemic-related border closings", "pandemic-related | border | closings")]
    [InlineData("north - south", "north | - | south")]
    public void Tokenizer_KeepsHyphenatedWordsWhole(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("$1.5 billion", "$ | 1.5 | billion")]
    [InlineData("1,000,000 people", "1,000,000 | people")]
    [InlineData("up 3.5% at 10:30", "up | 3.5 | % | at | 10:30")]
    [InlineData("on 1996-08-30", "on | 1996-08-30")]
    [InlineData("\u00A3250m deal", "\u00A3 | 250m | deal")]
    [InlineData("in 1996, then", "in | 1996 | , | then")]
    public void Tokenizer_KeepsNumbersAndSplitsCurrencySigns(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("see https://example.com/a?b=1.", "see | https://example.com/a?b=1 | .")]
    [InlineData("(www.example.org)", "( | www.example.org | )")]
    [InlineData("mail jane.doe@example.co.uk, now", "mail | jane.doe@example.co.uk | , | now")]
    [InlineData("http://en.wikipedia.org/wiki/Seoul_(city) ok", "http://en.wikipedia.org/wiki/Seoul_(city) | ok")]
    public void Tokenizer_KeepsUrlsAndEmailsWhole(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("\u201Cthug\u201D", "\u201C | thug | \u201D")]
    [InlineData("\"thug\"", "\" | thug | \"")]
    [InlineData("'quoted'", "' | quoted | '")]
    [InlineData("said \u2018no\u2019.", "said | \u2018 | no | \u2019 | .")]
    public void Tokenizer_SplitsCurlyAndStraightQuotes(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("Seoul\u2014and Washington", "Seoul | \u2014 | and | Washington")]
    [InlineData("war -- again", "war | -- | again")]
    [InlineData("wait... what\u2026", "wait | ... | what | \u2026")]
    [InlineData("2019\u20132020", "2019 | \u2013 | 2020")]
    public void Tokenizer_SplitsDashesAndEllipses(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Tokenizer_SpansIndexTheOriginalText()
    {
        const string text = "  North Korean leader\tKim Jong Un\u2019s party (KCNA) said.\n\nNext.";
        var tokens = NewsTokenizer.Tokenize(text);
        Assert.All(tokens, t => Assert.False(t.Slice(text).IsWhiteSpace()));
        Assert.Equal("North", tokens[0].ToString(text));
        Assert.Equal(2, tokens[0].Start);
        Assert.Equal("Next", tokens[^2].ToString(text));
    }

    [Fact]
    public void Tokenizer_ReturnsNothingForWhitespace() => Assert.Empty(NewsTokenizer.Tokenize(" \n\t "));
}
