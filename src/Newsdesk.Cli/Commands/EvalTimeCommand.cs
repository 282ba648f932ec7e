using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Cli.Output;
using Newsdesk.Times.Evaluation;

namespace Newsdesk.Cli.Commands;

/// <summary>
/// <c>newsdesk eval time DIR</c>: TempEval-3 task A figures of the time recognizer on TimeML (<c>.tml</c>) files,
/// run on each file's TEXT with its document creation time as the article's date (<see cref="TimeEvaluator"/>).
/// </summary>
internal static class EvalTimeCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("DIR") { Description = "A folder of TimeML .tml files (read recursively), e.g. ../shared/data/time/tbaq" };
        var json = CommonOptions.Json("Write the figures as one JSON object");
        var errors = new Option<bool>("--errors") { Description = "Also list every disagreement with the gold annotation (tab-separated) on stderr" };
        var noSpeed = new Option<bool>("--no-speed") { Description = "Skip the speed measurement (several extra passes over the texts)" };
        var floors = MetricFloors.Option();
        var command = new Command("time", "Score time expressions (TempEval-3 task A: strict and relaxed extent F1, type accuracy, value F1).\n\nExample: newsdesk eval time ../shared/data/time/tbaq --min value-f1=0.80")
        {
            directory, json, errors, noSpeed, floors,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var minimums = MetricFloors.Parse(parse.GetValue(floors));
            var path = parse.GetValue(directory)!;
            if (!Directory.Exists(path))
            {
                throw new UsageException($"no such directory: {path}");
            }

            var result = TimeEvaluator.EvaluateDirectory(path, measureSpeed: !parse.GetValue(noSpeed));
            foreach (var problem in result.Problems)
            {
                await StandardStreams.Stderr.WriteLineAsync($"{problem} (skipped)");
            }

            if (parse.GetValue(errors))
            {
                foreach (var error in result.Errors)
                {
                    await StandardStreams.Stderr.WriteLineAsync($"{error.Kind}\t{error.Gold}\t{error.Predicted}\t{error.DocumentId}\t{error.Context}");
                }
            }

            await using (var stdout = StandardStreams.OpenStdout())
            {
                await stdout.WriteAsync(parse.GetValue(json) ? Json(result) + "\n" : Text(result));
            }

            var code = MetricFloors.Check(result.Metrics, minimums, StandardStreams.Stderr);
            return code == ExitCodes.Success && !result.Problems.IsEmpty ? ExitCodes.SomeFailed : code;
        }));
        return command;
    }

    private static string Text(TimeEvaluationResult result)
    {
        var output = new System.Text.StringBuilder();
        output.Append(CultureInfo.InvariantCulture, $"{result.Documents} documents, {result.GoldCount} gold and {result.PredictedCount} predicted expressions\n\n");
        output.Append("            precision  recall      F1\n");
        output.Append(CultureInfo.InvariantCulture, $"strict         {result.StrictPrecision,6:0.0000}  {result.StrictRecall,6:0.0000}  {result.StrictF1,6:0.0000}\n");
        output.Append(CultureInfo.InvariantCulture, $"relaxed        {result.RelaxedPrecision,6:0.0000}  {result.RelaxedRecall,6:0.0000}  {result.RelaxedF1,6:0.0000}\n\n");
        output.Append(CultureInfo.InvariantCulture, $"type accuracy  {result.TypeAccuracy:0.0000}   type F1  {result.TypeF1:0.0000}\n");
        output.Append(CultureInfo.InvariantCulture, $"value accuracy {result.ValueAccuracy:0.0000}   value F1 {result.ValueF1:0.0000}\n");
        if (result.Speed is { } speed)
        {
            output.Append(CultureInfo.InvariantCulture, $"speed          {speed.CpuMegabytesPerSecond:0.00} MB per CPU second, {speed.WallMegabytesPerSecond:0.00} MB/s wall-clock (one thread, warm, median of {speed.Passes} passes over {speed.Characters:N0} characters)\n");
        }

        output.Append(CultureInfo.InvariantCulture, $"cold pass      {ColdSpeed(result):0.00} MB/s wall-clock (the scoring pass, including JIT compilation)\n");
        return output.ToString();
    }

    private static double ColdSpeed(TimeEvaluationResult result) => result.Seconds > 0 ? result.Characters / 1e6 / result.Seconds : 0;

    private static string Json(TimeEvaluationResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("documents", result.Documents);
            writer.WriteNumber("gold", result.GoldCount);
            writer.WriteNumber("predicted", result.PredictedCount);
            writer.WriteNumber("strictMatches", result.StrictMatches);
            writer.WriteNumber("relaxedMatches", result.RelaxedMatches);
            writer.WriteStartObject("metrics");
            foreach (var (name, value) in result.Metrics)
            {
                writer.WriteNumber(name, Math.Round(value, 4));
            }

            writer.WriteEndObject();
            writer.WriteNumber("coldCharactersPerSecond", Math.Round(result.Seconds > 0 ? result.Characters / result.Seconds : 0));
            if (result.Speed is { } speed)
            {
                writer.WriteNumber("charactersPerCpuSecond", Math.Round(speed.CpuMegabytesPerSecond * 1e6));
                writer.WriteNumber("charactersPerSecond", Math.Round(speed.WallMegabytesPerSecond * 1e6));
            }

            writer.WriteStartArray("problems");
            foreach (var problem in result.Problems)
            {
                writer.WriteStringValue(problem);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
