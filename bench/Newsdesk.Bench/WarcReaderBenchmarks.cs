using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using Newsdesk.Ingest;
using Newsdesk.Ingest.Warc;

namespace Newsdesk.Bench;

/// <summary>
/// WARC reading throughput on a fixed synthetic crawl (Common Crawl layout: request, response, metadata per page;
/// 240 pages of about 40 KB, a third of the responses chunked and a third gzip-encoded), uncompressed and gzipped
/// per record as crawlers write it. Reading only: no extraction.
/// </summary>
[MemoryDiagnoser]
public class WarcReaderBenchmarks
{
    private const int Pages = 240;

    private byte[] _plain = [];
    private byte[] _gzipped = [];
    private readonly WarcReader _reader = new();
    private readonly InputFile _file = new("bench.warc", "bench.warc");

    /// <summary>Uncompressed size, for MB/s: divide by the mean time.</summary>
    public long PlainBytes => _plain.LongLength;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var plain = new MemoryStream();
        var gzipped = new MemoryStream();
        for (var i = 0; i < Pages; i++)
        {
            var url = $"https://news.example.com/2021/01/{i:D4}";
            foreach (var record in RecordsFor(i, url, Page(random, i)))
            {
                plain.Write(record);
                using var member = new GZipStream(gzipped, CompressionLevel.Fastest, leaveOpen: true);
                member.Write(record);
            }
        }

        _plain = plain.ToArray();
        _gzipped = gzipped.ToArray();
        Console.WriteLine($"// plain {_plain.Length:N0} bytes, per-record gzip {_gzipped.Length:N0} bytes");
    }

    [Benchmark(Baseline = true)]
    public int ReadUncompressed() => Count(new MemoryStream(_plain));

    [Benchmark]
    public int ReadGzipPerRecord() => Count(new GZipStream(new MemoryStream(_gzipped), CompressionMode.Decompress));

    private int Count(Stream stream)
    {
        var articles = 0;
        foreach (var document in _reader.Read(_file, stream, ReaderOptions.Default, CancellationToken.None))
        {
            articles += document.Bytes.Length > 0 ? 1 : 0;
        }

        return articles == Pages ? articles : throw new InvalidOperationException($"read {articles} articles, expected {Pages}");
    }

    private static IEnumerable<byte[]> RecordsFor(int index, string url, byte[] html)
    {
        yield return Record("request", url, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET /2021/01/{index:D4} HTTP/1.1\r\nHost: news.example.com\r\nUser-Agent: bench\r\n\r\n"));
        var (headers, payload) = (index % 3) switch
        {
            0 => ("Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked", Chunked(html)),
            1 => ("Content-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip", Gzip(html)),
            _ => ($"Content-Type: text/html; charset=utf-8\r\nContent-Length: {html.Length}", html),
        };
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nServer: bench\r\nDate: Fri, 08 Jan 2021 10:00:00 GMT\r\n{headers}\r\n\r\n");
        yield return Record("response", url, "application/http; msgtype=response", [.. head, .. payload]);
        yield return Record("metadata", url, "application/warc-fields", Encoding.ASCII.GetBytes("fetchTimeMs: 125\r\ncharset-detected: UTF-8\r\n"));
    }

    private static byte[] Record(string type, string url, string contentType, byte[] block)
    {
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Date: 2021-01-08T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nWARC-Target-URI: {url}\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(header), .. block, .. "\r\n\r\n"u8];
    }

    private static byte[] Page(Random random, int index)
    {
        var html = new StringBuilder($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story {index}</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Story {index}</h1>");
        while (html.Length < 40_000)
        {
            html.Append("<p>");
            for (var w = 0; w < 60; w++)
            {
                html.Append(_words[random.Next(_words.Length)]).Append(' ');
            }

            html.Append("</p>\n");
        }

        return Encoding.UTF8.GetBytes(html.Append("</article></body></html>").ToString());
    }

    private static readonly string[] _words =
        ["council", "budget", "minister", "said", "on", "Friday", "the", "a", "report", "city", "people", "water", "election", "court", "police", "school", "year", "new", "plan", "market"];

    private static byte[] Chunked(byte[] payload)
    {
        var output = new MemoryStream();
        for (var i = 0; i < payload.Length; i += 8192)
        {
            var n = Math.Min(8192, payload.Length - i);
            output.Write(Encoding.ASCII.GetBytes($"{n:x}\r\n"));
            output.Write(payload, i, n);
            output.Write("\r\n"u8);
        }

        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }

    private static byte[] Gzip(byte[] payload)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(payload);
        }

        return output.ToArray();
    }
}
