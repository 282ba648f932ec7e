using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Cli.Output;
using Newsdesk.Extraction.Cleaning;
using Newsdesk.Extraction.Cleaning.Evaluation;

namespace Newsdesk.Cli.Commands;

/// <summary>
/// <c>newsdesk eval cleaning DATASET [--json] [--threshold X] [--min METRIC=VALUE]…</c>: per tool, the body scores of
/// the input and of the cleaned text (<see cref="CleaningEvaluator"/>), the share of removed words that were truly
/// not article, and the cleaner's speed.
/// </summary>
internal static class EvalCleaningCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("DATASET") { Description = "A cleaning dataset (.jsonl or .jsonl.gz), e.g. ../shared/data/cleaning/wcxb-dev.jsonl.gz" };
        var json = CommonOptions.Json("Write one JSON object with every figure");
        var threshold = new Option<double>("--threshold")
        {
            Description = "The cleaner's removal threshold (0-1)",
            DefaultValueFactory = _ => CleaningOptions.DefaultThreshold,
        };
        var floors = MetricFloors.Option();
        var command = new Command("cleaning",
            "Score the cleaner: body F1 of each tool's input and of the cleaned text (4-gram shingles), removed-word precision, speed.\n\n" +
            "Example: newsdesk eval cleaning ../shared/data/cleaning/wcxb-dev.jsonl.gz --min page-text.f1=0.8")
        {
            dataset, json, threshold, floors,
        };
        command.SetAction(parse => CommandRunner.RunAsync(() =>
        {
            var path = parse.GetValue(dataset)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"dataset not found: {path}");
            }

            var minimums = MetricFloors.Parse(parse.GetValue(floors));
            var value = parse.GetValue(threshold);
            if (value is < 0 or > 1)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--threshold must be between 0 and 1 (got {value})"));
            }

            var records = CleaningDataset.Read(path, problem => StandardStreams.Stderr.WriteLine("warning: " + problem));
            var evaluation = CleaningEvaluator.Evaluate(records, CleaningOptions.Default with { Threshold = value });
            using (var stdout = StandardStreams.OpenStdout())
            {
                if (parse.GetValue(json))
                {
                    stdout.Write(JsonSerializer.Serialize(evaluation.Metrics(), CleaningJsonContext.Default.IReadOnlyDictionaryStringDouble));
                    stdout.Write('\n');
                }
                else
                {
                    WriteTable(stdout, evaluation);
                }
            }

            return MetricFloors.Check(evaluation.Metrics(), minimums, StandardStreams.Stderr);
        }));
        return command;
    }

    private static void WriteTable(TextWriter output, CleaningEvaluation evaluation)
    {
        var c = CultureInfo.InvariantCulture;
        output.Write("tool               pages  input F1 (P / R)          cleaned F1 (P / R)        word F1 in→out   removed noise\n");
        foreach (var t in evaluation.Tools)
        {
            output.Write(string.Format(c, "{0,-18} {1,5}  {2:F3} ({3:F3} / {4:F3})     {5:F3} ({6:F3} / {7:F3})     {8:F3}→{9:F3}      {10:F3}\n",
                t.Tool, t.Pages, t.Input.F1, t.Input.Precision, t.Input.Recall, t.Cleaned.F1, t.Cleaned.Precision, t.Cleaned.Recall,
                t.InputWordF1, t.CleanedWordF1, t.RemovedNoiseShare));
            output.Write("    removed: " + string.Join(", ", t.RemovedByReason.Select(r => $"{r.Key} {r.Value}")) + "\n");
        }

        output.Write(string.Format(c, "speed: {0:F1} M characters in {1:F2} s = {2:F1} MB/s (one thread, wall clock)\n",
            evaluation.InputMegabytes, evaluation.CleaningSeconds, evaluation.MegabytesPerSecond));
    }
}
