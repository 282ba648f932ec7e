using Newsdesk.Ingest.Feeds;

namespace Newsdesk.Ingest.Tests.Feeds;

public sealed class FeedDateParserTests
{
    [Theory]
    [InlineData("Fri, 08 Jan 2021 10:30:00 GMT", "2021-01-08T10:30Z")]
    [InlineData("Fri, 08 Jan 2021 10:30:00 +0100", "2021-01-08T10:30+01:00")]
    [InlineData("Fri, 8 Jan 2021 23:30:05 -0500", "2021-01-08T23:30:05-05:00")]
    [InlineData("8 Jan 2021 10:30 EST", "2021-01-08T10:30-05:00")]
    [InlineData("Thu, 08 Jan 2021 10:30:00 PDT", "2021-01-08T10:30-07:00")]
    [InlineData("Friday, 08 January 2021 10:30:00 GMT", "2021-01-08T10:30Z")]
    [InlineData("Fri, 08 Jan 21 10:30:00 GMT", "2021-01-08T10:30Z")]
    [InlineData("08 Jan 2021", "2021-01-08")]
    [InlineData("Fri, 08 Jan 2021 10:30:00 CET", "2021-01-08T10:30")]
    [InlineData("2021-01-08T10:30:00+09:00", "2021-01-08T10:30+09:00")]
    [InlineData("2021-01-08T10:30:00.123Z", "2021-01-08T10:30:00Z")]
    [InlineData("2021-01-08", "2021-01-08")]
    public void Dates_AreReadAsWritten(string written, string expected)
    {
        Assert.True(FeedDateParser.TryParse(written, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2021")]
    [InlineData("Fri, 08 Foo 2021 10:30:00 GMT")]
    public void Nonsense_IsRefused(string written) => Assert.False(FeedDateParser.TryParse(written, out _));
}
