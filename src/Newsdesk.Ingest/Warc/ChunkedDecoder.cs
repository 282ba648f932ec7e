using System.Globalization;

namespace Newsdesk.Ingest.Warc;

/// <summary>
/// Undoes HTTP/1.1 chunked transfer coding (RFC 9112 section 7.1) on a payload held in memory. Lenient as archives
/// need: chunk extensions and trailer fields are ignored, bare <c>\n</c> line ends are accepted, a payload that is not
/// chunked at all although the header says so (a crawler that decoded it but kept the header) is returned unchanged,
/// and damage after some chunks keeps what was decoded plus the undecodable rest, so no text is lost.
/// </summary>
internal static class ChunkedDecoder
{
    /// <summary>The longest chunk-size line read; real ones are a few hex digits and perhaps an extension.</summary>
    private const int MaxSizeLine = 1024;

    public enum Outcome
    {
        /// <summary>Decoded to the last (zero-size) chunk.</summary>
        Decoded,

        /// <summary>The payload did not start with a chunk-size line; returned unchanged.</summary>
        NotChunked,

        /// <summary>Chunked, but damaged or cut short: decoded chunks plus the rest as stored.</summary>
        Damaged,
    }

    public static byte[] Decode(byte[] payload, out Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var output = new MemoryStream(payload.Length);
        var position = 0;
        var chunks = 0;
        while (true)
        {
            if (!TryReadSize(payload.AsSpan(position), out var size, out var lineLength))
            {
                if (chunks == 0)
                {
                    outcome = Outcome.NotChunked;
                    return payload;
                }

                // Garbage where a size line should be, or the payload ends without its last (zero-size) chunk.
                outcome = Outcome.Damaged;
                output.Write(payload, position, payload.Length - position);
                return output.ToArray();
            }

            position += lineLength;
            if (size == 0)
            {
                outcome = Outcome.Decoded;
                return output.ToArray();
            }

            chunks++;
            var available = payload.Length - position;
            if (size > available)
            {
                output.Write(payload, position, available);
                outcome = Outcome.Damaged;
                return output.ToArray();
            }

            output.Write(payload, position, (int)size);
            position += (int)size;
            // The chunk's data ends with CRLF (or a bare LF).
            if (position < payload.Length && payload[position] == (byte)'\r')
            {
                position++;
            }

            if (position < payload.Length && payload[position] == (byte)'\n')
            {
                position++;
            }
        }
    }

    /// <summary>Reads <c>hex-size [; extensions] CRLF</c>; false when the line is not a chunk-size line.</summary>
    private static bool TryReadSize(ReadOnlySpan<byte> rest, out long size, out int lineLength)
    {
        size = 0;
        lineLength = 0;
        var newline = rest[..Math.Min(rest.Length, MaxSizeLine)].IndexOf((byte)'\n');
        if (newline < 0)
        {
            return false;
        }

        var line = rest[..newline];
        var end = line.IndexOfAny((byte)';', (byte)'\r');
        var digits = (end >= 0 ? line[..end] : line).Trim(" \t"u8);
        if (digits.IsEmpty || digits.Length > 15)
        {
            return false;
        }

        foreach (var b in digits)
        {
            if (!char.IsAsciiHexDigit((char)b))
            {
                return false;
            }
        }

        size = long.Parse(System.Text.Encoding.ASCII.GetString(digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        lineLength = newline + 1;
        return true;
    }
}
