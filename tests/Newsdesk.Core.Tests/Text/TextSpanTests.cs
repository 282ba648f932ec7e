using Newsdesk.Text;

namespace Newsdesk.Core.Tests.Text;

public sealed class TextSpanTests
{
    [Theory]
    [InlineData(-1, 3)]
    [InlineData(5, 4)]
    [InlineData(-3, -1)]
    public void TextSpan_RejectsNegativeStartOrEndBeforeStart(int start, int end)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, end));
    }

    [Theory]
    [InlineData(0, 0, 0, true)]
    [InlineData(2, 7, 5, false)]
    [InlineData(4, 4, 0, true)]
    public void TextSpan_ReportsLengthAndEmptiness(int start, int end, int length, bool empty)
    {
        var span = new TextSpan(start, end);

        Assert.Equal(length, span.Length);
        Assert.Equal(empty, span.IsEmpty);
    }

    [Theory]
    [InlineData(0, 5, "Hello")]
    [InlineData(7, 12, "world")]
    [InlineData(5, 5, "")]
    [InlineData(0, 13, "Hello, world!")]
    public void TextSpan_SlicesExactlyTheCharactersItCovers(int start, int end, string expected)
    {
        const string Text = "Hello, world!";
        var span = new TextSpan(start, end);

        Assert.Equal(expected, span.ToString(Text));
        Assert.Equal(expected, span.Slice(Text).ToString());
    }

    [Fact]
    public void TextSpan_CountsUtf16UnitsSoASurrogatePairIsTwoLong()
    {
        const string Text = "a😀b";
        var emoji = new TextSpan(1, 3);

        Assert.Equal("😀", emoji.ToString(Text));
        Assert.Equal(2, emoji.Length);
    }

    [Fact]
    public void TextSpan_SlicingPastTheTextThrows()
    {
        var span = new TextSpan(3, 20);

        Assert.Throws<ArgumentOutOfRangeException>(() => span.ToString("short"));
    }

    [Theory]
    [InlineData(0, 5, 5, true)]
    [InlineData(0, 6, 5, false)]
    [InlineData(5, 5, 5, true)]
    public void TextSpan_FitsInATextWhenItEndsInsideIt(int start, int end, int textLength, bool fits)
    {
        Assert.Equal(fits, new TextSpan(start, end).FitsIn(textLength));
    }

    [Theory]
    [InlineData(2, 8, 3, 5, true)]
    [InlineData(2, 8, 2, 8, true)]
    [InlineData(2, 8, 1, 5, false)]
    [InlineData(2, 8, 5, 9, false)]
    public void TextSpan_ContainsOnlySpansWhollyInside(int start, int end, int otherStart, int otherEnd, bool contains)
    {
        Assert.Equal(contains, new TextSpan(start, end).Contains(new TextSpan(otherStart, otherEnd)));
    }

    [Theory]
    [InlineData(2, 8, 7, 10, true)]
    [InlineData(2, 8, 0, 3, true)]
    [InlineData(2, 8, 8, 10, false)]
    [InlineData(2, 8, 0, 2, false)]
    [InlineData(2, 8, 3, 4, true)]
    public void TextSpan_OverlapsWhenHalfOpenRangesShareACharacter(int start, int end, int otherStart, int otherEnd, bool overlaps)
    {
        var span = new TextSpan(start, end);
        var other = new TextSpan(otherStart, otherEnd);

        Assert.Equal(overlaps, span.Overlaps(other));
        Assert.Equal(overlaps, other.Overlaps(span));
    }

    [Fact]
    public void TextSpan_PrintsAsHalfOpenInterval()
    {
        Assert.Equal("[3, 9)", new TextSpan(3, 9).ToString());
    }
}
