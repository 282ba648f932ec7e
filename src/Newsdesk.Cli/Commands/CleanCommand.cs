using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Cli.Output;
using Newsdesk.Documents;
using Newsdesk.Extraction.Cleaning;
using Newsdesk.Extraction.Cleaning.Model;
using Newsdesk.Ingest;

namespace Newsdesk.Cli.Commands;

/// <summary>
/// <c>newsdesk clean PATH... [--json] [--keep-removed] [--threshold X]</c>: scraped text to cleaned articles,
/// nothing stored. Two passes when the input can be read twice (not standard input): the first counts the short
/// lines of every document per site (<see cref="SiteBoilerplateIndex"/>), the second cleans with those counts.
/// </summary>
internal static class CleanCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var json = CommonOptions.Json();
        var jobs = CommonOptions.Jobs();
        var format = CommonOptions.Format();
        var maxSize = CommonOptions.MaxSize();
        var maxRecordSize = CommonOptions.MaxRecordSize();
        var verbose = CommonOptions.Verbose();
        var keepRemoved = new Option<bool>("--keep-removed")
        {
            Description = "Show the whole input with each removal marked in place ([removed REASON CONFIDENCE] line)",
        };
        var threshold = new Option<double>("--threshold")
        {
            Description = "Remove a line when the confidence that it is not the article reaches this (0-1); higher keeps more",
            DefaultValueFactory = _ => CleaningOptions.DefaultThreshold,
        };
        var model = new Option<string?>("--model") { Description = "A cleaner model file (default: the shipped models/cleaner.json)" };
        var noCorpus = new Option<bool>("--no-corpus") { Description = "Skip the first pass that finds lines recurring across the input's documents" };
        var command = new Command("clean",
            "Clean scraped text: remove what is not the article and say why; nothing is stored.\n\nExample: newsdesk clean scraped/ --json")
        {
            paths, json, jobs, format, maxSize, maxRecordSize, verbose, keepRemoved, threshold, model, noCorpus,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var readerOptions = new ReaderOptions
            {
                Format = parse.GetValue(format),
                MaxFileBytes = parse.GetValue(maxSize),
                MaxRecordBytes = parse.GetValue(maxRecordSize),
            };
            var inputs = parse.GetValue(paths)!;
            var options = new CleaningOptions
            {
                Threshold = CheckThreshold(parse.GetValue(threshold)),
                Model = LoadModel(parse.GetValue(model)),
            };
            if (!parse.GetValue(noCorpus) && !inputs.Contains("-"))
            {
                options = options with { Index = BuildIndex(inputs, readerOptions, cancellationToken) };
            }

            var printer = new DiagnosticPrinter(StandardStreams.Stderr, parse.GetValue(verbose));
            var asJson = parse.GetValue(json);
            var marked = parse.GetValue(keepRemoved);
            var cleaner = new TextCleaner(options);
            await using var stdout = StandardStreams.OpenStdout();
            var run = new DocumentRun(readerOptions, CommonOptions.CheckJobs(parse.GetValue(jobs)), printer);
            var summary = await run.RunAsync(inputs, Pipelines.ForClean(options), (document, _) =>
            {
                if (marked)
                {
                    WriteMarked(stdout, document, cleaner, asJson);
                }
                else if (asJson)
                {
                    JsonLinesWriter.Write(stdout, document);
                }
                else
                {
                    DocumentReport.Write(stdout, document);
                }

                return ValueTask.CompletedTask;
            }, cancellationToken);
            await stdout.FlushAsync(cancellationToken);
            StandardStreams.Stderr.WriteLine($"clean: {summary.Read} read, {summary.DescribeFailures()}");
            return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        }));
        return command;
    }

    private static double CheckThreshold(double value) => value is >= 0 and <= 1
        ? value
        : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--threshold must be between 0 and 1 (got {value})"));

    private static CleanerModel? LoadModel(string? path)
    {
        if (path is null)
        {
            return CleanerModel.Shipped;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return CleanerModel.Load(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UsageException($"--model {path}: {e.Message}");
        }
    }

    /// <summary>The first pass: every text record's lines, grouped by site. Unreadable records are skipped here; the
    /// second pass reports them.</summary>
    private static SiteBoilerplateIndex BuildIndex(string[] paths, ReaderOptions readerOptions, CancellationToken cancellationToken)
    {
        var builder = new SiteBoilerplateIndexBuilder();
        var reader = new InputReader(ReaderRegistry.Default, readerOptions);
        foreach (var file in InputEnumerator.Expand(paths, _ => { }))
        {
            foreach (var record in reader.Read(file, cancellationToken))
            {
                if (record.Kind == ContentKind.Text && record.Content is { } text)
                {
                    builder.AddText(CleaningStage.SiteOf(record.Metadata), text);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>The input with removals marked: the cleaner runs again on the document's source text (it is
    /// deterministic, so the marks match the removals the stage recorded).</summary>
    private static void WriteMarked(TextWriter output, Document document, TextCleaner cleaner, bool asJson)
    {
        var source = document.Source.Content ?? "";
        var result = cleaner.Clean(source, [], CleaningStage.SiteOf(document.Metadata));
        var text = result.MarkedText();
        if (asJson)
        {
            output.Write(JsonSerializer.Serialize(new MarkedDocument(document.Id, text), MarkedJsonContext.Default.MarkedDocument));
            output.Write('\n');
            return;
        }

        output.Write($"== {document.Id}\n\n{text}\n\n");
    }
}
