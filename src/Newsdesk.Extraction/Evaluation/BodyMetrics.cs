namespace Newsdesk.Extraction.Evaluation;

/// <summary>
/// Body overlap metrics of one page (docs/extraction-eval.md):
/// <list type="bullet">
/// <item><b>bag of words</b> (WCXB): precision, recall and F1 of the multisets of lowercased <c>\w+</c> words of the
/// extracted text and of the truth body; an empty truth scores 1 only when the extraction is empty too;</item>
/// <item><b>4-shingles</b>: the same over the multisets of word 4-grams (consecutive words, across paragraph
/// breaks), which also rewards the right order and punishes text pasted from elsewhere more than single words do.
/// A text of 1–3 words is one shingle of its words.</item>
/// </list>
/// </summary>
public static class BodyMetrics
{
    public const int ShingleSize = 4;

    public static PrecisionRecall BagOfWords(IReadOnlyList<string> predicted, IReadOnlyList<string> expected) =>
        Overlap(predicted, expected);

    public static PrecisionRecall Shingles(IReadOnlyList<string> predicted, IReadOnlyList<string> expected) =>
        Overlap(ShinglesOf(predicted), ShinglesOf(expected));

    private static List<string> ShinglesOf(IReadOnlyList<string> words)
    {
        var shingles = new List<string>(Math.Max(0, words.Count - ShingleSize + 1));
        if (words.Count == 0)
        {
            return shingles;
        }

        if (words.Count < ShingleSize)
        {
            shingles.Add(string.Join(' ', words));
            return shingles;
        }

        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            shingles.Add(string.Concat(words[i], " ", words[i + 1], " ", words[i + 2], " ", words[i + 3]));
        }

        return shingles;
    }

    private static PrecisionRecall Overlap(IReadOnlyList<string> predicted, IReadOnlyList<string> expected)
    {
        var counts = new Dictionary<string, int>(expected.Count, StringComparer.Ordinal);
        foreach (var item in expected)
        {
            counts[item] = counts.GetValueOrDefault(item) + 1;
        }

        long matched = 0;
        foreach (var item in predicted)
        {
            if (counts.TryGetValue(item, out var left) && left > 0)
            {
                counts[item] = left - 1;
                matched++;
            }
        }

        return PrecisionRecall.FromCounts(matched, predicted.Count, expected.Count);
    }
}
