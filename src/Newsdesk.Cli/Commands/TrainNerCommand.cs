using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Newsdesk.Diagnostics;
using Newsdesk.Language.Entities;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk train ner</c>: trains the entity model from CoNLL files (a thin shell over
/// <see cref="EntityModelTrainer"/>), reporting dev F1 after every epoch.</summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL training file (token … tag per line, IOB1 or IOB2)", Required = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL file scored after every epoch (not used to choose anything)" };
        var output = new Option<string>("--out") { Description = "Where to write the model", Required = true };
        var unlabeled = new Option<string[]>("--unlabeled")
        {
            Description = "Extra unlabelled text for word clusters: .txt, or .jsonl(.gz) with a \"text\" field; repeatable",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data", DefaultValueFactory = _ => TrainingOptions.Default.Epochs };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed", DefaultValueFactory = _ => TrainingOptions.Default.Seed };
        var folds = new Option<int>("--folds")
        {
            Description = "Jackknife folds that label the training data for the second, document-level pass; below 2 trains one pass only",
            DefaultValueFactory = _ => TrainingOptions.Default.Folds,
        };
        var clusterDraw = new Option<int>("--cluster-draw")
        {
            Description = "Which k-means start the word clusters use (others than the default measure the draw's effect)",
            DefaultValueFactory = _ => TrainingOptions.Default.ClusterDraw,
        };
        var update = new Option<UpdateRule>("--update")
        {
            Description = "Weight update after each training sentence: Perceptron or PassiveAggressive (PA-I)",
            DefaultValueFactory = _ => TrainingOptions.Default.Update,
        };
        var aggressiveness = new Option<float>("--aggressiveness")
        {
            Description = "C of the passive-aggressive update: the largest step of one update",
            DefaultValueFactory = _ => TrainingOptions.Default.Aggressiveness,
        };
        var costAugmented = new Option<bool>("--cost-augmented")
        {
            Description = "Decode training sentences with wrong tags' scores raised by 1 (margin updates); --cost-augmented false turns it off",
            DefaultValueFactory = _ => TrainingOptions.Default.CostAugmented,
        };
        var dropout = new Option<double>("--feature-dropout")
        {
            Description = "Fraction of each token's features left out (seeded) per training update, 0 to below 1",
            DefaultValueFactory = _ => TrainingOptions.Default.FeatureDropout,
        };
        var command = new Command("ner", "Train the entity recognizer (PER, ORG, LOC, MISC) reproducibly.\n\nExample: newsdesk train ner --train ../shared/data/ner/conll2003/train.conll --dev ../shared/data/ner/conll2003/dev.conll --out models/ner.bin")
        {
            train, dev, output, unlabeled, epochs, seed, folds, clusterDraw, update, aggressiveness, costAugmented, dropout,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(() =>
        {
            var stderr = Console.Error;
            var diagnostics = new List<Diagnostic>();
            var trainDocuments = ReadConll(parse.GetValue(train)!, diagnostics);
            var devPath = parse.GetValue(dev);
            var devDocuments = devPath is null ? null : ReadConll(devPath, diagnostics);
            var extra = new List<string[]>();
            foreach (var path in parse.GetValue(unlabeled) ?? [])
            {
                extra.AddRange(UnlabeledText.ReadSentences(path));
            }

            foreach (var diagnostic in diagnostics)
            {
                stderr.WriteLine(diagnostic);
            }

            var options = new TrainingOptions(Epochs: CheckPositive(parse.GetValue(epochs), "--epochs"), Seed: parse.GetValue(seed), Folds: parse.GetValue(folds),
                ClusterDraw: CheckNotNegative(parse.GetValue(clusterDraw), "--cluster-draw"), Update: parse.GetValue(update),
                Aggressiveness: CheckAggressiveness(parse.GetValue(aggressiveness)), CostAugmented: parse.GetValue(costAugmented),
                FeatureDropout: CheckDropout(parse.GetValue(dropout)));
            var clock = Stopwatch.StartNew();
            var model = EntityModelTrainer.Train(trainDocuments, devDocuments, options, extra, ExternalGazetteer.Entries(), message => stderr.WriteLine(message));
            var outPath = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            model.Save(outPath);
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {outPath}: {model.FeatureCount:N0} features, {new FileInfo(outPath).Length / 1e6:F1} MB; {clock.Elapsed.TotalSeconds:F0} s in all"));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static int CheckPositive(int value, string name) =>
        value >= 1 ? value : throw new UsageException($"{name} must be at least 1 (got {value})");

    private static int CheckNotNegative(int value, string name) =>
        value >= 0 ? value : throw new UsageException($"{name} must be 0 or more (got {value})");

    private static float CheckAggressiveness(float value) =>
        value > 0 && float.IsFinite(value) ? value : throw new UsageException($"--aggressiveness must be a positive number (got {value})");

    private static double CheckDropout(double value) =>
        value is >= 0 and < 1 ? value : throw new UsageException($"--feature-dropout must be at least 0 and below 1 (got {value})");

    internal static List<ConllDocument> ReadConll(string path, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: no such file");
        }

        return ConllReader.ReadFile(path, diagnostics);
    }
}
