using System.Text;
using System.Text.Unicode;
using Newsdesk.Diagnostics;

namespace Newsdesk.Ingest.Text;

/// <summary>
/// Decodes the bytes of a text file: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.
/// Invalid UTF-8 is decoded with U+FFFD replacements and reported, never refused: the rest of the text is kept.
/// </summary>
public static class TextDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes, string stage, string location, out Diagnostic? warning)
    {
        warning = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (!Utf8.IsValid(bytes))
        {
            var invalid = CountInvalidSequences(bytes);
            warning = Diagnostic.Warning(DiagnosticCodes.InvalidUtf8, stage, location,
                $"{invalid} invalid UTF-8 sequence{(invalid == 1 ? "" : "s")} replaced with U+FFFD (first at byte {FirstInvalidOffset(bytes)})");
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static int FirstInvalidOffset(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[256];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return offset + read;
            }

            if (read == 0)
            {
                break;
            }

            offset += read;
        }

        return offset;
    }

    private static int CountInvalidSequences(ReadOnlySpan<byte> bytes)
    {
        var replaced = 0;
        foreach (var c in Encoding.UTF8.GetString(bytes))
        {
            if (c == '\uFFFD')
            {
                replaced++;
            }
        }

        // A U+FFFD written in the source as valid UTF-8 (EF BF BD) is not a decoding error.
        var written = 0;
        ReadOnlySpan<byte> replacement = [0xEF, 0xBF, 0xBD];
        for (var rest = bytes; rest.IndexOf(replacement) is var at && at >= 0; rest = rest[(at + 3)..])
        {
            written++;
        }

        return Math.Max(1, replaced - written);
    }
}
