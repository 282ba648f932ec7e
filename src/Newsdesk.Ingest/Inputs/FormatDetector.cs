using System.Text;

namespace Newsdesk.Ingest;

/// <summary>
/// Decides a file's format from its first bytes (after decompression) and its name. Content wins when it is
/// unambiguous (a WARC version line, a feed's root element, an HTML document, a JSON object per line); otherwise the
/// extension decides; otherwise the file is text.
/// </summary>
public static class FormatDetector
{
    /// <summary>How many leading bytes detection looks at.</summary>
    public const int HeadLength = 4096;

    public static InputFormat Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var fromContent = FromContent(head);
        return fromContent ?? FromExtension(fileName) ?? InputFormat.Text;
    }

    /// <summary>The format named by the file's extension (ignoring a final <c>.gz</c>), or null.</summary>
    public static InputFormat? FromExtension(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".txt" or ".text" => InputFormat.Text,
            ".jsonl" or ".ndjson" or ".jsonlines" => InputFormat.Jsonl,
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".warc" or ".arc" => InputFormat.Warc,
            ".rss" or ".atom" or ".xml" or ".feed" => InputFormat.Feed,
            _ => null,
        };
    }

    /// <summary>The format the bytes show unambiguously, or null.</summary>
    public static InputFormat? FromContent(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // UTF-16 (feeds and pages saved by Windows tools): look at the same text as UTF-8.
            var encoding = head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            var even = head[2..][..((head.Length - 2) & ~1)];
            return FromContent(Encoding.UTF8.GetBytes(encoding.GetString(even)));
        }

        head = SkipBomAndWhitespace(head);
        if (head.StartsWith("WARC/"u8))
        {
            return InputFormat.Warc;
        }

        if (head.IsEmpty)
        {
            return null;
        }

        if (head[0] == (byte)'{')
        {
            return InputFormat.Jsonl;
        }

        if (head[0] != (byte)'<')
        {
            return null;
        }

        var start = Encoding.ASCII.GetString(head[..Math.Min(head.Length, 1024)]).ToLowerInvariant();
        if (RootElement(head) is { } root)
        {
            // The root element decides, whatever comments or DOCTYPE come first: a feed's root is rss, feed or RDF
            // (any prefix); an HTML page whose head mentions "<feed" in a comment stays HTML.
            var local = root[(root.IndexOf(':', StringComparison.Ordinal) + 1)..].ToLowerInvariant();
            if (local is "rss" or "feed" or "rdf")
            {
                return InputFormat.Feed;
            }

            if (local == "html")
            {
                return InputFormat.Html;
            }
        }

        else if (start.Contains("<rss", StringComparison.Ordinal) || start.Contains("<feed", StringComparison.Ordinal) || start.Contains("<rdf:rdf", StringComparison.Ordinal))
        {
            // The root lies beyond the head (a long comment or DOCTYPE first): fall back to what the head mentions.
            return InputFormat.Feed;
        }

        if (start.Contains("<html", StringComparison.Ordinal) || start.Contains("<!doctype html", StringComparison.Ordinal)
            || start.Contains("<head", StringComparison.Ordinal) || start.Contains("<body", StringComparison.Ordinal))
        {
            return InputFormat.Html;
        }

        return null;
    }

    /// <summary>The name of the first element, after an XML declaration, comments, processing instructions and a
    /// DOCTYPE; null when the head holds none.</summary>
    private static string? RootElement(ReadOnlySpan<byte> head)
    {
        var i = 0;
        while (i < head.Length)
        {
            var open = head[i..].IndexOf((byte)'<');
            if (open < 0)
            {
                return null;
            }

            i += open;
            var rest = head[i..];
            if (rest.StartsWith("<!--"u8))
            {
                var close = rest.IndexOf("-->"u8);
                if (close < 0)
                {
                    return null;
                }

                i += close + 3;
                continue;
            }

            if (rest.Length > 1 && rest[1] is (byte)'?' or (byte)'!')
            {
                var close = rest.IndexOf((byte)'>');
                if (close < 0)
                {
                    return null;
                }

                i += close + 1;
                continue;
            }

            var end = 1;
            while (end < rest.Length && rest[end] is not ((byte)' ' or (byte)'>' or (byte)'/' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                end++;
            }

            return end > 1 && end < rest.Length ? Encoding.ASCII.GetString(rest[1..end]) : null;
        }

        return null;
    }

    /// <summary>True when the bytes look like a binary file: a NUL byte outside a UTF-16 text.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        return head.Contains((byte)0);
    }

    private static ReadOnlySpan<byte> SkipBomAndWhitespace(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        var i = 0;
        while (i < head.Length && head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return head[i..];
    }
}
