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
        if (start.Contains("<rss", StringComparison.Ordinal) || start.Contains("<feed", StringComparison.Ordinal) || start.Contains("<rdf:rdf", StringComparison.Ordinal))
        {
            return InputFormat.Feed;
        }

        if (start.Contains("<html", StringComparison.Ordinal) || start.Contains("<!doctype html", StringComparison.Ordinal)
            || start.Contains("<head", StringComparison.Ordinal) || start.Contains("<body", StringComparison.Ordinal))
        {
            return InputFormat.Html;
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
