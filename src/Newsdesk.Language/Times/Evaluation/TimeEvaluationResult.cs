using System.Collections.Immutable;

namespace Newsdesk.Times.Evaluation;

/// <summary>One disagreement with the gold annotation, for error analysis.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Kind"><c>missed</c>, <c>spurious</c>, <c>extent</c>, <c>type</c> or <c>value</c>.</param>
/// <param name="Gold">The gold expression as <c>"text" TYPE value</c>, or empty.</param>
/// <param name="Predicted">The predicted expression in the same form, or empty.</param>
/// <param name="Context">The surrounding text.</param>
public sealed record TimeEvaluationError(string DocumentId, string Kind, string Gold, string Predicted, string Context);

/// <summary>
/// TempEval-3 task A figures (UzZaman et al. 2013): strict (same span) and relaxed (overlapping span) extent
/// precision, recall and F1; type and value accuracy over the relaxed matches; value F1 = relaxed F1 × value
/// accuracy.
/// </summary>
public sealed record TimeEvaluationResult
{
    public required int Documents { get; init; }

    public required int GoldCount { get; init; }

    public required int PredictedCount { get; init; }

    public required int StrictMatches { get; init; }

    public required int RelaxedMatches { get; init; }

    public required int TypeCorrect { get; init; }

    public required int ValueCorrect { get; init; }

    /// <summary>Files that could not be read, with the reason; they are left out of the figures.</summary>
    public ImmutableArray<string> Problems { get; init; } = [];

    public ImmutableArray<TimeEvaluationError> Errors { get; init; } = [];

    /// <summary>Characters of text evaluated and the wall-clock seconds the recognizer took on them in the scoring
    /// pass, which includes JIT compilation and static initialisation (a cold start, not a speed figure).</summary>
    public long Characters { get; init; }

    public double Seconds { get; init; }

    /// <summary>The warm speed on the same texts, when it was measured.</summary>
    public TimeSpeed? Speed { get; init; }

    public double StrictPrecision => Ratio(StrictMatches, PredictedCount);

    public double StrictRecall => Ratio(StrictMatches, GoldCount);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(RelaxedMatches, PredictedCount);

    public double RelaxedRecall => Ratio(RelaxedMatches, GoldCount);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    public double TypeF1 => RelaxedF1 * TypeAccuracy;

    public double ValueF1 => RelaxedF1 * ValueAccuracy;

    /// <summary>The figures by the names <c>--min</c> floors use.</summary>
    public IReadOnlyDictionary<string, double> Metrics
    {
        get
        {
            var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal)
            {
                ["strict-precision"] = StrictPrecision,
                ["strict-recall"] = StrictRecall,
                ["strict-f1"] = StrictF1,
                ["relaxed-precision"] = RelaxedPrecision,
                ["relaxed-recall"] = RelaxedRecall,
                ["relaxed-f1"] = RelaxedF1,
                ["type-accuracy"] = TypeAccuracy,
                ["value-accuracy"] = ValueAccuracy,
                ["type-f1"] = TypeF1,
                ["value-f1"] = ValueF1,
            };
            if (Speed is { } speed)
            {
                // Megabytes of text per CPU second, warm: the "2 MB/s on one core".
                metrics["speed-mb-per-cpu-s"] = speed.CpuMegabytesPerSecond;
            }

            return metrics;
        }
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
