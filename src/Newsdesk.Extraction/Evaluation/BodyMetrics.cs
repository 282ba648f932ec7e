using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        Overlap(predicted as List<string> ?? [.. predicted], expected as List<string> ?? [.. expected]);

    /// <remarks>Shingles are compared as tuples of word numbers rather than as joined strings: the same multisets
    /// (a word never contains the space that joined them, and a short text's shingle is padded with -1, which no word
    /// number equals), without building and hashing a string per position — that was most of the scoring time of
    /// <c>eval extraction</c>.</remarks>
    public static PrecisionRecall Shingles(IReadOnlyList<string> predicted, IReadOnlyList<string> expected)
    {
        var numbers = new Dictionary<string, int>(expected.Count, StringComparer.Ordinal);
        var expectedShingles = ShinglesOf(expected, numbers);
        return Overlap(ShinglesOf(predicted, numbers), expectedShingles);
    }

    private static List<(int, int, int, int)> ShinglesOf(IReadOnlyList<string> words, Dictionary<string, int> numbers)
    {
        var shingles = new List<(int, int, int, int)>(Math.Max(1, words.Count - ShingleSize + 1));
        if (words.Count == 0)
        {
            return shingles;
        }

        var ids = new int[Math.Max(words.Count, ShingleSize)];
        ids.AsSpan().Fill(-1);
        for (var i = 0; i < words.Count; i++)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, words[i], out var known);
            if (!known)
            {
                number = numbers.Count - 1;
            }

            ids[i] = number;
        }

        for (var i = 0; i + ShingleSize <= ids.Length; i++)
        {
            shingles.Add((ids[i], ids[i + 1], ids[i + 2], ids[i + 3]));
        }

        return shingles;
    }

    private static PrecisionRecall Overlap<T>(List<T> predicted, List<T> expected)
        where T : notnull
    {
        var counts = new Dictionary<T, int>(expected.Count);
        foreach (var item in expected)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, item, out _)++;
        }

        long matched = 0;
        foreach (var item in predicted)
        {
            ref var left = ref CollectionsMarshal.GetValueRefOrNullRef(counts, item);
            if (!Unsafe.IsNullRef(ref left) && left > 0)
            {
                left--;
                matched++;
            }
        }

        return PrecisionRecall.FromCounts(matched, predicted.Count, expected.Count);
    }
}
