using Newsdesk.Diagnostics;

namespace Newsdesk.Ingest;

/// <summary>
/// Where a reader tells what concerns a whole file rather than one record: diagnostics (a WARC file's summary line)
/// and counts of records passed over by design, by reason (a WARC request record, an HTTP 404 response), so that a
/// run can total them. Thread-safe when the callbacks are.
/// </summary>
/// <param name="diagnostic">Receives each file-level diagnostic.</param>
/// <param name="skipped">Receives a reason and how many records of the file were skipped for it; may be null.</param>
public sealed class FileReport(Action<Diagnostic> diagnostic, Action<string, int>? skipped = null)
{
    /// <summary>A report that listens to nothing.</summary>
    public static FileReport None { get; } = new(static _ => { });

    public void Report(Diagnostic value) => diagnostic(value);

    /// <summary>Counts <paramref name="count"/> records skipped for <paramref name="reason"/>, a short stable phrase
    /// without per-record detail ("HTTP 404 response", "non-HTML response").</summary>
    public void Skipped(string reason, int count) => skipped?.Invoke(reason, count);
}
