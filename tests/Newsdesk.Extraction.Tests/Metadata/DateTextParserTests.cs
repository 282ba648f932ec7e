using Newsdesk.Extraction.Metadata;

namespace Newsdesk.Extraction.Tests.Metadata;

public sealed class DateTextParserTests
{
    [Theory]
    [InlineData("2021-01-08", "2021-01-08")]
    [InlineData("2021-01-08T10:30:00.123+01:00", "2021-01-08")]
    [InlineData("Fri, 08 Jan 2021 10:30:00 GMT", "2021-01-08")]
    [InlineData("January 8th, 2021", "2021-01-08")]
    [InlineData("Jan. 8, 2021", "2021-01-08")]
    [InlineData("8. Januar 2021", "2021-01-08")]
    [InlineData("8. Jänner 2021", "2021-01-08")]
    [InlineData("08.01.2021", "2021-01-08")]
    [InlineData("8 de enero de 2021", "2021-01-08")]
    [InlineData("8 janvier 2021", "2021-01-08")]
    [InlineData("2021年1月8日", "2021-01-08")]
    [InlineData("2021/01/08", "2021-01-08")]
    [InlineData("1610100000", "2021-01-08")]
    [InlineData("25/12/2021", "2021-12-25")]
    public void ParseValue_ReadsCommonForms(string value, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateTextParser.ParseValue(value, DateOrder.DayFirst)?.Day);

    [Theory]
    [InlineData(false, 2021, 4, 3)]
    [InlineData(true, 2021, 3, 4)]
    public void ParseValue_ReadsAmbiguousNumericDatesByConvention(bool monthFirst, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DateTextParser.ParseValue("03/04/2021", monthFirst ? DateOrder.MonthFirst : DateOrder.DayFirst)?.Day);

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("Version 2021.1")]
    [InlineData("call 0800 20211234")]
    [InlineData("March 2021")]
    [InlineData("")]
    public void ParseValue_RejectsWhatIsNoDay(string value) => Assert.Null(DateTextParser.ParseValue(value, DateOrder.DayFirst));

    [Fact]
    public void Find_ReturnsEveryDateInOrder()
    {
        var found = DateTextParser.Find("Published 8 Jan 2021, updated 2021-01-09; see also 10.01.2021.", DateOrder.DayFirst).Select(m => m.Day).ToList();
        Assert.Equal([new DateOnly(2021, 1, 8), new DateOnly(2021, 1, 9), new DateOnly(2021, 1, 10)], found);
    }

    [Theory]
    [InlineData("https://example.com/2021/01/08/storm", "2021-01-08")]
    [InlineData("https://example.com/news/2021-01-08-storm.html", "2021-01-08")]
    [InlineData("https://web.archive.org/web/20130307194448/example.net/2008/05/27/post.html", "2008-05-27")]
    public void UrlDate_IsRead(string url, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), UrlDateParser.Parse(url));

    [Theory]
    [InlineData("https://example.com/2021/01/storm")]
    [InlineData("https://web.archive.org/web/20130307194448/example.net/post.html")]
    [InlineData("https://example.com/item/20210108123")]
    public void UrlDate_NeedsAFullDate(string url) => Assert.Null(UrlDateParser.Parse(url));

    [Theory]
    [InlineData("Party, 30.10.23", "2023-10-30")]
    [InlineData("macbacchi 28.09.19 12:44", "2019-09-28")]
    [InlineData("Geschrieben am 01.02.99", "1999-02-01")]
    [InlineData("Stand 26.10.13<br>", "2013-10-26")]
    public void FindInDateline_ReadsTwoDigitYears(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            DateTextParser.FindInDateline(text, DateOrder.DayFirst, new DateOnly(2026, 11, 27)).Single().Day);

    [Theory]
    [InlineData("Version 1.2.19 released")]
    [InlineData("v3.10.21")]
    [InlineData("costs 12.10.50 units")]
    public void FindInDateline_RejectsVersionNumbers(string text) =>
        Assert.DoesNotContain(DateTextParser.FindInDateline(text, DateOrder.DayFirst, new DateOnly(2026, 11, 27)), m => m.Day.Year == 2019 || m.Day.Year == 2021);
}
