using System.CommandLine;
using Newsdesk.Cli.Output;
using Newsdesk.Extraction;
using Newsdesk.Extraction.Evaluation;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk eval extraction DATASET</c>: <see cref="ExtractionEvaluator"/> with Newsdesk's extractor.</summary>
internal static class EvalExtractionCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("DATASET") { Description = "A folder holding truth.jsonl and pages/<id>.html.gz (../shared/data/README.md)" };
        var json = CommonOptions.Json("Write the report as one JSON object, with every page's scores");
        var jobs = CommonOptions.Jobs();
        var floors = MetricFloors.Option();
        var command = new Command("extraction",
            "Measure main-content and metadata extraction: body word and 4-shingle P/R/F1 (overall and by page type), with/without snippets, title/authors/date/language/site accuracy and coverage, pages per second.\n\nExample: newsdesk eval extraction ../shared/data/extraction/wcxb-dev --jobs 1 --min f1=0.85")
        {
            dataset, json, jobs, floors,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var path = parse.GetValue(dataset)!;
            var minimums = MetricFloors.Parse(parse.GetValue(floors));
            if (!Directory.Exists(path) || !File.Exists(Path.Combine(path, "truth.jsonl")))
            {
                throw new UsageException($"{path} is not an extraction dataset: it needs truth.jsonl and pages/<id>.html.gz");
            }

            var report = ExtractionEvaluator.Evaluate(path, new HtmlArticleExtractor(), CommonOptions.CheckJobs(parse.GetValue(jobs)),
                message => StandardStreams.Stderr.WriteLine(message), cancellationToken);
            if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                ExtractionReportJson.Write(stdout, report);
            }
            else
            {
                using var stdout = StandardStreams.OpenStdout();
                stdout.WriteLine(report.ToTable());
            }

            return MetricFloors.Check(report.Metrics(), minimums, StandardStreams.Stderr);
        }));
        return command;
    }
}
