using Newsdesk.Documents;

namespace Newsdesk.Ingest.Warc;

/// <summary>What became of one WARC record: an article, a record skipped by design (with the reason counted in the
/// file's summary), or a failure (a failed <see cref="RawDocument"/> to report).</summary>
internal readonly record struct WarcRecordOutcome(RawDocument? Document, string? SkipReason, bool FileEnded)
{
    public static WarcRecordOutcome Article(RawDocument document) => new(document, null, false);

    public static WarcRecordOutcome Skipped(string reason) => new(null, reason, false);

    /// <summary>A failed record; <paramref name="fileEnded"/> when the file ended inside it (nothing follows).</summary>
    public static WarcRecordOutcome Failed(RawDocument failure, bool fileEnded = false) => new(failure, null, fileEnded);
}
