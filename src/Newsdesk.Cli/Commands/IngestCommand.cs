using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Cli.Output;
using Newsdesk.Ingest;
using Newsdesk.Storage;
using Newsdesk.Storage.Sqlite;

namespace Newsdesk.Cli.Commands;

/// <summary>
/// <c>newsdesk ingest PATH...</c>: reads, processes and stores articles. Documents are processed in parallel and
/// written in input order, one transaction per batch; an interrupted ingest keeps every committed batch and a
/// second run completes the work without duplicates.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var database = CommonOptions.Database();
        var format = CommonOptions.Format();
        var jobs = CommonOptions.Jobs();
        var maxSize = CommonOptions.MaxSize();
        var maxRecordSize = CommonOptions.MaxRecordSize();
        var verbose = CommonOptions.Verbose();
        var json = CommonOptions.Json("Write the summary as one JSON object");
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Documents written per transaction",
            DefaultValueFactory = _ => 1000,
        };
        var noClean = new Option<bool>("--no-clean") { Description = "Store the text as read, without removing captions, promos and other noise" };
        var noLanguage = new Option<bool>("--no-language") { Description = "Skip entities, quotes and time expressions (a faster, text-only load)" };
        var command = new Command("ingest",
            "Read articles (text, JSON Lines, HTML, WARC, feeds) into the database.\n\nExample: newsdesk ingest samples/ --db news.db")
        {
            paths, database, format, jobs, batchSize, noClean, noLanguage, maxSize, maxRecordSize, json, verbose,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var size = parse.GetValue(batchSize);
            if (size < 1)
            {
                throw new UsageException($"--batch-size must be at least 1 (got {size})");
            }

            var readerOptions = new ReaderOptions
            {
                Format = parse.GetValue(format),
                MaxFileBytes = parse.GetValue(maxSize),
                MaxRecordBytes = parse.GetValue(maxRecordSize),
            };
            var inputs = parse.GetValue(paths)!;
            var path = DatabaseLocation.Resolve(parse.GetValue(database));
            // Every argument is checked before the database is opened: a usage error must not create a file.
            var jobCount = CommonOptions.CheckJobs(parse.GetValue(jobs));
            await using var store = SqliteArticleStore.Open(path, create: true);
            var printer = new DiagnosticPrinter(StandardStreams.Stderr, parse.GetValue(verbose));
            var run = new DocumentRun(readerOptions, jobCount, printer);
            var pipeline = Pipelines.ForIngest(clean: !parse.GetValue(noClean), language: !parse.GetValue(noLanguage));
            var clock = Stopwatch.StartNew();
            var writer = new BatchWriter(store, size);
            var interrupted = false;
            RunSummary summary;
            var progress = new IngestProgress(InputReader.TotalBytes(inputs), () => run.BytesRead);
            try
            {
                summary = await progress.RunAsync(async report => await run.RunAsync(
                    inputs, pipeline, (document, _) => writer.AddAsync(document), cancellationToken, s => report(s.Read)));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                interrupted = true;
                summary = run.Summary;
            }

            var written = await writer.CompleteAsync();
            clock.Stop();
            await using var stdout = StandardStreams.OpenStdout();
            if (parse.GetValue(json))
            {
                await stdout.WriteLineAsync(SummaryJson(path, summary, written, clock.Elapsed, interrupted));
            }
            else
            {
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: {summary.Read:N0} read, {written.Stored:N0} stored, {written.Updated:N0} updated, {written.Duplicates:N0} duplicates, {written.Empty:N0} without text, {summary.DescribeFailures()}{summary.DescribeSkipped()} in {clock.Elapsed.TotalSeconds:0.0}s ({summary.Read / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0}/s){(interrupted ? "; interrupted: run again to complete" : "")}"));
            }

            if (interrupted)
            {
                return 130;
            }

            return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        }));
        return command;
    }

    private static string SummaryJson(string path, RunSummary summary, WriteSummary written, TimeSpan elapsed, bool interrupted)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("database", path);
            writer.WriteNumber("read", summary.Read);
            writer.WriteNumber("stored", written.Stored);
            writer.WriteNumber("updated", written.Updated);
            writer.WriteNumber("duplicates", written.Duplicates);
            writer.WriteNumber("withoutText", written.Empty);
            writer.WriteNumber("failed", summary.Failed);
            writer.WriteStartObject("failures");
            foreach (var (code, count) in summary.Failures)
            {
                writer.WriteNumber(code, count);
            }

            writer.WriteEndObject();
            writer.WriteNumber("skipped", summary.Skipped);
            writer.WriteStartObject("skippedByReason");
            foreach (var (reason, count) in summary.SkippedByReason)
            {
                writer.WriteNumber(reason, count);
            }

            writer.WriteEndObject();
            writer.WriteNumber("seconds", Math.Round(elapsed.TotalSeconds, 3));
            writer.WriteBoolean("interrupted", interrupted);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
