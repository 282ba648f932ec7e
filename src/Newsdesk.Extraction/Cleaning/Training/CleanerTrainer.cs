using Newsdesk.Extraction.Cleaning.Evaluation;
using Newsdesk.Extraction.Cleaning.Features;
using Newsdesk.Extraction.Cleaning.Model;

namespace Newsdesk.Extraction.Cleaning.Training;

/// <summary>
/// Trains the cleaner's classifier on a cleaning dataset (the library behind <c>newsdesk train cleaner</c>), and
/// cross-validates it. Each unit of each input is a row: its <see cref="UnitFeatures"/> (with a corpus index built per
/// tool, as at evaluation), its label from <see cref="UnitLabeler"/>, and a weight proportional to its share of the
/// page's words, so that every page weighs the same, as in the page-averaged metric. Steps:
/// <list type="number">
/// <item>Featurise every record once.</item>
/// <item>First stage, out of fold: split the training groups in two; train on each half and predict the other, so
/// that every row has a first-stage probability from a model that never saw its site (stacking without leakage: a
/// first stage scored on its own training rows is overconfident, and the second stage would learn to trust it).</item>
/// <item>Train the shipped first stage on all rows.</item>
/// <item>Train the second stage on the unit features plus the <see cref="ContextFeatures"/> of the out-of-fold
/// probabilities.</item>
/// </list>
/// Folds are drawn by group (the page's site when known, else the page), so that all tools' outputs of one page, and
/// all pages of one site, fall in the same fold. Deterministic.
/// </summary>
public static class CleanerTrainer
{
    /// <summary>The fold of a group (a site, or a page when the site is unknown): a hash of its name.</summary>
    public static int FoldOf(string group, int folds)
    {
        ArgumentNullException.ThrowIfNull(group);
        return (int)(Mix(LineKey.Of(group) ^ 0x5EED_F01D) % (ulong)folds);
    }

    // The inner split of stacking must cut each outer fold in two, so it hashes with another salt.
    private static int InnerHalf(string group) => (int)(Mix(LineKey.Of(group) ^ 0x1_4E4E_E7) % 2);

    /// <summary>The splitmix64 finaliser: FNV-1a's low bits are only the parity of the characters, so taking them
    /// modulo a small number makes folds of two salts coincide.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>Trains a two-stage model on every record; <paramref name="groupOf"/> gives the group of a record (its
    /// site) for the out-of-fold first stage, null groups by page; <paramref name="progress"/> hears how it goes.</summary>
    public static CleanerModel Train(
        IReadOnlyList<CleaningRecord> records, BoostedTreesOptions options, string description,
        Func<CleaningRecord, string>? groupOf = null, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        var documents = Featurise(records, records);
        progress?.Invoke($"{documents.Sum(d => d.Labels.Length):N0} units from {records.Count:N0} records; " +
            $"{documents.Sum(d => d.Labels.Count(l => l > 0.5f)):N0} article units");
        return Train(documents, options, description, groupOf ?? (r => r.Page), progress);
    }

    /// <summary>Trains one model per fold on the other folds and evaluates each page with the model that did not see
    /// its group, once per threshold of <paramref name="thresholds"/> (with <paramref name="cleaning"/>' other options).</summary>
    public static IReadOnlyList<CleaningEvaluation> CrossValidate(
        IReadOnlyList<CleaningRecord> records, BoostedTreesOptions options, CleaningOptions cleaning, IReadOnlyList<double> thresholds,
        int folds = 2, Func<CleaningRecord, string>? groupOf = null, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(cleaning);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        groupOf ??= r => r.Page;
        var documents = Featurise(records, records);
        var models = new CleanerModel[folds];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = documents.Where(d => FoldOf(groupOf(d.Record), folds) != fold).ToList();
            progress?.Invoke($"fold {fold + 1}/{folds}: training on {training.Count:N0} records");
            models[fold] = Train(training, options, $"fold {fold + 1}/{folds}", groupOf, progress);
        }

        return [.. thresholds.Select(t => CleaningEvaluator.Evaluate(records, cleaning with { Threshold = t }, r => models[FoldOf(groupOf(r), folds)]))];
    }

    private static CleanerModel Train(
        List<Document> documents, BoostedTreesOptions options, string description, Func<CleaningRecord, string> groupOf,
        Action<string>? progress)
    {
        // 1. Out-of-fold first-stage probabilities.
        var outOfFold = new float[documents.Count][];
        for (var half = 0; half < 2; half++)
        {
            var inside = documents.Where(d => InnerHalf(groupOf(d.Record)) != half).ToList();
            var firstStage = TrainFirstStage(inside, options, "inner");
            progress?.Invoke($"first stage out of fold: half {half + 1}/2 trained on {inside.Count:N0} records");
            for (var i = 0; i < documents.Count; i++)
            {
                if (InnerHalf(groupOf(documents[i].Record)) == half)
                {
                    outOfFold[i] = new CleanerModel(firstStage, null, "").PredictFirstStage(documents[i].Rows, documents[i].Labels.Length);
                }
            }
        }

        // 2. The first stage on everything.
        var unit = TrainFirstStage(documents, options, description);
        progress?.Invoke("first stage trained");

        // 3. The second stage on unit and context features.
        var contextRows = new List<float[]>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            contextRows.Add(ContextFeatures.Compute(documents[i].Profiles, documents[i].Rows, outOfFold[i]));
        }

        var (labels, weights) = Targets(documents);
        var context = BoostedTreesTrainer.Train(Concatenate(contextRows), ContextFeatures.Width, labels, weights, options,
            [.. UnitFeatures.Names, .. ContextFeatures.Names], description, progress);
        return new CleanerModel(unit, context, description);
    }

    private static BoostedTreesModel TrainFirstStage(List<Document> documents, BoostedTreesOptions options, string description)
    {
        var (labels, weights) = Targets(documents);
        return BoostedTreesTrainer.Train(Concatenate(documents.Select(d => d.Rows).ToList()), UnitFeatures.Names.Count, labels, weights,
            options, UnitFeatures.Names, description);
    }

    private static (float[] Labels, float[] Weights) Targets(List<Document> documents) =>
        (Concatenate(documents.Select(d => d.Labels).ToList()), Concatenate(documents.Select(d => d.Weights).ToList()));

    private static float[] Concatenate(List<float[]> parts)
    {
        var result = new float[parts.Sum(p => p.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(result, at);
            at += part.Length;
        }

        return result;
    }

    /// <summary>The rows of <paramref name="training"/>; corpus indexes are built per tool over <paramref name="corpus"/>.
    /// Records with no units are left out.</summary>
    private static List<Document> Featurise(IReadOnlyList<CleaningRecord> training, IReadOnlyList<CleaningRecord> corpus)
    {
        var indexes = corpus.GroupBy(r => r.Tool).ToDictionary(g => g.Key, g =>
        {
            var builder = new SiteBoilerplateIndexBuilder();
            foreach (var record in g)
            {
                builder.AddText(null, record.Input);
            }

            return builder.Build();
        });

        var documents = new List<Document>(training.Count);
        foreach (var record in training)
        {
            var units = UnitSegmenter.Segment(record.Input, []);
            if (units.Count == 0)
            {
                continue;
            }

            var profiles = UnitFeatures.Profile(units, indexes[record.Tool]);
            var labeler = new UnitLabeler(record.Body);
            var pageWords = profiles.Sum(p => p.Shape.Words + 1);
            var labels = new float[units.Count];
            var weights = new float[units.Count];
            for (var i = 0; i < units.Count; i++)
            {
                labels[i] = labeler.IsArticle(units[i].Text) ? 1f : 0f;
                weights[i] = 100f * (profiles[i].Shape.Words + 1) / pageWords;
            }

            documents.Add(new Document(record, profiles, UnitFeatures.Compute(units, profiles), labels, weights));
        }

        return documents;
    }

    private sealed record Document(CleaningRecord Record, UnitProfile[] Profiles, float[] Rows, float[] Labels, float[] Weights);
}
