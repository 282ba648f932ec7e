using System.Text;
using Newsdesk.Diagnostics;

namespace Newsdesk.Ingest.Tests.Warc;

public sealed class WarcDamageTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void GarbageBetweenRecords_IsReportedWithItsOffset_AndReadingResumes()
    {
        var first = new WarcBuilder().Response(uri: "http://example.com/1").Build();
        var warc = first.Concat(Bytes("this is not a record\r\nnor this\r\n")).Concat(new WarcBuilder().Response(uri: "http://example.com/2").Build()).ToArray();

        var result = WarcTestReading.Read(warc);

        Assert.Equal(["http://example.com/1", "http://example.com/2"], result.Articles.Select(a => a.Metadata.Url));
        var failure = Assert.Single(result.Failures);
        Assert.Equal($"test.warc@{first.Length}", failure.Origin);
        var diagnostic = failure.Diagnostics[0];
        Assert.Equal(DiagnosticCodes.MalformedRecord, diagnostic.Code);
        Assert.Contains($"next record at offset {first.Length + 32}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentLengthTooShort_IsReportedAndTheNextRecordIsRead()
    {
        var page = Bytes(WarcBuilder.Page);
        var warc = new WarcBuilder()
            .Record("resource", page, "text/html", uri: "http://example.com/short", contentLength: page.Length - 20)
            .Record("resource", page, "text/html", uri: "http://example.com/next")
            .Build();

        var result = WarcTestReading.Read(warc);

        Assert.Contains(result.Articles, a => a.Metadata.Url == "http://example.com/next");
        var failure = Assert.Single(result.Failures);
        Assert.Contains("Content-Length", failure.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("test.warc@", failure.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentLengthTooLong_SwallowsTheNextRecordButReadingResumes()
    {
        var page = Bytes(WarcBuilder.Page);
        var warc = new WarcBuilder()
            .Record("resource", page, "text/html", uri: "http://example.com/long", contentLength: page.Length + 60)
            .Record("resource", page, "text/html", uri: "http://example.com/lost")
            .Record("resource", page, "text/html", uri: "http://example.com/third")
            .Build();

        var result = WarcTestReading.Read(warc);

        Assert.Contains(result.Articles, a => a.Metadata.Url == "http://example.com/third");
        Assert.Single(result.Failures);
    }

    [Fact]
    public void MissingContentLength_ReadsTheBlockToTheNextRecord()
    {
        var warc = new WarcBuilder()
            .Record("resource", Bytes(WarcBuilder.Page), "text/html", uri: "http://example.com/nolength", contentLength: -1)
            .Record("request", Bytes("GET / HTTP/1.1\r\n\r\n"), "application/http; msgtype=request", contentLength: -1)
            .Record("resource", Bytes(WarcBuilder.Page), "text/html", uri: "http://example.com/after")
            .Build();

        var result = WarcTestReading.Read(warc);

        Assert.Empty(result.Failures);
        Assert.Equal(WarcBuilder.Page, Encoding.UTF8.GetString(result.Articles[0].Bytes.Span));
        Assert.Equal(["http://example.com/nolength", "http://example.com/after"], result.Articles.Select(a => a.Metadata.Url));
        Assert.Contains("missing or invalid Content-Length ×2", result.Summary(DiagnosticCodes.WarcQuirks)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedFile_KeepsEarlierRecordsAndReportsTheCut()
    {
        var whole = new WarcBuilder().Response(uri: "http://example.com/1").Response(uri: "http://example.com/2").Build();
        var cut = whole[..(whole.Length - 40)];

        var result = WarcTestReading.Read(cut);

        Assert.Equal("http://example.com/1", Assert.Single(result.Articles).Metadata.Url);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("test.warc#1", failure.Id);
        Assert.Contains("the file ends inside", failure.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedInsideHeader_IsReported()
    {
        var result = WarcTestReading.Read(Bytes("WARC/1.0\r\nWARC-Type: response\r\nContent-Le"));

        Assert.Contains("ends inside the header", Assert.Single(result.Failures).Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedSkippedRecord_IsReported()
    {
        var whole = new WarcBuilder().Record("metadata", new byte[5000], "application/warc-fields").Build();

        var result = WarcTestReading.Read(whole[..2000]);

        Assert.Contains("the file ends inside record #0", Assert.Single(result.Failures).Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAWarcFile_IsOneFailureWithAHint()
    {
        var result = WarcTestReading.Read(Bytes("filedesc://crawl.arc 0.0.0.0 20080101000000 text/plain 76\n1 0 Test\n"));

        var failure = Assert.Single(result.Documents);
        Assert.Equal("test.warc@0", failure.Origin);
        Assert.Contains("ARC files are not read", failure.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedHttpStatusLine_FailsThatRecordOnly()
    {
        var warc = new WarcBuilder()
            .Record("response", Bytes("HTTP/1.1 OK-ish\r\nContent-Type: text/html\r\n\r\n<html></html>"), "application/http; msgtype=response")
            .Response()
            .Build();

        var result = WarcTestReading.Read(warc);

        Assert.Contains("not an HTTP status line", Assert.Single(result.Failures).Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Single(result.Articles);
    }

    [Fact]
    public void OversizedHtmlPayload_IsReportedAndSkipped_AndTheNextRecordRead()
    {
        var big = Bytes("<html><body>" + new string('x', 300_000) + "</body></html>");
        var options = ReaderOptions.Default with { MaxRecordBytes = 100_000 };
        var warc = new WarcBuilder().Response(big, "Content-Type: text/html").Response(uri: "http://example.com/small").Build();

        var result = WarcTestReading.Read(warc, options);

        Assert.Equal(DiagnosticCodes.InputTooLarge, Assert.Single(result.Failures).Diagnostics[0].Code);
        Assert.Equal("http://example.com/small", Assert.Single(result.Articles).Metadata.Url);
    }

    [Fact]
    public void OverlongHeaderLine_IsReportedAndReadingResumes()
    {
        var warc = Bytes("WARC/1.0\r\nWARC-Type: resource\r\nX-Junk: " + new string('j', 40_000) + "\r\n\r\n")
            .Concat(new WarcBuilder().Response().Build()).ToArray();

        var result = WarcTestReading.Read(warc);

        Assert.Contains("header larger than", Assert.Single(result.Failures).Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Single(result.Articles);
    }

    [Fact]
    public void SeparatorWithoutBlankLines_IsTolerated()
    {
        var warc = new WarcBuilder()
            .Record("resource", Bytes(WarcBuilder.Page), "text/html", uri: "http://example.com/1", separator: "")
            .Record("resource", Bytes(WarcBuilder.Page), "text/html", uri: "http://example.com/2", separator: "\n")
            .Record("resource", Bytes(WarcBuilder.Page), "text/html", uri: "http://example.com/3")
            .Build();

        var result = WarcTestReading.Read(warc);

        Assert.Empty(result.Failures);
        Assert.Equal(3, result.Articles.Count);
    }
}
