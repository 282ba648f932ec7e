using Newsdesk.Cli.Output;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Ingest;
using Newsdesk.Processing;

namespace Newsdesk.Cli;

/// <summary>
/// Reads paths, runs a pipeline over every record in parallel and hands the documents, in input order, to a sink.
/// Prints each document's warnings and errors as it goes and counts failures by diagnostic code.
/// </summary>
internal sealed class DocumentRun(ReaderOptions readerOptions, int jobs, DiagnosticPrinter printer)
{
    private readonly InputReader _reader = new(ReaderRegistry.Default, readerOptions);

    /// <summary>Bytes of input read so far, for progress.</summary>
    public long BytesRead => _reader.BytesRead;

    /// <summary>The counts so far; complete once <see cref="RunAsync"/> returns, partial when it was interrupted.</summary>
    public RunSummary Summary { get; } = new();

    public async Task<RunSummary> RunAsync(
        IEnumerable<string> paths,
        DocumentPipeline pipeline,
        Func<Document, CancellationToken, ValueTask> sink,
        CancellationToken cancellationToken,
        Action<RunSummary>? progress = null)
    {
        var summary = Summary;
        var reader = _reader;
        reader.Reported += diagnostic =>
        {
            // File-level reports include summaries (a WARC file's skipped records) that are not failures.
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                summary.CountFailure(diagnostic.Code);
            }

            printer.Print(diagnostic);
        };
        reader.Skipped += summary.CountSkipped;

        await foreach (var document in pipeline.RunAsync(reader.ReadAsync(paths, cancellationToken), jobs, cancellationToken))
        {
            summary.Read++;
            printer.PrintAll(document.Diagnostics);
            if (document.HasErrors)
            {
                summary.CountFailure(document.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error).Code);
            }

            await sink(document, cancellationToken);
            progress?.Invoke(summary);
        }

        return summary;
    }
}

/// <summary>Counts of a run. Mutated only by the run's single consumer.</summary>
internal sealed class RunSummary
{
    private readonly SortedDictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _skipped = new(StringComparer.Ordinal);

    /// <summary>Records read, failed ones included.</summary>
    public int Read { get; set; }

    public int Failed => _failures.Values.Sum();

    /// <summary>Failures by diagnostic code.</summary>
    public IReadOnlyDictionary<string, int> Failures => _failures;

    public void CountFailure(string code) => _failures[code] = _failures.GetValueOrDefault(code) + 1;

    /// <summary>Records passed over by design, not read (a WARC file's request records, non-HTML responses).</summary>
    public int Skipped => _skipped.Values.Sum();

    /// <summary>Skipped records by the reason the reader gave.</summary>
    public IReadOnlyDictionary<string, int> SkippedByReason => _skipped;

    /// <summary>Called by the reader as each file ends, on the reader's thread rather than the consumer's: locked.</summary>
    public void CountSkipped(string reason, int count)
    {
        lock (_skipped)
        {
            _skipped[reason] = _skipped.GetValueOrDefault(reason) + count;
        }
    }

    /// <summary>"; 3 records skipped (2 request record, 1 HTTP 404 response)", or nothing when none was.</summary>
    public string DescribeSkipped() => Skipped == 0
        ? ""
        : $", {Skipped} records skipped ({string.Join(", ", _skipped.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Value} {s.Key}"))})";

    /// <summary>"2 failed (1 malformed-json, 1 empty-input)".</summary>
    public string DescribeFailures() => Failed == 0
        ? "0 failed"
        : $"{Failed} failed ({string.Join(", ", _failures.Select(f => $"{f.Value} {f.Key}"))})";
}
