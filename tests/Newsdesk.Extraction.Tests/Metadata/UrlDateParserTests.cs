using Newsdesk.Extraction.Metadata;

namespace Newsdesk.Extraction.Tests.Metadata;

public sealed class UrlDateParserTests
{
    [Theory]
    [InlineData("https://example.com/2021/01/08/storm", "2021-01-08")]
    [InlineData("https://example.com/news/2021-01-08-storm", "2021-01-08")]
    [InlineData("https://www.thelocal.se/20200428/meet-the-swede", "2020-04-28")]
    [InlineData("https://example.org/meldungen/29-10-2021", "2021-10-29")]
    [InlineData("https://example.com/2021/01/08.html", "2021-01-08")]
    public void Parse_ReadsFullDates(string url, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), UrlDateParser.Parse(url));

    [Theory]
    [InlineData("https://blog.example.de/2023/10/3-fragen-an-tina")]
    [InlineData("https://example.com/2021/01/")]
    [InlineData("https://example.org/meldungen/05-06-2021")]
    [InlineData("https://example.com/item/20211399/")]
    public void Parse_RejectsWhatIsNoDay(string url) => Assert.Null(UrlDateParser.Parse(url));
}
