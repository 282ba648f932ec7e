using System.Collections.Immutable;

namespace Newsdesk.Language.Quotes.Evaluation;

/// <summary>The result of <see cref="QuoteEvaluator.Evaluate"/>: scores at each threshold and the set's size.</summary>
public sealed record QuoteEvaluation(int Articles, int GoldQuotes, int PredictedQuotes, ImmutableArray<QuoteScores> Scores, TimeSpan Elapsed)
{
    /// <summary>The scores at <paramref name="threshold"/>; throws when it was not evaluated.</summary>
    public QuoteScores At(double threshold) =>
        Scores.FirstOrDefault(s => Math.Abs(s.Threshold - threshold) < 1e-9)
        ?? throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "threshold not evaluated");

    /// <summary>Named metrics for gates and JSON: <c>f1@0.3</c>, <c>speaker@0.3</c>, <c>direct-recall@0.3</c>, ….</summary>
    public IReadOnlyDictionary<string, double> Metrics()
    {
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in Scores)
        {
            var t = s.Threshold.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture);
            metrics[$"precision@{t}"] = s.Precision;
            metrics[$"recall@{t}"] = s.Recall;
            metrics[$"f1@{t}"] = s.F1;
            metrics[$"speaker@{t}"] = s.SpeakerAccuracy;
            metrics[$"verb@{t}"] = s.VerbAccuracy;
            metrics[$"direct-recall@{t}"] = s.DirectRecall;
            metrics[$"reported-recall@{t}"] = s.ReportedRecall;
        }

        return metrics;
    }
}
