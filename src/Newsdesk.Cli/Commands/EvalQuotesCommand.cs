using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Newsdesk.Cli.Output;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Language.Quotes.Evaluation;

namespace Newsdesk.Cli.Commands;

/// <summary>
/// <c>newsdesk eval quotes DATASET</c>: runs the annotate pipeline over a quote set (../shared/data/quotes/*.jsonl)
/// and scores it with the Gender Gap Tracker metric (<see cref="QuoteEvaluator"/>).
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("DATASET") { Description = "A quote set in JSON Lines (id, text, quotes), e.g. ../shared/data/quotes/ggt-dev.jsonl" };
        var json = CommonOptions.Json("Write the scores as one JSON object");
        var floors = MetricFloors.Option();
        var misses = new Option<bool>("--misses")
        {
            Description = "Also list the gold quotes missed at overlap 0.3, each with its cause (not-found, covered-too-little, taken-by-another)",
        };
        var command = new Command("quotes", "Score quote and speaker extraction (GGT metric: overlap > 0.3 and > 0.8 of the gold span).\n\nExample: newsdesk eval quotes ../shared/data/quotes/ggt-dev.jsonl --min f1@0.3=0.83")
        {
            dataset, json, floors, misses,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var path = parse.GetValue(dataset)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"the dataset '{path}' does not exist");
            }

            var minimums = MetricFloors.Parse(parse.GetValue(floors));
            var diagnostics = new List<Diagnostic>();
            var articles = QuoteDatasetReader.Read(path, diagnostics);
            foreach (var diagnostic in diagnostics)
            {
                await StandardStreams.Stderr.WriteLineAsync(diagnostic.ToString());
            }

            var pipeline = Pipelines.ForAnnotate();
            var predictions = new Dictionary<GoldArticle, ImmutableArray<Quote>>();
            var evaluation = QuoteEvaluator.Evaluate(articles, article =>
            {
                var document = pipeline.Process(
                    new RawDocument { Id = article.Id, Origin = path, Kind = ContentKind.Text, Content = article.Text },
                    cancellationToken);
                predictions[article] = document.Quotes;
                return document.Quotes;
            });

            var metrics = evaluation.Metrics();
            var missed = parse.GetValue(misses)
                ? articles.SelectMany(a => QuoteMissReport.Find(a, predictions[a], MissThreshold)).ToList()
                : null;
            await using (var stdout = StandardStreams.OpenStdout())
            {
                await stdout.WriteAsync(parse.GetValue(json) ? Json(path, evaluation, metrics, missed) + "\n" : Text(path, evaluation));
                if (missed is not null && !parse.GetValue(json))
                {
                    await stdout.WriteAsync(MissText(articles, missed));
                }
            }

            var exit = MetricFloors.Check(metrics, minimums, StandardStreams.Stderr);
            return exit == ExitCodes.Success && diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.SomeFailed : exit;
        }));
        return command;
    }

    private static string Text(string path, QuoteEvaluation evaluation)
    {
        var output = new StringBuilder();
        output.Append(CultureInfo.InvariantCulture, $"{path}: {evaluation.Articles} articles, {evaluation.GoldQuotes} gold quotes, {evaluation.PredictedQuotes} predicted, {evaluation.Elapsed.TotalSeconds:0.00} s\n");
        output.Append("overlap  precision  recall     F1  speaker   verb  direct-recall  reported-recall\n");
        foreach (var s in evaluation.Scores)
        {
            output.Append(CultureInfo.InvariantCulture, $"{s.Threshold,7:0.0}  {s.Precision,9:0.000}  {s.Recall,6:0.000}  {s.F1,5:0.000}  {s.SpeakerAccuracy,7:0.000}  {s.VerbAccuracy,5:0.000}  {s.DirectRecall,13:0.000}  {s.ReportedRecall,15:0.000}\n");
        }

        return output.ToString();
    }

    /// <summary>The overlap at which <c>--misses</c> lists missed quotes: the looser of the tracker's two.</summary>
    private const double MissThreshold = 0.3;

    /// <summary>How much of a missed quote's text a line shows.</summary>
    private const int MissTextLength = 100;

    private static string MissText(IReadOnlyList<GoldArticle> articles, List<QuoteMiss> missed)
    {
        var texts = articles.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
        var output = new StringBuilder();
        output.Append(CultureInfo.InvariantCulture, $"\nmissed at overlap {MissThreshold:0.0}: {missed.Count}\n");
        foreach (var group in missed.GroupBy(m => (m.Gold.Direct, m.Kind)).OrderBy(g => g.Key.Direct ? 0 : 1).ThenBy(g => g.Key.Kind))
        {
            output.Append(CultureInfo.InvariantCulture, $"  {(group.Key.Direct ? "direct" : "reported"),-8}  {KindName(group.Key.Kind),-18}  {group.Count()}\n");
        }

        foreach (var miss in missed.OrderBy(m => m.Gold.Direct ? 0 : 1).ThenBy(m => m.Kind))
        {
            var words = miss.Gold.Content.ToString(texts[miss.ArticleId]).ReplaceLineEndings(" ");
            words = words.Length > MissTextLength ? words[..MissTextLength] + "…" : words;
            output.Append(CultureInfo.InvariantCulture,
                $"miss  {(miss.Gold.Direct ? "direct" : "reported"),-8}  {KindName(miss.Kind),-18}  {miss.BestCoverage:0.00}  {miss.ArticleId}  {miss.Gold.Content.Start}-{miss.Gold.Content.End}  {words}\n");
        }

        return output.ToString();
    }

    private static string KindName(QuoteMissKind kind) => kind switch
    {
        QuoteMissKind.NotFound => "not-found",
        QuoteMissKind.CoveredTooLittle => "covered-too-little",
        QuoteMissKind.TakenByAnother => "taken-by-another",
        _ => kind.ToString(),
    };

    private static string Json(string path, QuoteEvaluation evaluation, IReadOnlyDictionary<string, double> metrics, List<QuoteMiss>? missed)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("dataset", path);
            writer.WriteNumber("articles", evaluation.Articles);
            writer.WriteNumber("goldQuotes", evaluation.GoldQuotes);
            writer.WriteNumber("predictedQuotes", evaluation.PredictedQuotes);
            writer.WriteNumber("seconds", Math.Round(evaluation.Elapsed.TotalSeconds, 3));
            writer.WriteStartObject("metrics");
            foreach (var (name, value) in metrics)
            {
                writer.WriteNumber(name, Math.Round(value, 4));
            }

            writer.WriteEndObject();
            if (missed is not null)
            {
                writer.WriteStartArray("misses");
                foreach (var miss in missed)
                {
                    writer.WriteStartObject();
                    writer.WriteString("article", miss.ArticleId);
                    writer.WriteNumber("start", miss.Gold.Content.Start);
                    writer.WriteNumber("end", miss.Gold.Content.End);
                    writer.WriteBoolean("direct", miss.Gold.Direct);
                    writer.WriteString("kind", KindName(miss.Kind));
                    writer.WriteNumber("coverage", Math.Round(miss.BestCoverage, 3));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
