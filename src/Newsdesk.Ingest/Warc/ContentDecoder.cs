using System.Buffers;
using System.IO.Compression;

namespace Newsdesk.Ingest.Warc;

/// <summary>
/// Undoes the HTTP content codings of a payload (RFC 9110 section 8.4): <c>gzip</c> (and <c>x-gzip</c>),
/// <c>deflate</c> (zlib-wrapped as the RFC says, or raw as some servers send it) and <c>br</c>, last applied first.
/// A payload whose header names a coding but that is stored already decoded (ClueWeb09 does this for every record;
/// Common Crawl renames the header instead) is recognised by its bytes and kept as is. Output is bounded, so a
/// decompression bomb is refused rather than followed.
/// </summary>
internal static class ContentDecoder
{
    /// <summary>The outcome: decoded bytes, or why there are none.</summary>
    /// <param name="Bytes">The payload with every coding undone, or null on failure.</param>
    /// <param name="Problem">Why decoding failed, or null.</param>
    /// <param name="TooLarge">True when the failure is the output limit.</param>
    /// <param name="StoredDecoded">True when a declared coding was found already undone.</param>
    public readonly record struct Result(ReadOnlyMemory<byte>? Bytes, string? Problem, bool TooLarge, bool StoredDecoded);

    public static Result Decode(ReadOnlyMemory<byte> payload, IReadOnlyList<string> codings, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(codings);
        var bytes = payload;
        var storedDecoded = false;
        for (var i = codings.Count - 1; i >= 0; i--)
        {
            var coding = codings[i];
            if (MediaTypes.LooksLikeHtml(bytes.Span))
            {
                // Already plain HTML: the header describes how the server sent it, not how the archive stored it.
                storedDecoded = true;
                continue;
            }

            Stream decompressor;
            var input = new ReadOnlyMemoryStream(bytes);
            switch (coding)
            {
                case "gzip" or "x-gzip":
                    decompressor = new GZipStream(input, CompressionMode.Decompress);
                    break;
                case "deflate":
                    decompressor = IsZlibHeader(bytes.Span) ? new ZLibStream(input, CompressionMode.Decompress) : new DeflateStream(input, CompressionMode.Decompress);
                    break;
                case "br":
                    decompressor = new BrotliStream(input, CompressionMode.Decompress);
                    break;
                default:
                    return new Result(null, $"unsupported content coding \"{coding}\"", false, storedDecoded);
            }

            using (decompressor)
            {
                var (decoded, problem, tooLarge) = ReadBounded(decompressor, maxBytes, coding, bytes.Length);
                if (decoded is null)
                {
                    return new Result(null, problem, tooLarge, storedDecoded);
                }

                bytes = decoded.Value;
            }
        }

        return new Result(bytes, null, false, storedDecoded);
    }

    /// <summary>RFC 1950 section 2.2: CM = 8 (deflate) and the header checksum divides by 31.</summary>
    private static bool IsZlibHeader(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && (bytes[0] & 0x0F) == 8 && ((bytes[0] << 8) | bytes[1]) % 31 == 0;

    private static (ReadOnlyMemory<byte>? Bytes, string? Problem, bool TooLarge) ReadBounded(Stream decompressor, long maxBytes, string coding, int codedLength)
    {
        // HTML compresses about 4 to 8 times: start there to avoid most regrowth; the decoded bytes are handed out
        // without a final copy.
        var output = new MemoryStream((int)Math.Min(maxBytes, Math.Max(4096L, codedLength * 6L)));
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = decompressor.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    return (null, $"the {coding}-decoded payload exceeds the limit of {maxBytes:N0} bytes (--max-record-size)", true);
                }

                output.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException exception)
        {
            return (null, $"the payload is not valid {coding} data: {exception.Message}", false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return (output.GetBuffer().AsMemory(0, (int)output.Length), null, false);
    }
}
