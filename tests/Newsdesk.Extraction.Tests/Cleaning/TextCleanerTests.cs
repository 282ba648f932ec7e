using Newsdesk.Documents;
using Newsdesk.Extraction.Cleaning;

namespace Newsdesk.Extraction.Tests.Cleaning;

public class TextCleanerTests
{
    private static readonly TextCleaner _cleaner = new(CleaningOptions.Default);

    [Fact]
    public void Clean_KeepsEveryArticleParagraphInOrder()
    {
        var result = _cleaner.Clean(CleaningTestText.Noisy(), []);
        Assert.Equal(string.Join("\n\n", CleaningTestText.ArticleParagraphs), result.Text);
    }

    [Theory]
    [InlineData(CleaningTestText.UiMessage, RemovalReasons.UiMessage)]
    [InlineData(CleaningTestText.Caption, RemovalReasons.Caption)]
    [InlineData(CleaningTestText.Advertisement, RemovalReasons.Promo)]
    [InlineData(CleaningTestText.Newsletter, RemovalReasons.Promo)]
    public void Clean_RemovesNoiseWithItsReason(string line, string reason)
    {
        var removed = _cleaner.Clean(CleaningTestText.Noisy(), []).Removed("cleaning");
        var entry = Assert.Single(removed, r => r.Text == line);
        Assert.Equal(reason, entry.Reason);
        Assert.InRange(entry.Confidence, CleaningOptions.DefaultThreshold, 1.0);
    }

    [Theory]
    [InlineData("Loading comments… please wait.", RemovalReasons.UiMessage)]
    [InlineData("Sign up for our morning newsletter to get the day's top stories.", RemovalReasons.Promo)]
    [InlineData("Subscribe to our weekly newsletter for the best of our reporting.", RemovalReasons.Promo)]
    public void Clean_RemovesSiteMessagesOfOurSamples(string line, string reason)
    {
        var text = string.Join("\n\n", [line, .. CleaningTestText.ArticleParagraphs]);
        var result = _cleaner.Clean(text, []);
        Assert.Equal(reason, Assert.Single(result.Removed("cleaning"), r => r.Text == line).Reason);
        Assert.Equal(string.Join("\n\n", CleaningTestText.ArticleParagraphs), result.Text);
    }

    [Fact]
    public void Clean_KeepsAnArticleSentenceThatReportsACallToSignUp()
    {
        const string line = "The council urged residents to sign up for its flood alerts newsletter before the storm season begins in March.";
        var text = string.Join("\n\n", [.. CleaningTestText.ArticleParagraphs, line]);
        Assert.Contains(line, _cleaner.Clean(text, []).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ShortNewsBriefKeepsItsLinesAndLosesOnlyWhatTheRulesRemove()
    {
        // Three short lines give the classifier little to go on; it would take them all. Its removals are undone, the
        // rules' stand.
        const string Brief = "Pyongyang held its party congress on Friday.\n\n" + CleaningTestText.UiMessage + "\n\n\"We will never give up,\" Kim Jong Un said on Friday.";

        var result = _cleaner.Clean(Brief, []);

        Assert.Equal("Pyongyang held its party congress on Friday.\n\n\"We will never give up,\" Kim Jong Un said on Friday.", result.Text);
        Assert.Equal(RemovalReasons.UiMessage, Assert.Single(result.Removed("cleaning")).Reason);
    }

    [Fact]
    public void Clean_ParagraphsIndexTheCleanedText()
    {
        var result = _cleaner.Clean(CleaningTestText.Noisy(), []);
        Assert.Equal(CleaningTestText.ArticleParagraphs, result.Paragraphs.Select(p => p.Span.ToString(result.Text)));
    }

    [Fact]
    public void Clean_ThresholdOfOneKeepsEverything()
    {
        var keepAll = new TextCleaner(CleaningOptions.Default with { Threshold = 1.0 });
        var result = keepAll.Clean(CleaningTestText.Noisy(), []);
        Assert.Empty(result.Removed("cleaning"));
        Assert.Equal(CleaningTestText.Noisy(), result.Text);
    }

    [Fact]
    public void Clean_RemovesARepeatedLongParagraphAsDuplicate()
    {
        var paragraphs = CleaningTestText.ArticleParagraphs;
        var text = string.Join("\n\n", [.. paragraphs, paragraphs[1]]);
        var result = _cleaner.Clean(text, []);
        Assert.Equal(RemovalReasons.Duplicate, Assert.Single(result.Removed("cleaning"), r => r.Text == paragraphs[1]).Reason);
        Assert.Single(result.Paragraphs, p => p.Span.ToString(result.Text) == paragraphs[1]);
    }

    [Fact]
    public void Clean_MarkedTextShowsRemovalsInPlace()
    {
        var marked = _cleaner.Clean(CleaningTestText.Noisy(), []).MarkedText();
        Assert.StartsWith("[removed ui-message 0.80] " + CleaningTestText.UiMessage + "\n\n" + CleaningTestText.ArticleParagraphs[0], marked, StringComparison.Ordinal);
        Assert.Contains("[removed caption 0.90] " + CleaningTestText.Caption, marked, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_NormalisesWhitespaceInsideKeptParagraphs()
    {
        var text = CleaningTestText.ArticleParagraphs[0].Replace(" the ", " \u00A0the  ", StringComparison.Ordinal);
        Assert.Equal(CleaningTestText.ArticleParagraphs[0], _cleaner.Clean(text, []).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t  ")]
    [InlineData("\u00AD\u200B")]
    [InlineData("x")]
    [InlineData("\uD800 lone surrogate \uDFFF")]
    [InlineData("(((((")]
    [InlineData("\r\n\r\n\r")]
    public void Clean_NeverFailsOnOddInput(string text)
    {
        var result = _cleaner.Clean(text, []);
        Assert.All(result.Paragraphs, p => Assert.True(p.Span.FitsIn(result.Text.Length)));
    }

    [Fact]
    public void Clean_AccountsForEveryLineOfAVeryLongInput()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 200_000)) + "\n\n" + CleaningTestText.Noisy();
        var result = _cleaner.Clean(text, []);
        var kept = result.Units.Where(u => u.IsKept).Select(u => u.Unit.Text);
        var removed = result.Removed("cleaning").Select(r => r.Text);
        Assert.Equal(result.Units.Select(u => u.Unit.Text), result.Units.Select(u => u.Unit.Text).Where(t => kept.Contains(t) || removed.Contains(t)));
        Assert.Equal(text.Count(c => c == ' ') - 1,
            result.Units.Sum(u => u.Unit.Text.Count(c => c == ' ')));
    }
}
