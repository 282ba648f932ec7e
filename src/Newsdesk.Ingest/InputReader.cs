using System.IO.Compression;
using System.Runtime.CompilerServices;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;

namespace Newsdesk.Ingest;

/// <summary>
/// Reads command-line paths into records: expands directories, opens files and standard input, decompresses gzip
/// (detected from its magic bytes, whatever the name), detects each file's format and hands it to its reader.
/// Every problem becomes a failed record or a reported diagnostic; nothing here stops a run.
/// </summary>
public sealed class InputReader(ReaderRegistry registry, ReaderOptions options)
{
    private const string Stage = "input";

    private long _bytesRead;

    /// <summary>Problems not tied to a record (a missing path), reported as they are met, and facts about a whole file
    /// (a WARC file's skipped records), reported when the file has been read.</summary>
    public event Action<Diagnostic>? Reported;

    /// <summary>Records passed over by design (not articles), with the reason and how many, reported per file when the
    /// file has been read (a WARC file's request records and HTTP 404 responses).</summary>
    public event Action<string, int>? Skipped;

    /// <summary>Bytes read from files so far (compressed bytes for compressed files), for progress. Thread-safe.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>The total size of the files under <paramref name="paths"/> (standard input counts as 0), for progress.</summary>
    public static long TotalBytes(IEnumerable<string> paths) =>
        InputEnumerator.Expand(paths, _ => { })
            .Where(file => !file.IsStandardInput)
            .Sum(file => new FileInfo(file.Path).Length);

    public async IAsyncEnumerable<RawDocument> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var file in InputEnumerator.Expand(paths, d => Reported?.Invoke(d)))
        {
            foreach (var document in Read(file, cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return document;
            }

            await Task.Yield();
        }
    }

    /// <summary>Reads every record of one file.</summary>
    public IEnumerable<RawDocument> Read(InputFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        Stream stream;
        try
        {
            stream = file.IsStandardInput
                ? Console.OpenStandardInput()
                : new CountingStream(new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), read => Interlocked.Add(ref _bytesRead, read));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [RawDocuments.Failed(file.Id, file.DisplayName, DiagnosticCodes.PathUnreadable, Stage, exception.Message)];
        }

        return ReadOpened(file, stream, cancellationToken);
    }

    private IEnumerable<RawDocument> ReadOpened(InputFile file, Stream stream, CancellationToken cancellationToken)
    {
        using var opened = Open(file, stream, out var head, out var failure);
        if (failure is not null)
        {
            yield return failure;
            yield break;
        }

        var format = options.Format == InputFormat.Auto ? FormatDetector.Detect(file.Path, head.Span) : options.Format;
        if (format == InputFormat.Text && FormatDetector.LooksBinary(head.Span))
        {
            yield return RawDocuments.Failed(file.Id, file.DisplayName, DiagnosticCodes.BinaryInput, Stage, "the file is binary, not text, HTML, JSON Lines, WARC or a feed");
            yield break;
        }

        var reader = registry.For(format);
        if (reader is null)
        {
            yield return RawDocuments.Failed(file.Id, file.DisplayName, DiagnosticCodes.BinaryInput, Stage, $"no reader for format {format.ToString().ToLowerInvariant()}");
            yield break;
        }

        using var records = reader.Read(file, opened!, options, new FileReport(d => Reported?.Invoke(d), (reason, count) => Skipped?.Invoke(reason, count)), cancellationToken).GetEnumerator();
        var corrupt = false;
        while (!corrupt)
        {
            RawDocument? next;
            try
            {
                next = records.MoveNext() ? records.Current : null;
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException)
            {
                // A gzip stream cut short or corrupt: the records read so far are kept, the rest of the file is lost.
                next = RawDocuments.Failed(file.Id, file.DisplayName, DiagnosticCodes.CorruptCompression, Stage, $"stopped reading: {exception.Message}");
                corrupt = true;
            }

            if (next is null)
            {
                yield break;
            }

            yield return next;
        }
    }

    private static Stream? Open(InputFile file, Stream stream, out ReadOnlyMemory<byte> head, out RawDocument? failure)
    {
        failure = null;
        head = default;
        try
        {
            var (rawHead, replay) = ReplayStream.Peek(stream, FormatDetector.HeadLength);
            stream = replay;
            if (rawHead.Length >= 2 && rawHead.Span[0] == 0x1F && rawHead.Span[1] == 0x8B)
            {
                (rawHead, stream) = ReplayStream.Peek(new GZipStream(stream, CompressionMode.Decompress), FormatDetector.HeadLength);
            }

            head = rawHead;
            if (rawHead.Span.Trim(" \t\r\n"u8).IsEmpty)
            {
                failure = RawDocuments.Failed(file.Id, file.DisplayName, DiagnosticCodes.EmptyInput, Stage, "the file is empty");
            }

            return stream;
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            stream.Dispose();
            failure = RawDocuments.Failed(file.Id, file.DisplayName,
                exception is InvalidDataException ? DiagnosticCodes.CorruptCompression : DiagnosticCodes.PathUnreadable, Stage, exception.Message);
            return null;
        }
    }
}
