using System.Text;
using System.Text.Unicode;

namespace Newsdesk.Extraction.Html;

/// <summary>
/// Turns a page's bytes into text, choosing the encoding the way a browser would (HTML §13.2.3.1 "the encoding
/// sniffing algorithm"), then checking the choice against the bytes, because many pages declare one encoding and
/// are written in another. Thread-safe and stateless.
/// </summary>
public static class HtmlDecoder
{
    /// <summary>
    /// Decodes <paramref name="bytes"/>:
    /// 1. a byte-order mark wins (UTF-8, UTF-16 LE/BE);
    /// 2. else the HTTP charset (<paramref name="charsetHint"/>), else a <c>&lt;meta&gt;</c> declaration;
    /// 3. a single-byte declaration over bytes that are valid, non-ASCII UTF-8 is a known lie (CMS templates left at
    ///    ISO-8859-1): UTF-8 is used; a UTF-8 declaration over bytes that are mostly not UTF-8 falls back to sniffing;
    /// 4. with nothing declared: UTF-8 when the bytes are valid UTF-8, else the first legacy multi-byte encoding that
    ///    decodes them without error (Shift_JIS, EUC-KR, GBK) when they look multi-byte, else windows-1252.
    /// Never throws on content; undecodable bytes become U+FFFD.
    /// </summary>
    public static DecodedHtml Decode(ReadOnlySpan<byte> bytes, string? charsetHint = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedHtml(CharsetLabels.Utf8.GetString(bytes[3..]), CharsetLabels.Utf8, CharsetSource.ByteOrderMark);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedHtml(Encoding.Unicode.GetString(bytes[2..]), Encoding.Unicode, CharsetSource.ByteOrderMark);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedHtml(Encoding.BigEndianUnicode.GetString(bytes[2..]), Encoding.BigEndianUnicode, CharsetSource.ByteOrderMark);
        }

        var declared = CharsetSource.HttpHeader;
        var encoding = charsetHint is null ? null : CharsetLabels.Resolve(charsetHint);
        string? label = charsetHint;
        if (encoding is null)
        {
            label = MetaCharsetScanner.Find(bytes);
            encoding = label is null ? null : CharsetLabels.Resolve(label);
            declared = CharsetSource.MetaTag;
        }

        if (encoding is null)
        {
            return Sniff(bytes, label is null ? null : $"unknown charset \"{label}\"");
        }

        if (encoding.CodePage == 65001)
        {
            if (Utf8.IsValid(bytes))
            {
                return new DecodedHtml(CharsetLabels.Utf8.GetString(bytes), encoding, declared);
            }

            var text = CharsetLabels.Utf8.GetString(bytes);
            var replaced = CountReplacements(text);
            if (replaced * 20 > CountNonAscii(bytes))
            {
                // More than one non-ASCII byte in twenty is broken: the declaration is wrong, not a stray byte.
                return Sniff(bytes, $"declared UTF-8 but {replaced} sequences are invalid");
            }

            return new DecodedHtml(text, encoding, declared, $"{replaced} invalid UTF-8 sequence(s) replaced with U+FFFD");
        }

        if (encoding.IsSingleByte && CountNonAscii(bytes) > 0 && Utf8.IsValid(bytes))
        {
            return new DecodedHtml(CharsetLabels.Utf8.GetString(bytes), CharsetLabels.Utf8, CharsetSource.Sniffed,
                $"declared {encoding.WebName} but the bytes are UTF-8");
        }

        return new DecodedHtml(encoding.GetString(bytes), encoding, declared);
    }

    private static DecodedHtml Sniff(ReadOnlySpan<byte> bytes, string? note)
    {
        if (Utf8.IsValid(bytes))
        {
            return new DecodedHtml(CharsetLabels.Utf8.GetString(bytes), CharsetLabels.Utf8, CharsetSource.Sniffed, note);
        }

        if (LooksMultiByte(bytes))
        {
            // Code pages in order of how distinctive their byte patterns are; a strict decode rejects wrong guesses.
            foreach (var codePage in (ReadOnlySpan<int>)[932, 949, 54936])
            {
                var strict = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
                try
                {
                    var text = strict.GetString(bytes);
                    return new DecodedHtml(text, Encoding.GetEncoding(codePage), CharsetSource.Sniffed, note ?? $"no charset declared; bytes decode as {strict.WebName}");
                }
                catch (DecoderFallbackException)
                {
                }
            }
        }

        var fallback = CharsetLabels.Windows1252;
        return new DecodedHtml(fallback.GetString(bytes), fallback, CharsetSource.Sniffed, note ?? "no charset declared; decoded as windows-1252");
    }

    /// <summary>CJK text has most of its bytes above 0x7F, in pairs; Western text has few, scattered.</summary>
    private static bool LooksMultiByte(ReadOnlySpan<byte> bytes)
    {
        var pairs = 0;
        var singles = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
            {
                continue;
            }

            if (i + 1 < bytes.Length && bytes[i + 1] >= 0x40)
            {
                pairs++;
                i++;
            }
            else
            {
                singles++;
            }
        }

        return pairs > 16 && pairs > singles * 4;
    }

    private static int CountNonAscii(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        var at = 0;
        while ((at = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF)) >= 0)
        {
            count++;
            bytes = bytes[(at + 1)..];
        }

        return count;
    }

    private static int CountReplacements(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                count++;
            }
        }

        return count;
    }
}
