namespace Newsdesk.Ingest.Warc;

/// <summary>
/// The block of one WARC record: a window of <see cref="Length"/> bytes over the file being read (streamed, never
/// held whole), or bytes already in memory when the record had no usable <c>Content-Length</c> and its end had to be
/// found by scanning. Not thread-safe.
/// </summary>
internal sealed class WarcBlock
{
    private readonly WarcByteReader? _reader;
    private readonly byte[]? _bytes;
    private long _consumed;

    /// <summary>A block of <paramref name="length"/> bytes streamed from <paramref name="reader"/>.</summary>
    public WarcBlock(WarcByteReader reader, long length)
    {
        _reader = reader;
        Length = length;
    }

    /// <summary>A block already read into memory.</summary>
    public WarcBlock(byte[] bytes)
    {
        _bytes = bytes;
        Length = bytes.Length;
    }

    public long Length { get; }

    public long Remaining => Length - _consumed;

    /// <summary>Up to <paramref name="count"/> next bytes of the block without consuming them (fewer when the block or
    /// the file ends first). Valid until the next call.</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        var n = (int)Math.Min(count, Remaining);
        return _bytes is not null ? _bytes.AsSpan((int)_consumed, n) : _reader!.Peek(n);
    }

    /// <summary>Discards up to <paramref name="count"/> bytes; false when the file ended first.</summary>
    public bool Skip(long count)
    {
        count = Math.Min(count, Remaining);
        var skipped = _bytes is not null ? count : _reader!.Skip(count);
        _consumed += skipped;
        return skipped == count;
    }

    /// <summary>Discards the rest of the block; false when the file ended first.</summary>
    public bool SkipRest() => Skip(Remaining);

    /// <summary>Fills <paramref name="destination"/> from the block; returns how many bytes it got (fewer when the file
    /// ended first).</summary>
    public int ReadExactly(Span<byte> destination)
    {
        if (destination.Length > Remaining)
        {
            destination = destination[..(int)Remaining];
        }

        if (_bytes is not null)
        {
            _bytes.AsSpan((int)_consumed, destination.Length).CopyTo(destination);
            _consumed += destination.Length;
            return destination.Length;
        }

        var total = 0;
        while (total < destination.Length)
        {
            var read = _reader!.Read(destination[total..]);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        _consumed += total;
        return total;
    }
}
