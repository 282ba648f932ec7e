using Newsdesk.Extraction.Cleaning.Evaluation;
using Newsdesk.Extraction.Cleaning.Features;
using Newsdesk.Extraction.Cleaning.Model;

namespace Newsdesk.Extraction.Cleaning.Training;

/// <summary>
/// Trains the cleaner's classifier on a cleaning dataset (the library behind <c>newsdesk train cleaner</c>), and
/// cross-validates it by page. Each unit of each input is a row: its <see cref="UnitFeatures"/> (with a corpus index
/// built per tool, as at evaluation), its label from <see cref="UnitLabeler"/>, and a weight proportional to its share
/// of the page's words, so that every page weighs the same, as in the page-averaged metric. Deterministic.
/// </summary>
public static class CleanerTrainer
{
    /// <summary>The folds of cross-validation: pages are split by a hash of their id, so the outputs of all tools for
    /// one page fall in the same fold and the model never sees the page it is judged on.</summary>
    public static int FoldOf(string page, int folds)
    {
        ArgumentNullException.ThrowIfNull(page);
        return (int)(LineKey.Of(page + "fold") % (ulong)folds);
    }

    public static BoostedTreesModel Train(
        IReadOnlyList<CleaningRecord> records, BoostedTreesOptions options, string description, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        var (features, labels, weights) = BuildRows(records, records);
        progress?.Invoke($"{labels.Length:N0} units from {records.Count:N0} records; {labels.Count(l => l > 0.5f):N0} article units");
        return BoostedTreesTrainer.Train(features, UnitFeatures.Names.Count, labels, weights, options, UnitFeatures.Names, description, progress);
    }

    /// <summary>Trains one model per fold on the other folds and evaluates each page with the model that did not see it.</summary>
    public static CleaningEvaluation CrossValidate(
        IReadOnlyList<CleaningRecord> records, BoostedTreesOptions options, CleaningOptions cleaning, int folds = 2, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var models = new BoostedTreesModel[folds];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = records.Where(r => FoldOf(r.Page, folds) != fold).ToList();
            progress?.Invoke($"fold {fold + 1}/{folds}: training on {training.Count:N0} records");
            var (features, labels, weights) = BuildRows(training, records);
            models[fold] = BoostedTreesTrainer.Train(features, UnitFeatures.Names.Count, labels, weights, options, UnitFeatures.Names,
                $"fold {fold + 1}/{folds}");
        }

        return CleaningEvaluator.Evaluate(records, cleaning, r => models[FoldOf(r.Page, folds)]);
    }

    /// <summary>The rows of <paramref name="training"/>; corpus indexes are built per tool over <paramref name="corpus"/>.</summary>
    private static (float[] Features, float[] Labels, float[] Weights) BuildRows(
        IReadOnlyList<CleaningRecord> training, IReadOnlyList<CleaningRecord> corpus)
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

        var features = new List<float>();
        var labels = new List<float>();
        var weights = new List<float>();
        foreach (var record in training)
        {
            var units = UnitSegmenter.Segment(record.Input, []);
            if (units.Count == 0)
            {
                continue;
            }

            var profiles = UnitFeatures.Profile(units, indexes[record.Tool]);
            features.AddRange(UnitFeatures.Compute(units, profiles));
            var labeler = new UnitLabeler(record.Body);
            var pageWords = profiles.Sum(p => p.Shape.Words + 1);
            foreach (var (unit, profile) in units.Zip(profiles))
            {
                labels.Add(labeler.IsArticle(unit.Text) ? 1f : 0f);
                weights.Add(100f * (profile.Shape.Words + 1) / pageWords);
            }
        }

        return ([.. features], [.. labels], [.. weights]);
    }
}
