using System.Diagnostics;
using Newsdesk.Extraction.Cleaning.Model;

namespace Newsdesk.Extraction.Cleaning.Evaluation;

/// <summary>
/// Scores the cleaner on a cleaning dataset (the library behind <c>newsdesk eval cleaning</c>). Per tool: the
/// records are a corpus, so a <see cref="SiteBoilerplateIndex"/> is built over that tool's inputs first (as
/// <c>newsdesk clean</c> does over its input); then every record is cleaned and its input and output are scored
/// against the true body (<see cref="ShingleMetric"/>).
/// </summary>
public static class CleaningEvaluator
{
    /// <param name="records">The dataset.</param>
    /// <param name="options">The cleaner's options; its index is replaced by one built per tool.</param>
    /// <param name="modelFor">When set, the model for each record (cross-validation gives each page the model that did
    /// not see it); otherwise <paramref name="options"/>' model.</param>
    public static CleaningEvaluation Evaluate(
        IReadOnlyList<CleaningRecord> records, CleaningOptions options, Func<CleaningRecord, CleanerModel?>? modelFor = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        var tools = new List<ToolEvaluation>();
        var clock = new Stopwatch();
        double characters = 0;
        foreach (var group in records.GroupBy(r => r.Tool).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            clock.Start();
            var builder = new SiteBoilerplateIndexBuilder();
            foreach (var record in group)
            {
                builder.AddText(null, record.Input);
            }

            var toolOptions = options with { Index = builder.Build() };
            var cleaner = new TextCleaner(toolOptions);
            clock.Stop();

            double inputP = 0, inputR = 0, cleanedP = 0, cleanedR = 0, inputWordF1 = 0, cleanedWordF1 = 0;
            long removedWords = 0, removedNoise = 0;
            var byReason = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var pages = 0;
            foreach (var record in group)
            {
                var recordCleaner = modelFor is null ? cleaner : new TextCleaner(toolOptions with { Model = modelFor(record) });
                clock.Start();
                var result = recordCleaner.Clean(record.Input, []);
                clock.Stop();
                characters += record.Input.Length;

                var truth = BodyWords.Of(record.Body);
                var inputWords = BodyWords.Of(record.Input);
                var cleanedWords = BodyWords.Of(result.Text);
                var input = ShingleMetric.Score(inputWords, truth);
                var cleaned = ShingleMetric.Score(cleanedWords, truth);
                inputP += input.Precision;
                inputR += input.Recall;
                cleanedP += cleaned.Precision;
                cleanedR += cleaned.Recall;
                inputWordF1 += ShingleMetric.WordScore(inputWords, truth).F1;
                cleanedWordF1 += ShingleMetric.WordScore(cleanedWords, truth).F1;
                pages++;

                var labeler = new UnitLabeler(record.Body);
                foreach (var unit in result.Units.Where(u => !u.IsKept))
                {
                    var words = unit.Unit.Text.Count(char.IsWhiteSpace) + 1;
                    removedWords += words;
                    removedNoise += labeler.IsArticle(unit.Unit.Text) ? 0 : words;
                    byReason[unit.Reason!] = byReason.GetValueOrDefault(unit.Reason!) + 1;
                }
            }

            tools.Add(new ToolEvaluation(group.Key, pages,
                new BodyScore(inputP / pages, inputR / pages), new BodyScore(cleanedP / pages, cleanedR / pages),
                inputWordF1 / pages, cleanedWordF1 / pages, removedWords, removedNoise, byReason));
        }

        return new CleaningEvaluation(tools, characters / 1e6, clock.Elapsed.TotalSeconds);
    }
}
