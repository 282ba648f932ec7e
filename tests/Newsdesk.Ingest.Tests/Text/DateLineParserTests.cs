using Newsdesk.Ingest.Text;

namespace Newsdesk.Ingest.Tests.Text;

public sealed class DateLineParserTests
{
    [Fact]
    public void DateLineParser_KeepsTextAfterTheDate()
    {
        const string Text = " date 2021-01-08 Something went wrong - please try again later.\n\nBody.";

        var line = DateLineParser.Parse(Text);

        Assert.Equal("2021-01-08", line.Date?.ToString());
        Assert.Equal("Something went wrong - please try again later.\n\nBody.", Text[line.TextStart..]);
        Assert.Null(line.UnparsedLabel);
    }

    [Theory]
    [InlineData("date 2021-01-08\nBody.", "2021-01-08")]
    [InlineData("Date: 2021-01-08\nBody.", "2021-01-08")]
    [InlineData("DATE:2021-01-08\r\nBody.", "2021-01-08")]
    [InlineData("date=2021-01-08T10:00:00Z\nBody.", "2021-01-08T10:00Z")]
    [InlineData("Date: 2021-01-08T10:00:00+09:00\nBody.", "2021-01-08T10:00+09:00")]
    [InlineData("Published: 2021-01-08\nBody.", "2021-01-08")]
    [InlineData("Date: Fri, 08 Jan 2021 10:00:00 GMT\nBody.", "2021-01-08T10:00Z")]
    [InlineData("Date: January 8, 2021\nBody.", "2021-01-08")]
    [InlineData("Date: 8 January 2021\nBody.", "2021-01-08")]
    [InlineData("Date: Jan 8, 2021\r\nBody.", "2021-01-08")]
    [InlineData("2021-01-08\nBody.", "2021-01-08")]
    [InlineData("2021-01-08T10:00:00Z\nBody.", "2021-01-08T10:00Z")]
    [InlineData("  2021-01-08 10:00  \nBody.", "2021-01-08T10:00")]
    public void DateLineParser_ReadsTheDateLineVariantsAndStartsTheTextOnTheNextLine(string text, string expected)
    {
        var line = DateLineParser.Parse(text);

        Assert.Equal(expected, line.Date?.ToString());
        Assert.Equal("Body.", text[line.TextStart..]);
        Assert.Null(line.UnparsedLabel);
    }

    [Theory]
    [InlineData("Date: sometime last week\nBody.")]
    [InlineData("Date: 32 Smarch 2021\nBody.")]
    [InlineData("published: yesterday\nBody.")]
    public void DateLineParser_ReportsAnUnparsableLabelledDateAndKeepsTheLineAsText(string text)
    {
        var line = DateLineParser.Parse(text);

        Assert.Null(line.Date);
        Assert.Equal(0, line.TextStart);
        Assert.Equal(text[..text.IndexOf('\n', StringComparison.Ordinal)], line.UnparsedLabel);
    }

    [Theory]
    [InlineData("North Korean leader Kim Jong Un spoke.\nMore.")]
    [InlineData("Dates are sweet fruit.\nMore.")]
    [InlineData("Date night ideas for the weekend\nMore.")]
    [InlineData("2021 was a hard year.\nMore.")]
    [InlineData("")]
    public void DateLineParser_LeavesTextWithoutADateLineAlone(string text)
    {
        var line = DateLineParser.Parse(text);

        Assert.Null(line.Date);
        Assert.Equal(0, line.TextStart);
        Assert.Null(line.UnparsedLabel);
    }

    [Fact]
    public void DateLineParser_AcceptsADateLineWithNothingAfterIt()
    {
        var line = DateLineParser.Parse("date 2021-01-08");

        Assert.Equal("2021-01-08", line.Date?.ToString());
        Assert.Equal(15, line.TextStart);
    }

    [Theory]
    [InlineData("January 8, 2021", "2021-01-08")]
    [InlineData("Friday, January 8, 2021", "2021-01-08")]
    [InlineData("08/01/2021", "2021-01-08")]
    [InlineData("2021/01/08", "2021-01-08")]
    [InlineData("Fri, 08 Jan 2021 10:00:00 +09:00", "2021-01-08T10:00+09:00")]
    [InlineData("2021-01-08T10:00:00-05:00", "2021-01-08T10:00-05:00")]
    public void DateLineParser_TryParseWrittenReadsWrittenAndIsoDates(string value, string expected)
    {
        Assert.True(DateLineParser.TryParseWritten(value, out var date));

        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Smarch 8, 2021")]
    public void DateLineParser_TryParseWrittenRefusesWhatIsNotADate(string value)
    {
        Assert.False(DateLineParser.TryParseWritten(value, out _));
    }
}
