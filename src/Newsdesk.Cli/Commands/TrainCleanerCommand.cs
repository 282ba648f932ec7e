using System.CommandLine;
using System.Globalization;
using Newsdesk.Cli.Output;
using Newsdesk.Extraction.Cleaning;
using Newsdesk.Extraction.Cleaning.Evaluation;
using Newsdesk.Extraction.Cleaning.Model;
using Newsdesk.Extraction.Cleaning.Training;

namespace Newsdesk.Cli.Commands;

/// <summary>
/// <c>newsdesk train cleaner --data FILE --out MODEL [--cross-validate] [--sites FILE] [--thresholds LIST]</c>: trains
/// the cleaner's classifier (<see cref="CleanerTrainer"/>) with a fixed seed, so the same data gives the same model;
/// with <c>--cross-validate</c> it first reports the 2-fold figures, the honest estimate for unseen pages. Folds are
/// drawn by site when <c>--sites</c> names a JSON Lines file of <c>id</c> (the page) and <c>url</c> (such as the
/// extraction set's truth.jsonl), else by page.
/// </summary>
internal static class TrainCleanerCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "A cleaning dataset (.jsonl[.gz]) with input and body", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the model (models/cleaner.json is the shipped one)", Required = true };
        var crossValidate = new Option<bool>("--cross-validate") { Description = "Also train on half the pages and score the other half, both ways" };
        var trees = new Option<int>("--trees") { Description = "Boosting rounds", DefaultValueFactory = _ => new BoostedTreesOptions().Trees };
        var sites = new Option<string?>("--sites") { Description = "JSON Lines of page id and url: cross-validation folds by site (host) instead of by page" };
        var thresholds = new Option<string>("--thresholds")
        {
            Description = "Comma-separated thresholds to report the cross-validation at",
            DefaultValueFactory = _ => CleaningOptions.DefaultThreshold.ToString(CultureInfo.InvariantCulture),
        };
        var command = new Command("cleaner",
            "Train the cleaner's classifier from extractor outputs paired with true bodies.\n\n" +
            "Example: newsdesk train cleaner --data ../shared/data/cleaning/wcxb-dev.jsonl.gz --out models/cleaner.json")
        {
            data, output, crossValidate, trees, sites, thresholds,
        };
        command.SetAction(parse => CommandRunner.RunAsync(() =>
        {
            var path = parse.GetValue(data)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"--data not found: {path}");
            }

            var options = new BoostedTreesOptions { Trees = parse.GetValue(trees) };
            if (options.Trees < 1)
            {
                throw new UsageException("--trees must be at least 1");
            }

            var stderr = StandardStreams.Stderr;
            var records = CleaningDataset.Read(path, problem => stderr.WriteLine("warning: " + problem));
            var groupOf = SiteGroups.Read(parse.GetValue(sites), stderr);
            if (parse.GetValue(crossValidate))
            {
                var levels = ParseThresholds(parse.GetValue(thresholds)!);
                var cv = CleanerTrainer.CrossValidate(records, options, CleaningOptions.Default, levels, 2, groupOf, stderr.WriteLine);
                for (var i = 0; i < levels.Count; i++)
                {
                    foreach (var t in cv[i].Tools)
                    {
                        stderr.WriteLine(string.Format(CultureInfo.InvariantCulture,
                            "cross-validated @{0:F2} {1}: F1 {2:F4} -> {3:F4} (P {4:F4} -> {5:F4}, R {6:F4} -> {7:F4})",
                            levels[i], t.Tool, t.Input.F1, t.Cleaned.F1, t.Input.Precision, t.Cleaned.Precision, t.Input.Recall, t.Cleaned.Recall));
                    }
                }
            }

            var description = string.Create(CultureInfo.InvariantCulture,
                $"newsdesk train cleaner on {Path.GetFileName(path)} ({records.Count} records): {options.Trees} trees, depth {options.Depth}, rate {options.LearningRate}, subsample {options.Subsample}, seed {options.Seed}");
            var model = CleanerTrainer.Train(records, options, description, groupOf, stderr.WriteLine);
            var outPath = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            using (var stream = File.Create(outPath))
            {
                model.Save(stream);
            }

            stderr.WriteLine($"wrote {outPath}; rebuild to embed it in newsdesk");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static List<double> ParseThresholds(string text)
    {
        var levels = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1)
            {
                throw new UsageException($"--thresholds: each must be a number between 0 and 1 (got {part})");
            }

            levels.Add(value);
        }

        return levels.Count > 0 ? levels : throw new UsageException("--thresholds: give at least one threshold");
    }
}
