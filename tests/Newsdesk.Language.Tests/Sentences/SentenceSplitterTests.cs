using Newsdesk.Documents;
using Newsdesk.Language.Sentences;
using Newsdesk.Language.Tokenization;
using Newsdesk.Text;

namespace Newsdesk.Language.Tests.Sentences;

public class SentenceSplitterTests
{
    private static string Sentences(string text, bool oneParagraph = false)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        var paragraphs = oneParagraph ? [new Paragraph(new TextSpan(0, text.Length))] : ParagraphSplitter.Split(text);
        var sentences = new SentenceSplitter().Split(text, tokens, paragraphs);
        return string.Join(" || ", sentences.Select(s => s.ToString(text)));
    }

    [Theory]
    [InlineData("He left. She stayed.", "He left. || She stayed.")]
    [InlineData("Why? Nobody knows! Really.", "Why? || Nobody knows! || Really.")]
    [InlineData("Wait... The end.", "Wait... || The end.")]
    public void Splitter_EndsSentencesAtTerminators(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("Mr. Kim met Dr. Lee. They talked.", "Mr. Kim met Dr. Lee. || They talked.")]
    [InlineData("The U.S. Navy sailed. It left.", "The U.S. Navy sailed. || It left.")]
    [InlineData("He lives in the U.S. The talks failed.", "He lives in the U.S. || The talks failed.")]
    [InlineData("On Jan. 8 the congress met.", "On Jan. 8 the congress met.")]
    [InlineData("Apple Inc. He said so.", "Apple Inc. || He said so.")]
    public void Splitter_DoesNotEndAtTitlesAndJudgesAbbreviations(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("J. R. Smith wrote it. Then he left.", "J. R. Smith wrote it. || Then he left.")]
    [InlineData("George W. Bush spoke.", "George W. Bush spoke.")]
    public void Splitter_DoesNotEndAtInitials(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("He said: \u201CWe will win.\u201D Then he left.", "He said: \u201CWe will win.\u201D || Then he left.")]
    [InlineData("\"Why?\" he asked. She smiled.", "\"Why?\" he asked. || She smiled.")]
    [InlineData("It ended (as expected.) Next came lunch.", "It ended (as expected.) || Next came lunch.")]
    [InlineData("\u201CNo,\u201D he said. \u201CNever.\u201D", "\u201CNo,\u201D he said. || \u201CNever.\u201D")]
    public void Splitter_KeepsQuotesAndBracketsWithTheirSentence(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("Kim vows new ties\nNorth Korean leader spoke.", "Kim vows new ties || North Korean leader spoke.")]
    [InlineData("a long line that goes on to\nthe next line.", "a long line that goes on to\nthe next line.")]
    [InlineData("He met with\nDonald Trump.", "He met with\nDonald Trump.")]
    public void Splitter_EndsHeadlinesWithoutFullStopAtLineBreaks(string text, string expected) =>
        Assert.Equal(expected, Sentences(text, oneParagraph: true));

    [Fact]
    public void Splitter_TreatsParagraphBreaksAsHardBoundaries() =>
        Assert.Equal("Breaking news || the talks failed", Sentences("Breaking news\n\nthe talks failed"));

    [Fact]
    public void Splitter_CutsOverlongSentences()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 25));
        var tokens = NewsTokenizer.Tokenize(text);
        var sentences = new SentenceSplitter(new SentenceSplitterOptions(MaxTokens: 10)).Split(text, tokens, []);
        Assert.Equal(3, sentences.Length);
    }
}
