namespace Newsdesk.Extraction.Evaluation;

/// <summary>
/// The snippet metric of trafilatura's evaluation: a <c>with</c> snippet found in the extracted text is a true
/// positive, else a false negative; a <c>without</c> snippet found is a false positive, else a true negative.
/// Matching is exact and case-sensitive after collapsing every run of whitespace (in both texts) to one space.
/// Counts are summed over pages before computing the rates.
/// </summary>
public readonly record struct SnippetCounts(long TruePositives, long FalseNegatives, long FalsePositives, long TrueNegatives)
{
    public static SnippetCounts Score(string extracted, IReadOnlyList<string> with, IReadOnlyList<string> without)
    {
        ArgumentNullException.ThrowIfNull(with);
        ArgumentNullException.ThrowIfNull(without);
        var text = CollapseWhitespace(extracted);
        long tp = 0, fn = 0, fp = 0, tn = 0;
        foreach (var snippet in with)
        {
            if (text.Contains(CollapseWhitespace(snippet), StringComparison.Ordinal))
            {
                tp++;
            }
            else
            {
                fn++;
            }
        }

        foreach (var snippet in without)
        {
            if (text.Contains(CollapseWhitespace(snippet), StringComparison.Ordinal))
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }

        return new SnippetCounts(tp, fn, fp, tn);
    }

    public static SnippetCounts operator +(SnippetCounts a, SnippetCounts b) => new(
        a.TruePositives + b.TruePositives, a.FalseNegatives + b.FalseNegatives,
        a.FalsePositives + b.FalsePositives, a.TrueNegatives + b.TrueNegatives);

    public long Total => TruePositives + FalseNegatives + FalsePositives + TrueNegatives;

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    /// <summary>2TP / (2TP + FP + FN).</summary>
    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    private static double Ratio(long numerator, long denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    internal static string CollapseWhitespace(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
