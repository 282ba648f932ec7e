namespace Newsdesk.Ingest.Warc;

/// <summary>
/// Reads <c>Content-Type</c> values (RFC 9110 section 8.3) and decides which payloads are HTML: by declared media type,
/// and by sniffing the first bytes when the type is missing or generic (after the WHATWG MIME Sniffing rules for
/// HTML, section 7.1, simplified to the tags a page starts with).
/// </summary>
internal static class MediaTypes
{
    /// <summary>Media types that are HTML pages.</summary>
    private static readonly HashSet<string> _html = new(StringComparer.Ordinal)
    {
        "text/html",
        // XHTML served as XML is still a page an extractor can read.
        "application/xhtml+xml",
    };

    /// <summary>Media types that say nothing about the payload, so sniffing decides.</summary>
    private static readonly HashSet<string> _undeclared = new(StringComparer.Ordinal)
    {
        // Servers send it for anything they do not know.
        "application/octet-stream",
        // A placeholder some crawlers write when the server sent no Content-Type.
        "unknown/unknown",
        "application/unknown",
    };

    /// <summary>Lower-case tag starts that open an HTML document (WHATWG MIME Sniffing 7.1, step "text/html").</summary>
    private static readonly byte[][] _htmlStarts =
    [
        "<!doctype html"u8.ToArray(), "<html"u8.ToArray(), "<head"u8.ToArray(), "<body"u8.ToArray(),
        "<script"u8.ToArray(), "<iframe"u8.ToArray(), "<h1"u8.ToArray(), "<div"u8.ToArray(), "<font"u8.ToArray(),
        "<table"u8.ToArray(), "<a"u8.ToArray(), "<style"u8.ToArray(), "<title"u8.ToArray(), "<b"u8.ToArray(),
        "<br"u8.ToArray(), "<p"u8.ToArray(), "<!--"u8.ToArray(), "<meta"u8.ToArray(),
    ];

    /// <summary>The media type of a <c>Content-Type</c> value, lower case, without parameters; null when empty.</summary>
    public static string? Essence(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var essence = (semicolon >= 0 ? contentType[..semicolon] : contentType).Trim().ToLowerInvariant();
        return essence.Length == 0 ? null : essence;
    }

    /// <summary>The <c>charset</c> parameter of a <c>Content-Type</c> value, unquoted, or null.</summary>
    public static string? Charset(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        foreach (var parameter in contentType.Split(';').Skip(1))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && parameter[..equals].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var value = parameter[(equals + 1)..].Trim().Trim('"', '\'').Trim();
                return value.Length == 0 ? null : value;
            }
        }

        return null;
    }

    public static bool IsHtml(string? mediaType) => mediaType is not null && _html.Contains(mediaType);

    /// <summary>True when the media type is absent or generic, so the bytes must be sniffed.</summary>
    public static bool IsUndeclared(string? mediaType) => mediaType is null || _undeclared.Contains(mediaType);

    /// <summary>True when the bytes start (after a byte-order mark and white space) like an HTML document.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var i = 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f')
        {
            i++;
        }

        bytes = bytes[i..];
        // An XML declaration may precede XHTML: look past it for the first tag.
        if (bytes.StartsWith("<?xml"u8) && bytes.IndexOf("?>"u8) is var close and >= 0)
        {
            return LooksLikeHtml(bytes[(close + 2)..]);
        }

        Span<byte> lower = stackalloc byte[16];
        var n = Math.Min(lower.Length, bytes.Length);
        for (var j = 0; j < n; j++)
        {
            lower[j] = (byte)char.ToLowerInvariant((char)bytes[j]);
        }

        var head = lower[..n];
        foreach (var start in _htmlStarts)
        {
            // The tag name must end there: "<a " or "<a>", not "<abbr" or "<article" misread as "<a".
            if (head.StartsWith(start) && (start[^1] == (byte)'-' || start.AsSpan().StartsWith("<!doctype"u8)
                || (head.Length > start.Length && head[start.Length] is (byte)' ' or (byte)'>' or (byte)'\t' or (byte)'\n' or (byte)'\r')))
            {
                return true;
            }
        }

        return false;
    }
}
