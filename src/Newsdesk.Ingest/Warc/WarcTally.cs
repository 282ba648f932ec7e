using System.Globalization;
using System.Text;
using Newsdesk.Diagnostics;

namespace Newsdesk.Ingest.Warc;

/// <summary>
/// Counts, for one WARC file, the records that were skipped by design (not an article) and the quirks that were
/// tolerated, and turns them into one summary diagnostic each at the end of the file. One line per file rather than
/// one per record: a crawl holds thousands of request and metadata records, and a message for each would bury the
/// problems that matter. Not thread-safe; one per file read.
/// </summary>
internal sealed class WarcTally
{
    private readonly SortedDictionary<string, int> _skipped = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _skippedByReason = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _quirks = new(StringComparer.Ordinal);

    public int Records { get; private set; }

    public int Articles { get; private set; }

    public int SkippedCount => _skipped.Values.Sum();

    /// <summary>Skipped records by reason and detail, as the summary line lists them ("non-HTML response (image/png)").</summary>
    public IReadOnlyDictionary<string, int> Skipped => _skipped;

    /// <summary>Skipped records by reason alone ("non-HTML response"): the counts a run totals.</summary>
    public IReadOnlyDictionary<string, int> SkippedByReason => _skippedByReason;

    public IReadOnlyDictionary<string, int> Quirks => _quirks;

    public void CountRecord() => Records++;

    public void CountArticle() => Articles++;

    /// <summary>Counts a record skipped for <paramref name="reason"/> ("request record", "HTTP 404 response"), with an
    /// optional <paramref name="detail"/> ("image/png") shown in the summary line.</summary>
    public void Skip(string reason, string? detail = null)
    {
        var shown = detail is null ? reason : $"{reason} ({detail})";
        _skipped[shown] = _skipped.GetValueOrDefault(shown) + 1;
        _skippedByReason[reason] = _skippedByReason.GetValueOrDefault(reason) + 1;
    }

    /// <summary>Counts a tolerated deviation from the standard ("WARC-Target-URI in angle brackets").</summary>
    public void Quirk(string quirk) => _quirks[quirk] = _quirks.GetValueOrDefault(quirk) + 1;

    /// <summary>The per-file summaries: skipped records, then tolerated quirks; none when there is nothing to say.</summary>
    public IEnumerable<Diagnostic> Summaries(string location)
    {
        if (_skipped.Count > 0)
        {
            yield return Diagnostic.Info(DiagnosticCodes.WarcSkipped, WarcReader.Stage, location,
                $"{Count(SkippedCount, "record")} of {Count(Records, "record")} skipped (not HTML articles): {List(_skipped)}; {Count(Articles, "article")} read");
        }

        if (_quirks.Count > 0)
        {
            yield return Diagnostic.Info(DiagnosticCodes.WarcQuirks, WarcReader.Stage, location, $"tolerated: {List(_quirks)}");
        }
    }

    private static string List(SortedDictionary<string, int> counts)
    {
        var text = new StringBuilder();
        foreach (var (what, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(CultureInfo.InvariantCulture, $"{what} ×{count}");
        }

        return text.ToString();
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";
}
