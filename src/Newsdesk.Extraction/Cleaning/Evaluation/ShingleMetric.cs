namespace Newsdesk.Extraction.Cleaning.Evaluation;

/// <summary>
/// The article-body metrics of the cleaning evaluation (../shared/data/README.md, "Cleaning set"). Definitions:
/// <list type="bullet">
/// <item><b>Shingle precision/recall</b> of a page: the multisets of word 4-grams (<see cref="BodyWords"/>) of the
/// cleaned text and of the true body; precision = shared 4-grams / 4-grams of the cleaned text, recall = shared /
/// 4-grams of the body. A text of fewer than 4 words is one shingle of all its words. An empty output scores 0 and 0
/// against a non-empty body (removing everything is never rewarded); against an empty body an empty output scores 1.</item>
/// <item><b>Corpus figures</b>: precision and recall averaged over pages; <b>F1</b> is the harmonic mean of those two
/// averages. This reproduces the input figures the issue quotes (page-text 0.725, precision 0.59; readability-js
/// 0.795; readability-lxml 0.676), which is how we know it is the intended metric.</item>
/// <item><b>Word F1</b> (WCXB's own): per page the F1 of the bags of words, averaged over pages.</item>
/// </list>
/// Thread-safe.
/// </summary>
public static class ShingleMetric
{
    public const int ShingleSize = 4;

    public static BodyScore Score(IReadOnlyList<string> predicted, IReadOnlyList<string> truth) =>
        Compare(Shingles(predicted), Shingles(truth));

    /// <summary>The WCXB bag-of-words scores of one page.</summary>
    public static BodyScore WordScore(IReadOnlyList<string> predicted, IReadOnlyList<string> truth)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        return Compare(Count(predicted), Count(truth));
    }

    public static Dictionary<string, int> Shingles(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return shingles;
        }

        if (words.Count < ShingleSize)
        {
            shingles[string.Join(' ', words)] = 1;
            return shingles;
        }

        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            var key = string.Join(' ', words[i], words[i + 1], words[i + 2], words[i + 3]);
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    private static Dictionary<string, int> Count(IReadOnlyList<string> words)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }

    private static BodyScore Compare(Dictionary<string, int> predicted, Dictionary<string, int> truth)
    {
        if (truth.Count == 0)
        {
            return predicted.Count == 0 ? new BodyScore(1, 1) : new BodyScore(0, 0);
        }

        if (predicted.Count == 0)
        {
            return new BodyScore(0, 0);
        }

        long shared = 0;
        foreach (var (key, count) in predicted)
        {
            shared += Math.Min(count, truth.GetValueOrDefault(key));
        }

        return new BodyScore((double)shared / predicted.Values.Sum(), (double)shared / truth.Values.Sum());
    }
}
