using System.Text;

namespace Newsdesk.Extraction.Html;

/// <summary>
/// Finds the charset a page declares in its first bytes: <c>&lt;meta charset="…"&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=…"&gt;</c>. A simplified form of the HTML
/// "prescan a byte stream to determine its encoding" algorithm (HTML §13.2.3.2): it reads ASCII bytes only, so it
/// works before the encoding is known.
/// </summary>
internal static class MetaCharsetScanner
{
    /// <summary>How far into the page a declaration is looked for. The spec says 1,024 bytes; real pages often put
    /// the meta after long inline styles or comments, so browsers (and we) look further.</summary>
    public const int ScanLength = 8192;

    /// <summary>The declared label, or null.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, ScanLength)];
        var position = 0;
        while (position < head.Length)
        {
            var open = head[position..].IndexOf((byte)'<');
            if (open < 0)
            {
                return null;
            }

            position += open;
            var rest = head[position..];
            if (rest.StartsWith("<!--"u8))
            {
                var close = rest.IndexOf("-->"u8);
                if (close < 0)
                {
                    return null;
                }

                position += close + 3;
                continue;
            }

            var tagEnd = rest.IndexOf((byte)'>');
            if (tagEnd < 0)
            {
                return null;
            }

            var tag = rest[..tagEnd];
            if (tag.Length > 5 && StartsWithIgnoreCase(tag[1..], "meta"u8) && IsSpace(tag[5]))
            {
                var label = FromMeta(tag);
                if (label is not null)
                {
                    return label;
                }
            }

            position += tagEnd + 1;
        }

        return null;
    }

    private static string? FromMeta(ReadOnlySpan<byte> tag)
    {
        // Both forms carry "charset=" followed by the label; the http-equiv form has it inside the content value.
        var at = IndexOfIgnoreCase(tag, "charset"u8);
        if (at < 0)
        {
            return null;
        }

        var rest = tag[(at + 7)..].TrimStart(" \t\r\n"u8);
        if (rest.IsEmpty || rest[0] != (byte)'=')
        {
            return null;
        }

        rest = rest[1..].TrimStart(" \t\r\n\"'"u8);
        var end = 0;
        while (end < rest.Length && rest[end] is not ((byte)'"' or (byte)'\'' or (byte)';' or (byte)' ' or (byte)'/' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            end++;
        }

        return end == 0 ? null : Encoding.ASCII.GetString(rest[..end]);
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or (byte)'/';

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerPrefix)
    {
        if (text.Length < lowerPrefix.Length)
        {
            return false;
        }

        for (var i = 0; i < lowerPrefix.Length; i++)
        {
            if ((text[i] | 0x20) != lowerPrefix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerWord)
    {
        for (var i = 0; i + lowerWord.Length <= text.Length; i++)
        {
            if (StartsWithIgnoreCase(text[i..], lowerWord))
            {
                return i;
            }
        }

        return -1;
    }
}
