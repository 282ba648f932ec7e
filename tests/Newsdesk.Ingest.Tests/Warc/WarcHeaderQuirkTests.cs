using System.Text;
using Newsdesk.Diagnostics;

namespace Newsdesk.Ingest.Tests.Warc;

public sealed class WarcHeaderQuirkTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void AngleBracketedTargetUri_IsUnwrapped()
    {
        var warc = new WarcBuilder().Record("resource", Bytes(WarcBuilder.Page), "text/html", uri: "<https://example.com/x>").Build();

        var result = WarcTestReading.Read(warc);

        Assert.Equal("https://example.com/x", Assert.Single(result.Articles).Metadata.Url);
        Assert.Contains("WARC-Target-URI in angle brackets ×1", result.Summary(DiagnosticCodes.WarcQuirks)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DoubledColon_IsTolerated()
    {
        var block = Bytes(WarcBuilder.Page);
        var warc = Bytes($"WARC/1.0\r\nWARC-Type:: resource\r\nWARC-Target-URI:: https://example.com/dc\r\nContent-Type: text/html\r\nContent-Length: {block.Length}\r\n\r\n")
            .Concat(block).Concat(Bytes("\r\n\r\n")).ToArray();

        var result = WarcTestReading.Read(warc);

        Assert.Equal("https://example.com/dc", Assert.Single(result.Articles).Metadata.Url);
        Assert.Contains("doubled colon", result.Summary(DiagnosticCodes.WarcQuirks)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Warc018WithUnreadableDate_IsReadWithoutCrawlDate()
    {
        var warc = new WarcBuilder().Record("resource", Bytes(WarcBuilder.Page), "text/html", version: "0.18", date: "2008-10-294T05:21:46-0700").Build();

        var result = WarcTestReading.Read(warc);

        Assert.Null(Assert.Single(result.Articles).Metadata.CrawlDate);
        var quirks = result.Summary(DiagnosticCodes.WarcQuirks)!.Message;
        Assert.Contains("WARC/0.18 records ×1", quirks, StringComparison.Ordinal);
        Assert.Contains("unreadable WARC-Date", quirks, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021-01-08T10:00:00Z", "2021-01-08T10:00:00.0000000+00:00")]
    [InlineData("2021-01-08T10:00:00.123456Z", "2021-01-08T10:00:00.1234560+00:00")]
    [InlineData("2021-01-08T10:00:00-0700", "2021-01-08T17:00:00.0000000+00:00")]
    [InlineData("20210108100000", "2021-01-08T10:00:00.0000000+00:00")]
    public void WarcDate_FormatsAreRead(string written, string expected)
    {
        var warc = new WarcBuilder().Record("resource", Bytes(WarcBuilder.Page), "text/html", date: written).Build();

        var date = Assert.Single(WarcTestReading.Read(warc).Articles).Metadata.CrawlDate;

        Assert.Equal(expected, date?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void BareLineFeeds_InHttpHeader_AreAccepted()
    {
        var http = Bytes("HTTP/1.1 200 OK\nContent-Type: text/html; charset=EUC-JP\nServer: x\n\n" + WarcBuilder.Page);
        var warc = new WarcBuilder().Record("response", http, "application/http;msgtype=response").Build();

        var article = Assert.Single(WarcTestReading.Read(warc).Articles);

        Assert.Equal("EUC-JP", article.CharsetHint);
        Assert.Equal(WarcBuilder.Page, Encoding.UTF8.GetString(article.Bytes.Span));
    }

    [Fact]
    public void ResponseBlockWithoutHttpHeader_IsTakenAsThePage()
    {
        var warc = new WarcBuilder().Record("response", Bytes(WarcBuilder.Page), "application/http; msgtype=response").Build();

        var result = WarcTestReading.Read(warc);

        Assert.Equal(WarcBuilder.Page, Encoding.UTF8.GetString(Assert.Single(result.Articles).Bytes.Span));
        Assert.Contains("response without HTTP header", result.Summary(DiagnosticCodes.WarcQuirks)!.Message, StringComparison.Ordinal);
    }
}
