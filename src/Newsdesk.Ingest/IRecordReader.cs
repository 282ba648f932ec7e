using Newsdesk.Documents;

namespace Newsdesk.Ingest;

/// <summary>
/// Turns one input stream of a format into records. Readers stream: a multi-gigabyte input is never held in memory.
/// A record the reader cannot read is yielded as a failed <see cref="RawDocument"/> (see
/// <see cref="RawDocuments.Failed"/>) so that it is counted and reported, and reading goes on with the next one.
/// Implementations are stateless and thread-safe.
/// </summary>
public interface IRecordReader
{
    InputFormat Format { get; }

    /// <summary>Reads <paramref name="stream"/> (already decompressed) from <paramref name="file"/>.</summary>
    IEnumerable<RawDocument> Read(InputFile file, Stream stream, ReaderOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// Reads like <see cref="Read(InputFile, Stream, ReaderOptions, CancellationToken)"/>, and hands
    /// <paramref name="report"/> what concerns the whole file rather than one record (a WARC file's count of skipped
    /// records), once the file is read. Readers with nothing to say about a file keep this default.
    /// </summary>
    IEnumerable<RawDocument> Read(InputFile file, Stream stream, ReaderOptions options, FileReport report, CancellationToken cancellationToken) =>
        Read(file, stream, options, cancellationToken);
}
