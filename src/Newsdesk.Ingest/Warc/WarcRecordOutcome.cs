using Newsdesk.Documents;

namespace Newsdesk.Ingest.Warc;

/// <summary>What became of one WARC record: an article, a record skipped by design (with the reason counted in the
/// file's summary), or a failure (a failed <see cref="RawDocument"/> to report).</summary>
internal readonly record struct WarcRecordOutcome(RawDocument? Document, string? SkipReason, string? SkipDetail, bool FileEnded)
{
    public static WarcRecordOutcome Article(RawDocument document) => new(document, null, null, false);

    /// <summary>A record skipped by design: <paramref name="reason"/> is counted as it is (keep it free of per-record
    /// values), <paramref name="detail"/> (a media type) only shows in the file's summary line.</summary>
    public static WarcRecordOutcome Skipped(string reason, string? detail = null) => new(null, reason, detail, false);

    /// <summary>A failed record; <paramref name="fileEnded"/> when the file ended inside it (nothing follows).</summary>
    public static WarcRecordOutcome Failed(RawDocument failure, bool fileEnded = false) => new(failure, null, null, fileEnded);
}
