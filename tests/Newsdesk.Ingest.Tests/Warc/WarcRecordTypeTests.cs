using System.Text;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;

namespace Newsdesk.Ingest.Tests.Warc;

public sealed class WarcRecordTypeTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void EveryRecordType_OnlyHtmlResponseAndResourceBecomeArticles()
    {
        var warc = new WarcBuilder()
            .Record("warcinfo", Bytes("software: test\r\n"), "application/warc-fields", uri: null)
            .Record("request", Bytes("GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"), "application/http; msgtype=request")
            .Response()
            .Record("metadata", Bytes("fetchTimeMs: 12\r\n"), "application/warc-fields")
            .Record("resource", Bytes(WarcBuilder.Page), "text/html", uri: "http://example.com/r")
            .Record("revisit", Bytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"), "application/http; msgtype=response",
                extraFields: ["WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"])
            .Record("conversion", Bytes("text"), "text/plain")
            .Build();

        var result = WarcTestReading.Read(warc);

        Assert.Empty(result.Failures);
        Assert.Equal(["test.warc#2", "test.warc#4"], result.Articles.Select(a => a.Id));
        Assert.Equal(["http://example.com/a", "http://example.com/r"], result.Articles.Select(a => a.Metadata.Url));
    }

    [Fact]
    public void SkippedRecords_AreCountedInOneSummaryPerFile()
    {
        var warc = new WarcBuilder()
            .Record("warcinfo", Bytes("software: test\r\n"), "application/warc-fields", uri: null)
            .Record("request", Bytes("GET / HTTP/1.1\r\n\r\n"), "application/http; msgtype=request")
            .Record("request", Bytes("GET / HTTP/1.1\r\n\r\n"), "application/http; msgtype=request")
            .Response(Bytes("%PDF-1.4"), "Content-Type: application/pdf")
            .Response("<html>moved</html>", "Content-Type: text/html\r\nLocation: /b", status: 301)
            .Response("<html>gone</html>", status: 404)
            .Response()
            .Build();

        var result = WarcTestReading.Read(warc);

        var summary = Assert.Single(result.Reported);
        Assert.Equal(DiagnosticCodes.WarcSkipped, summary.Code);
        Assert.Equal(DiagnosticSeverity.Info, summary.Severity);
        Assert.Equal("test.warc", summary.Location);
        Assert.Contains("6 records of 7 records skipped", summary.Message, StringComparison.Ordinal);
        Assert.Contains("request record ×2", summary.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 301 response ×1", summary.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 404 response ×1", summary.Message, StringComparison.Ordinal);
        Assert.Contains("non-HTML response (application/pdf) ×1", summary.Message, StringComparison.Ordinal);
        Assert.Contains("warcinfo record ×1", summary.Message, StringComparison.Ordinal);
        Assert.Single(result.Articles);
    }

    [Fact]
    public void SkippedRecords_AreReportedByReasonWithoutPerRecordDetail()
    {
        var warc = new WarcBuilder()
            .Record("request", Bytes("GET / HTTP/1.1\r\n\r\n"), "application/http; msgtype=request")
            .Response(Bytes("%PDF-1.4"), "Content-Type: application/pdf")
            .Response(Bytes("GIF89a"), "Content-Type: image/gif")
            .Response("<html>gone</html>", status: 404)
            .Response()
            .Build();

        var result = WarcTestReading.Read(warc);

        Assert.Equal(
            new Dictionary<string, int>(StringComparer.Ordinal) { ["HTTP 404 response"] = 1, ["non-HTML response"] = 2, ["request record"] = 1 },
            result.Skipped);
    }

    [Fact]
    public void Article_CarriesUrlCrawlDateCharsetAndRecordId()
    {
        var warc = new WarcBuilder().Response(WarcBuilder.Page, "Content-Type: text/html; charset=\"ISO-8859-1\"", uri: "http://example.com/news/1").Build();

        var article = Assert.Single(WarcTestReading.Read(warc).Articles);

        Assert.Equal(ContentKind.Html, article.Kind);
        Assert.Null(article.Content);
        Assert.Equal(WarcBuilder.Page, Encoding.UTF8.GetString(article.Bytes.Span));
        Assert.Equal("ISO-8859-1", article.CharsetHint);
        Assert.Equal("http://example.com/news/1", article.Metadata.Url);
        Assert.Equal(new DateTimeOffset(2021, 1, 8, 10, 0, 0, TimeSpan.Zero), article.Metadata.CrawlDate);
        Assert.Equal("\"<urn:uuid:00000000-0000-0000-0000-000000000000>\"", article.Metadata.Extra["warcRecordId"]);
        Assert.Equal("test.warc@0", article.Origin);
    }

    [Fact]
    public void ResponseWithoutContentType_IsSniffed()
    {
        var warc = new WarcBuilder()
            .Response(WarcBuilder.Page, "Server: test")
            .Response("just some words", "Server: test")
            .Build();

        var result = WarcTestReading.Read(warc);

        Assert.Single(result.Articles);
        Assert.Contains("non-HTML response (no media type) ×1", result.Summary(DiagnosticCodes.WarcSkipped)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResourceCharset_ComesFromTheWarcContentType()
    {
        var warc = new WarcBuilder().Record("resource", Bytes(WarcBuilder.Page), "text/html; charset=windows-1252").Build();

        Assert.Equal("windows-1252", Assert.Single(WarcTestReading.Read(warc).Articles).CharsetHint);
    }

    [Fact]
    public void NonHttpResponse_IsSkipped()
    {
        var warc = new WarcBuilder().Record("response", Bytes("20210108100000\nexample.com. 300 IN A 93.184.216.34\n"), "text/dns", uri: "dns:example.com").Build();

        var result = WarcTestReading.Read(warc);

        Assert.Empty(result.Documents);
        Assert.Contains("non-HTTP response (text/dns)", result.Summary(DiagnosticCodes.WarcSkipped)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordIndex_CountsEveryRecordSoIdsAreStable()
    {
        var warc = new WarcBuilder()
            .Record("request", Bytes("GET / HTTP/1.1\r\n\r\n"), "application/http; msgtype=request")
            .Response()
            .Record("request", Bytes("GET / HTTP/1.1\r\n\r\n"), "application/http; msgtype=request")
            .Response()
            .Build();

        Assert.Equal(["test.warc#1", "test.warc#3"], WarcTestReading.Read(warc).Articles.Select(a => a.Id));
    }
}
