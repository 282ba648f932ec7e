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

    /// <summary>Decodes <paramref name="payload"/> in place (the decoded bytes are never longer than the coded ones, so
    /// each chunk moves towards the start) and returns how many bytes of it are the decoded payload.</summary>
    public static int DecodeInPlace(byte[] payload, out Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var read = 0;
        var written = 0;
        var chunks = 0;
        while (true)
        {
            if (!TryReadSize(payload.AsSpan(read), out var size, out var lineLength))
            {
                if (chunks == 0)
                {
                    outcome = Outcome.NotChunked;
                    return payload.Length;
                }

                // Garbage where a size line should be, or the payload ends without its last (zero-size) chunk: keep
                // the rest as stored so that no text is lost.
                outcome = Outcome.Damaged;
                return Move(payload, read, written, payload.Length - read);
            }

            read += lineLength;
            if (size == 0)
            {
                outcome = Outcome.Decoded;
                return written;
            }

            chunks++;
            var available = payload.Length - read;
            if (size > available)
            {
                outcome = Outcome.Damaged;
                return Move(payload, read, written, available);
            }

            written = Move(payload, read, written, (int)size);
            read += (int)size;
            // The chunk's data ends with CRLF (or a bare LF).
            if (read < payload.Length && payload[read] == (byte)'\r')
            {
                read++;
            }

            if (read < payload.Length && payload[read] == (byte)'\n')
            {
                read++;
            }
        }
    }

    private static int Move(byte[] payload, int from, int to, int count)
    {
        Buffer.BlockCopy(payload, from, payload, to, count);
        return to + count;
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
