using System.Buffers;

namespace Newsdesk.Ingest.Warc;

/// <summary>
/// A forward-only buffered reader over a WARC stream that knows the byte offset of everything it returns, so that a
/// malformed record can be reported as <c>file@offset</c>. It reads lines (for WARC and HTTP headers), copies or
/// skips blocks without holding them, and scans for the next record start to resynchronise after damage. Memory is
/// one fixed buffer whatever the size of the input. Not thread-safe; owns nothing (the caller disposes the stream).
/// </summary>
internal sealed class WarcByteReader : IDisposable
{
    /// <summary>The buffer size; also the largest <see cref="Peek"/>.</summary>
    public const int BufferSize = 128 * 1024;

    private static ReadOnlySpan<byte> RecordMagic => "WARC/"u8;

    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _start;
    private int _end;
    private bool _eof;
    private long _bufferOffset;

    public WarcByteReader(Stream stream) => _stream = stream;

    /// <summary>The offset, from the start of the (decompressed) stream, of the next byte to be read.</summary>
    public long Position => _bufferOffset + _start;

    /// <summary>True when every byte has been read.</summary>
    public bool AtEnd => _start == _end && !Fill();

    /// <summary>
    /// Reads one line without its line end (<c>\r\n</c> or a bare <c>\n</c>, as some writers emit). A line longer
    /// than <paramref name="maxLength"/> is consumed to its end and reported by <paramref name="tooLong"/>. The span
    /// is valid until the next call. Returns false at the end of the stream.
    /// </summary>
    public bool TryReadLine(int maxLength, out ReadOnlySpan<byte> line, out bool tooLong)
    {
        line = default;
        tooLong = false;
        maxLength = Math.Min(maxLength, BufferSize - 1);
        var searched = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = searched + newline;
                var content = _buffer.AsSpan(_start, length);
                _start += length + 1;
                if (tooLong || length > maxLength)
                {
                    tooLong = true;
                    return true;
                }

                line = content.Length > 0 && content[^1] == (byte)'\r' ? content[..^1] : content;
                return true;
            }

            searched = _end - _start;
            if (searched > maxLength)
            {
                tooLong = true;
                _start = _end;
                searched = 0;
            }

            if (!Fill())
            {
                if (_start == _end)
                {
                    return tooLong;
                }

                line = tooLong ? default : _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                return true;
            }
        }
    }

    /// <summary>Up to <paramref name="count"/> (at most <see cref="BufferSize"/>) next bytes, without consuming them;
    /// fewer only at the end of the stream. Valid until the next call.</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        count = Math.Min(count, BufferSize);
        while (_end - _start < count && Fill())
        {
        }

        return _buffer.AsSpan(_start, Math.Min(count, _end - _start));
    }

    /// <summary>Reads up to <paramref name="destination"/>'s length; returns 0 only at the end of the stream.</summary>
    public int Read(Span<byte> destination)
    {
        if (_start == _end && !Fill())
        {
            return 0;
        }

        var n = Math.Min(destination.Length, _end - _start);
        _buffer.AsSpan(_start, n).CopyTo(destination);
        _start += n;
        return n;
    }

    /// <summary>Discards up to <paramref name="count"/> bytes; returns how many were discarded (fewer at the end).</summary>
    public long Skip(long count)
    {
        var skipped = 0L;
        while (skipped < count)
        {
            if (_start == _end && !Fill())
            {
                break;
            }

            var n = (int)Math.Min(count - skipped, _end - _start);
            _start += n;
            skipped += n;
        }

        return skipped;
    }

    /// <summary>Consumes blank lines (CR and LF only), the separator WARC writes after each block.</summary>
    public void SkipLineEnds()
    {
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return;
            }

            if (_buffer[_start] is not ((byte)'\r' or (byte)'\n'))
            {
                return;
            }

            _start++;
        }
    }

    /// <summary>True when the next bytes are a WARC version line start (<c>WARC/</c> and a digit).</summary>
    public bool AtRecordStart()
    {
        var head = Peek(RecordMagic.Length + 1);
        return head.Length == RecordMagic.Length + 1 && head.StartsWith(RecordMagic) && char.IsAsciiDigit((char)head[^1]);
    }

    /// <summary>
    /// Moves to the next line that starts a WARC record (<c>WARC/</c> and a digit at the start of a line), or to the end
    /// of the stream. Bytes passed over go to <paramref name="sink"/> while it holds fewer than
    /// <paramref name="sinkLimit"/> bytes. Returns how many bytes were passed over.
    /// </summary>
    /// <param name="atLineStart">Whether the current position is known to start a line.</param>
    /// <param name="sink">Where passed-over bytes are copied, or null to discard them.</param>
    /// <param name="sinkLimit">How many bytes at most are copied to <paramref name="sink"/>.</param>
    public long ScanToRecordStart(bool atLineStart, ArrayBufferWriter<byte>? sink = null, long sinkLimit = 0)
    {
        var passed = 0L;
        var lineStart = atLineStart;
        while (true)
        {
            if (_end - _start < RecordMagic.Length + 1 && !_eof)
            {
                Fill();
                continue;
            }

            if (lineStart && AtRecordStart())
            {
                return passed;
            }

            var window = _buffer.AsSpan(_start, _end - _start);
            var newline = window.IndexOf((byte)'\n');
            // Consume through the next line end (or all that is buffered) and look again at the line that follows.
            var take = newline >= 0 ? newline + 1 : window.Length;
            if (take == 0)
            {
                return passed;
            }

            if (sink is not null && sink.WrittenCount < sinkLimit)
            {
                var copy = (int)Math.Min(take, sinkLimit - sink.WrittenCount);
                window[..copy].CopyTo(sink.GetSpan(copy));
                sink.Advance(copy);
            }

            _start += take;
            passed += take;
            lineStart = newline >= 0;
            if (_start == _end && !Fill())
            {
                return passed;
            }
        }
    }

    /// <summary>Reads more bytes into the buffer, compacting it first; false when the stream has ended.</summary>
    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            return true;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return false;
        }

        _end += read;
        return true;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
