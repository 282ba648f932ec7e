using System.IO.Compression;
using System.Text;

namespace Newsdesk.Ingest.Tests.Warc;

/// <summary>Builds WARC files byte by byte for tests, including broken ones.</summary>
internal sealed class WarcBuilder
{
    private readonly List<byte[]> _records = [];
    private int _next;

    public const string Page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello, archive.</p></body></html>";

    /// <summary>Adds a record; <paramref name="contentLength"/> overrides the true block length (null: true length,
    /// -1: field left out).</summary>
    public WarcBuilder Record(string type, byte[] block, string? contentType = null, string? uri = "http://example.com/a",
        long? contentLength = null, string version = "1.0", string date = "2021-01-08T10:00:00Z", IEnumerable<string>? extraFields = null,
        string separator = "\r\n\r\n")
    {
        var header = new StringBuilder();
        header.Append($"WARC/{version}\r\n");
        header.Append($"WARC-Type: {type}\r\n");
        header.Append($"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{_next++:D12}>\r\n");
        header.Append($"WARC-Date: {date}\r\n");
        if (uri is not null)
        {
            header.Append($"WARC-Target-URI: {uri}\r\n");
        }

        if (contentType is not null)
        {
            header.Append($"Content-Type: {contentType}\r\n");
        }

        foreach (var field in extraFields ?? [])
        {
            header.Append(field).Append("\r\n");
        }

        if (contentLength != -1)
        {
            header.Append($"Content-Length: {contentLength ?? block.Length}\r\n");
        }

        header.Append("\r\n");
        _records.Add([.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. Encoding.ASCII.GetBytes(separator)]);
        return this;
    }

    /// <summary>Adds a response record holding an HTTP response.</summary>
    public WarcBuilder Response(byte[] payload, string httpHeaders = "Content-Type: text/html; charset=utf-8", int status = 200,
        string? uri = "http://example.com/a", long? contentLength = null)
    {
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {(status == 200 ? "OK" : "Other")}\r\n{httpHeaders}\r\n\r\n");
        return Record("response", [.. head, .. payload], "application/http; msgtype=response", uri, contentLength);
    }

    public WarcBuilder Response(string html = Page, string httpHeaders = "Content-Type: text/html; charset=utf-8", int status = 200,
        string? uri = "http://example.com/a") => Response(Encoding.UTF8.GetBytes(html), httpHeaders, status, uri);

    /// <summary>Adds raw bytes between records (damage).</summary>
    public WarcBuilder Raw(string text)
    {
        _records.Add(Encoding.UTF8.GetBytes(text));
        return this;
    }

    public byte[] Build() => [.. _records.SelectMany(r => r)];

    /// <summary>The file with each record as its own gzip member, as Common Crawl writes it.</summary>
    public byte[] BuildGzipPerRecord() => [.. _records.SelectMany(Gzip)];

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
