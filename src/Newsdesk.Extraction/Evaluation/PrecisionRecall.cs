namespace Newsdesk.Extraction.Evaluation;

/// <summary>Precision, recall and their harmonic mean F1, each from 0 to 1.</summary>
public readonly record struct PrecisionRecall(double Precision, double Recall, double F1)
{
    /// <summary>From overlap counts: <paramref name="matched"/> of <paramref name="predicted"/> predicted items and
    /// <paramref name="expected"/> expected items. Both empty scores 1 (nothing to find, nothing found); one empty
    /// scores 0.</summary>
    public static PrecisionRecall FromCounts(long matched, long predicted, long expected)
    {
        if (predicted == 0 && expected == 0)
        {
            return new PrecisionRecall(1, 1, 1);
        }

        if (predicted == 0 || expected == 0)
        {
            return new PrecisionRecall(predicted == 0 ? 1 : 0, expected == 0 ? 1 : 0, 0);
        }

        var precision = (double)matched / predicted;
        var recall = (double)matched / expected;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PrecisionRecall(precision, recall, f1);
    }
}
