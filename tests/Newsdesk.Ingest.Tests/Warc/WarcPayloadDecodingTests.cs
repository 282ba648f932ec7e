using System.IO.Compression;
using System.Text;
using Newsdesk.Diagnostics;

namespace Newsdesk.Ingest.Tests.Warc;

public sealed class WarcPayloadDecodingTests
{
    private static readonly byte[] _page = Encoding.UTF8.GetBytes(WarcBuilder.Page);

    private static string Read(byte[] payload, string headers) =>
        Encoding.UTF8.GetString(Assert.Single(WarcTestReading.Read(new WarcBuilder().Response(payload, headers).Build()).Articles).Bytes.Span);

    private static byte[] Chunked(byte[] payload, int chunkSize, string lineEnd = "\r\n")
    {
        var output = new List<byte>();
        for (var i = 0; i < payload.Length; i += chunkSize)
        {
            var n = Math.Min(chunkSize, payload.Length - i);
            output.AddRange(Encoding.ASCII.GetBytes($"{n:x}{lineEnd}"));
            output.AddRange(payload.AsSpan(i, n).ToArray());
            output.AddRange(Encoding.ASCII.GetBytes(lineEnd));
        }

        output.AddRange(Encoding.ASCII.GetBytes($"0{lineEnd}{lineEnd}"));
        return [.. output];
    }

    private static byte[] Compress(byte[] payload, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(payload);
        }

        return output.ToArray();
    }

    [Fact]
    public void ChunkedTransferEncoding_IsDecoded() =>
        Assert.Equal(WarcBuilder.Page, Read(Chunked(_page, 10), "Content-Type: text/html\r\nTransfer-Encoding: chunked"));

    [Fact]
    public void ChunkedWithBareLineFeedsAndExtensions_IsDecoded()
    {
        var chunked = Encoding.ASCII.GetBytes($"{_page.Length:X};name=value\n").Concat(_page).Concat(Encoding.ASCII.GetBytes("\n0\nTrailer: x\n\n")).ToArray();

        Assert.Equal(WarcBuilder.Page, Read(chunked, "Content-Type: text/html\r\nTransfer-Encoding: chunked"));
    }

    [Fact]
    public void ChunkedHeaderOnUnchunkedPayload_KeepsThePayload() =>
        Assert.Equal(WarcBuilder.Page, Read(_page, "Content-Type: text/html\r\nTransfer-Encoding: chunked"));

    [Fact]
    public void ChunkedCutShort_KeepsWhatWasDecodedAndWarns()
    {
        var chunked = Chunked(_page, 40);
        var cut = chunked[..(chunked.Length - 30)];
        var article = Assert.Single(WarcTestReading.Read(new WarcBuilder().Response(cut, "Content-Type: text/html\r\nTransfer-Encoding: chunked").Build()).Articles);

        Assert.StartsWith("<!DOCTYPE html>", Encoding.UTF8.GetString(article.Bytes.Span), StringComparison.Ordinal);
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCodes.MalformedRecord && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void GzipContentEncoding_IsDecoded() =>
        Assert.Equal(WarcBuilder.Page, Read(Compress(_page, s => new GZipStream(s, CompressionLevel.Fastest)), "Content-Type: text/html\r\nContent-Encoding: gzip"));

    [Fact]
    public void ZlibDeflateContentEncoding_IsDecoded() =>
        Assert.Equal(WarcBuilder.Page, Read(Compress(_page, s => new ZLibStream(s, CompressionLevel.Fastest)), "Content-Type: text/html\r\nContent-Encoding: deflate"));

    [Fact]
    public void RawDeflateContentEncoding_IsDecoded() =>
        Assert.Equal(WarcBuilder.Page, Read(Compress(_page, s => new DeflateStream(s, CompressionLevel.Fastest)), "Content-Type: text/html\r\nContent-Encoding: deflate"));

    [Fact]
    public void BrotliContentEncoding_IsDecoded() =>
        Assert.Equal(WarcBuilder.Page, Read(Compress(_page, s => new BrotliStream(s, CompressionLevel.Fastest)), "Content-Type: text/html\r\nContent-Encoding: br"));

    [Fact]
    public void ChunkedGzip_IsDecodedInOrder()
    {
        var payload = Chunked(Compress(_page, s => new GZipStream(s, CompressionLevel.Fastest)), 7);

        Assert.Equal(WarcBuilder.Page, Read(payload, "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked"));
    }

    [Fact]
    public void ContentEncodingOnPayloadStoredDecoded_KeepsThePayloadAndCountsTheQuirk()
    {
        var result = WarcTestReading.Read(new WarcBuilder().Response(_page, "Content-Type: text/html\r\nContent-Encoding: gzip").Build());

        Assert.Equal(WarcBuilder.Page, Encoding.UTF8.GetString(Assert.Single(result.Articles).Bytes.Span));
        Assert.Contains("Content-Encoding on a payload stored decoded", result.Summary(DiagnosticCodes.WarcQuirks)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CorruptGzipPayload_FailsThatRecordOnly()
    {
        var gzip = Compress(_page, s => new GZipStream(s, CompressionLevel.Fastest));
        gzip[12] ^= 0xFF;
        gzip[13] ^= 0xFF;
        var result = WarcTestReading.Read(new WarcBuilder().Response(gzip, "Content-Type: text/html\r\nContent-Encoding: gzip").Response().Build());

        var failure = Assert.Single(result.Failures);
        Assert.Equal("test.warc#0", failure.Id);
        Assert.Equal(DiagnosticCodes.MalformedRecord, failure.Diagnostics[0].Code);
        Assert.Single(result.Articles);
    }

    [Fact]
    public void UnknownContentCoding_IsReported()
    {
        var result = WarcTestReading.Read(new WarcBuilder().Response([0x28, 0xB5, 0x2F, 0xFD, 1, 2, 3], "Content-Type: text/html\r\nContent-Encoding: zstd").Build());

        Assert.Contains("unsupported content coding \"zstd\"", Assert.Single(result.Failures).Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecompressionBomb_IsRefusedAtTheRecordLimit()
    {
        var bomb = Compress(new byte[4 * 1024 * 1024], s => new GZipStream(s, CompressionLevel.SmallestSize));
        var options = ReaderOptions.Default with { MaxRecordBytes = 1024 * 1024 };

        var result = WarcTestReading.Read(new WarcBuilder().Response(bomb, "Content-Type: text/html\r\nContent-Encoding: gzip").Response().Build(), options);

        Assert.Equal(DiagnosticCodes.InputTooLarge, Assert.Single(result.Failures).Diagnostics[0].Code);
        Assert.Single(result.Articles);
    }
}
