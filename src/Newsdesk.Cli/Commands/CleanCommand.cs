using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Diagnostics;
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
        return ProcessCommand.Create("clean",
            "Clean scraped text: remove what is not the article and say why; nothing is stored.\n\nExample: newsdesk clean scraped/ --json",
            [keepRemoved, threshold, model, noCorpus],
            context =>
            {
                var parse = context.Parse;
                var options = new CleaningOptions
                {
                    Threshold = CheckThreshold(parse.GetValue(threshold)),
                    Model = LoadModel(parse.GetValue(model)),
                };
                if (!parse.GetValue(noCorpus) && !context.Inputs.Contains("-"))
                {
                    options = options with { Index = BuildIndex(context.Inputs, context.ReaderOptions, context.CancellationToken) };
                }

                if (!parse.GetValue(keepRemoved))
                {
                    return new ProcessPlan(Pipelines.ForClean(options));
                }

                var cleaner = new TextCleaner(options);
                return new ProcessPlan(Pipelines.ForClean(options), (output, document, asJson) => WriteMarked(output, document, cleaner, asJson));
            });
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
        // When the stage kept the text as read (every paragraph looked like noise), nothing was removed: show it so.
        var undone = document.Diagnostics.Any(d => d.Code == DiagnosticCodes.CleaningUndone);
        var text = undone
            ? document.Text.TrimEnd()
            : cleaner.Clean(document.Source.Content ?? "", [], CleaningStage.SiteOf(document.Metadata)).MarkedText();
        if (asJson)
        {
            output.Write(JsonSerializer.Serialize(new MarkedDocument(document.Id, text), MarkedJsonContext.Default.MarkedDocument));
            output.Write('\n');
            return;
        }

        output.Write($"== {document.Id}\n\n{text}\n\n");
    }
}
