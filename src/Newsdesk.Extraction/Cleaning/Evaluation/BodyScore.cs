namespace Newsdesk.Extraction.Cleaning.Evaluation;

/// <summary>A precision/recall pair for one page or averaged over pages.</summary>
public readonly record struct BodyScore(double Precision, double Recall)
{
    /// <summary>The harmonic mean of <see cref="Precision"/> and <see cref="Recall"/> (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
