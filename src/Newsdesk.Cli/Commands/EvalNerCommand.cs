using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Newsdesk.Cli.Output;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Language.Entities;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk eval ner FILE</c>: entity-level precision, recall and F1, overall and per type, as conlleval
/// prints them, plus tagging speed; a thin shell over <see cref="ConllTagger.Evaluate"/>.</summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "CoNLL file with gold tags in the last column (IOB1 or IOB2)" };
        var json = CommonOptions.Json("Write the scores as one JSON object");
        var model = NerCommand.ModelOption();
        var floors = MetricFloors.Option();
        var command = new Command("ner", "Score the entity recognizer on a CoNLL file (conlleval metrics).\n\nExample: newsdesk eval ner ../shared/data/ner/conll2003/dev.conll --min f1=0.91")
        {
            file, json, model, floors,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(async () =>
        {
            var minimums = MetricFloors.Parse(parse.GetValue(floors));
            var tagger = NerCommand.LoadModel(parse.GetValue(model));
            var diagnostics = new List<Diagnostic>();
            var documents = TrainNerCommand.ReadConll(parse.GetValue(file)!, diagnostics);
            foreach (var diagnostic in diagnostics)
            {
                await Console.Error.WriteLineAsync(diagnostic.ToString());
            }

            var clock = Stopwatch.StartNew();
            var result = ConllTagger.Evaluate(tagger, documents);
            var seconds = clock.Elapsed.TotalSeconds;
            var metrics = Metrics(result);
            await using var stdout = StandardStreams.OpenStdout();
            await stdout.WriteAsync(parse.GetValue(json) ? Json(result, metrics, seconds) + "\n" : Text(result, seconds));
            await stdout.FlushAsync();
            return MetricFloors.Check(metrics, minimums, Console.Error);
        }));
        return command;
    }

    /// <summary>The metric names <c>--min</c> accepts: precision, recall, f1, and f1_per, f1_org, f1_loc, f1_misc.</summary>
    private static Dictionary<string, double> Metrics(NerEvaluation result)
    {
        var metrics = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
        {
            ["precision"] = result.Overall.Precision,
            ["recall"] = result.Overall.Recall,
            ["f1"] = result.Overall.F1,
            ["accuracy"] = result.TokenAccuracy,
        };
        foreach (var (type, score) in result.ByType)
        {
            metrics["f1_" + type.ToCode().ToLowerInvariant()] = score.F1;
        }

        return metrics;
    }

    private static string Text(NerEvaluation result, double seconds)
    {
        var o = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        o.Append(c, $"processed {result.Tokens} tokens with {result.Overall.Gold} phrases; found: {result.Overall.Predicted} phrases; correct: {result.Overall.Correct}.\n");
        o.Append(c, $"accuracy: {100 * result.TokenAccuracy,6:F2}%; precision: {100 * result.Overall.Precision,6:F2}%; recall: {100 * result.Overall.Recall,6:F2}%; FB1: {100 * result.Overall.F1,6:F2}\n");
        foreach (var (type, score) in result.ByType)
        {
            o.Append(c, $"{type.ToCode(),17}: precision: {100 * score.Precision,6:F2}%; recall: {100 * score.Recall,6:F2}%; FB1: {100 * score.F1,6:F2}  {score.Predicted}\n");
        }

        o.Append(c, $"tagged in {seconds:F2} s ({result.Tokens / Math.Max(seconds, 1e-9):N0} tokens/s, all cores, including document set-up)\n");
        return o.ToString();
    }

    private static string Json(NerEvaluation result, Dictionary<string, double> metrics, double seconds)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("tokens", result.Tokens);
            writer.WriteNumber("gold", result.Overall.Gold);
            writer.WriteNumber("predicted", result.Overall.Predicted);
            writer.WriteNumber("correct", result.Overall.Correct);
            foreach (var (name, value) in metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                writer.WriteNumber(name, Math.Round(value, 6));
            }

            writer.WriteStartObject("byType");
            foreach (var (type, score) in result.ByType)
            {
                writer.WriteStartObject(type.ToCode());
                writer.WriteNumber("gold", score.Gold);
                writer.WriteNumber("predicted", score.Predicted);
                writer.WriteNumber("correct", score.Correct);
                writer.WriteNumber("precision", Math.Round(score.Precision, 6));
                writer.WriteNumber("recall", Math.Round(score.Recall, 6));
                writer.WriteNumber("f1", Math.Round(score.F1, 6));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteNumber("seconds", Math.Round(seconds, 3));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
