using Newsdesk.Text;

namespace Newsdesk.Core.Tests.Text;

public sealed class ParagraphSplitterTests
{
    private static string[] Paragraphs(string text) =>
        [.. ParagraphSplitter.Split(text).Select(p => p.Span.ToString(text))];

    [Fact]
    public void ParagraphSplitter_SplitsBlocksAtBlankLines()
    {
        const string Text = "First line\nstill first.\n\nSecond.\n\n\nThird.";

        Assert.Equal(["First line\nstill first.", "Second.", "Third."], Paragraphs(Text));
    }

    [Fact]
    public void ParagraphSplitter_TreatsEachLineAsAParagraphWhenNoLineIsBlank()
    {
        const string Text = "One.\nTwo.\nThree.";

        Assert.Equal(["One.", "Two.", "Three."], Paragraphs(Text));
    }

    [Fact]
    public void ParagraphSplitter_AcceptsCrLfLineEnds()
    {
        const string Text = "First.\r\nStill first.\r\n\r\nSecond.\r\n";

        Assert.Equal(["First.\r\nStill first.", "Second."], Paragraphs(Text));
    }

    [Fact]
    public void ParagraphSplitter_AcceptsBareCarriageReturns()
    {
        Assert.Equal(["One.", "Two."], Paragraphs("One.\r\rTwo."));
    }

    [Fact]
    public void ParagraphSplitter_LeavesWhitespaceAroundParagraphsOutOfTheirSpans()
    {
        const string Text = "\n\n   Indented first.  \n\n\t Second.\t\n\n  ";

        Assert.Equal(["Indented first.", "Second."], Paragraphs(Text));
    }

    [Fact]
    public void ParagraphSplitter_DoesNotCountLeadingBlankLinesAsParagraphBreaks()
    {
        // Blank lines before the first text do not separate blocks, so the lines below are one per paragraph.
        const string Text = "\n\nOne.\nTwo.\n";

        Assert.Equal(["One.", "Two."], Paragraphs(Text));
    }

    [Fact]
    public void ParagraphSplitter_TreatsWhitespaceOnlyLinesAsBlank()
    {
        Assert.Equal(["A\nB", "C"], Paragraphs("A\nB\n   \t\nC"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\r\n\t\n")]
    public void ParagraphSplitter_FindsNoParagraphInBlankText(string text)
    {
        Assert.Empty(ParagraphSplitter.Split(text));
    }

    [Theory]
    [InlineData("date 2021-01-08 A.\n\nB b b.\r\n\r\n  C.  \n")]
    [InlineData("x\ny\rz\r\n")]
    [InlineData("  only one paragraph  ")]
    [InlineData("\u00a0Non-breaking space.\u00a0\n\nNext.")]
    public void ParagraphSplitter_SpansIndexTheTextInOrderWithoutOverlap(string text)
    {
        var paragraphs = ParagraphSplitter.Split(text);

        Assert.NotEmpty(paragraphs);
        var previousEnd = 0;
        foreach (var paragraph in paragraphs)
        {
            Assert.True(paragraph.Span.FitsIn(text.Length));
            Assert.True(paragraph.Span.Start >= previousEnd);
            Assert.False(paragraph.Span.IsEmpty);
            var content = paragraph.Span.ToString(text);
            Assert.Equal(content.Trim(), content);
            previousEnd = paragraph.Span.End;
        }
    }

    [Fact]
    public void ParagraphSplitter_LinesExcludeTheirLineEnds()
    {
        const string Text = "a\r\nbb\ncc\rd";

        var lines = ParagraphSplitter.Lines(Text).Select(l => l.ToString(Text));

        Assert.Equal(["a", "bb", "cc", "d"], lines);
    }
}
