using System.Globalization;
using System.Text;

namespace Newsdesk.Ingest.Warc;

/// <summary>
/// The status line and header fields of an HTTP response stored in a WARC <c>response</c> record (RFC 9112, sections
/// 4 and 5). Read leniently: bare <c>\n</c> line ends (ClueWeb), folded lines, repeated fields (joined with commas as
/// RFC 9110 section 5.3 allows), a status line without a reason phrase.
/// </summary>
internal sealed class HttpResponseHead
{
    private readonly Dictionary<string, string> _fields;

    private HttpResponseHead(int status, Dictionary<string, string> fields)
    {
        Status = status;
        _fields = fields;
    }

    public int Status { get; }

    /// <summary>The media type of <c>Content-Type</c>, lower case, without parameters; null when absent.</summary>
    public string? MediaType => MediaTypes.Essence(Get("Content-Type"));

    /// <summary>The <c>charset</c> parameter of <c>Content-Type</c>, or null.</summary>
    public string? Charset => MediaTypes.Charset(Get("Content-Type"));

    /// <summary>The <c>Transfer-Encoding</c> codings in the order applied, lower case.</summary>
    public IReadOnlyList<string> TransferCodings => Codings(Get("Transfer-Encoding"));

    /// <summary>The <c>Content-Encoding</c> codings in the order applied, lower case.</summary>
    public IReadOnlyList<string> ContentCodings => Codings(Get("Content-Encoding"));

    public string? Get(string name) => _fields.GetValueOrDefault(name);

    /// <summary>True when <paramref name="block"/> starts like an HTTP response (<c>HTTP/</c>).</summary>
    public static bool StartsLikeResponse(ReadOnlySpan<byte> block) => block.StartsWith("HTTP/"u8);

    /// <summary>
    /// Parses the head at the start of <paramref name="block"/>. Returns null when the status line is not
    /// <c>HTTP/version status</c> or the head does not end (blank line) within <paramref name="block"/>, with the
    /// reason in <paramref name="problem"/>; else the head and, in <paramref name="length"/>, how many bytes it took,
    /// the blank line included.
    /// </summary>
    public static HttpResponseHead? TryParse(ReadOnlySpan<byte> block, out int length, out string? problem)
    {
        length = 0;
        problem = null;
        var end = HeadEnd(block);
        if (end < 0)
        {
            problem = $"the HTTP header does not end within its first {block.Length:N0} bytes";
            return null;
        }

        var text = Encoding.Latin1.GetString(block[..end]);
        var lines = text.Split('\n');
        var statusLine = lines[0].TrimEnd('\r');
        var parts = statusLine.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status is < 100 or > 999)
        {
            problem = $"not an HTTP status line: \"{Shorten(statusLine)}\"";
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var raw in lines.AsSpan(1))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] is ' ' or '\t')
            {
                if (last is not null)
                {
                    fields[last] += " " + line.Trim();
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            fields[name] = fields.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
            last = name;
        }

        length = end;
        return new HttpResponseHead(status, fields);
    }

    /// <summary>The offset just past the blank line that ends the head, or -1.</summary>
    private static int HeadEnd(ReadOnlySpan<byte> block)
    {
        var crlf = block.IndexOf("\n\r\n"u8);
        var lf = block.IndexOf("\n\n"u8);
        if (crlf < 0 && lf < 0)
        {
            return -1;
        }

        return crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 3 : lf + 2;
    }

    private static string[] Codings(string? value) =>
        value is null
            ? []
            : [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => c.ToLowerInvariant())
                .Where(c => c is not ("identity" or ""))];

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
