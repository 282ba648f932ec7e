using System.Buffers;

namespace Newsdesk.Ingest.JsonLines;

/// <summary>
/// Reads <c>\n</c>-terminated lines of bytes with a bound on their length, so that one enormous line cannot exhaust
/// memory: an over-long line is skipped to its end and reported by <see cref="Line.TooLong"/>.
/// </summary>
internal sealed class LineReader(Stream stream, long maxLineBytes) : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _start;
    private int _end;
    private bool _eof;

    public readonly record struct Line(int Number, ReadOnlyMemory<byte> Bytes, bool TooLong);

    public int LineNumber { get; private set; }

    /// <summary>The next line without its line end (the bytes are valid until the next call), or null at the end.</summary>
    public Line? Next()
    {
        var accumulatedTooLong = false;
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                LineNumber++;
                var line = _buffer.AsMemory(_start, newline);
                _start += newline + 1;
                // A line that arrived whole in the buffer is measured here: the limit holds however it was read.
                return accumulatedTooLong || newline > maxLineBytes
                    ? new Line(LineNumber, default, true)
                    : new Line(LineNumber, TrimCarriageReturn(line), false);
            }

            if (_eof)
            {
                if (_start == _end && !accumulatedTooLong)
                {
                    return null;
                }

                LineNumber++;
                var last = _buffer.AsMemory(_start, _end - _start);
                _start = _end;
                return accumulatedTooLong || last.Length > maxLineBytes
                    ? new Line(LineNumber, default, true)
                    : new Line(LineNumber, TrimCarriageReturn(last), false);
            }

            if (_end - _start > maxLineBytes)
            {
                // Drop what we have of the over-long line and keep scanning for its end.
                accumulatedTooLong = true;
                _start = _end = 0;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
