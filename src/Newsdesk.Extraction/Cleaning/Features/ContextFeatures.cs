namespace Newsdesk.Extraction.Cleaning.Features;

/// <summary>
/// The second look of the cleaner's classifier: features read from the first stage's article probabilities of the
/// whole document (stacking, Wolpert 1992). Article text is one stretch of a page, so a unit's neighbours say much
/// about it; and how much of a document the first stage believes is article says what kind of input it is: a whole
/// page dump is mostly noise, the output of an extractor mostly body, and the same unit deserves a different verdict in
/// each (issue 4: "input-kind-aware features"). Steps:
/// <list type="number">
/// <item>The unit's own first-stage probability, and those of its neighbours, weighted by their words.</item>
/// <item>The document's word-weighted mean probability (its estimated article share) and the share of its units
/// called article.</item>
/// <item>The best stretch: the run of units with the largest sum of <c>(p − ½)·(words + 1)</c> (the maximum-sum
/// subarray, Kadane's algorithm); whether the unit lies in it, and how far from it.</item>
/// <item>The share of the document's article words (by the first stage) that come before and after the unit.</item>
/// </list>
/// Thread-safe.
/// </summary>
public static class ContextFeatures
{
    /// <summary>Feature names, in vector order after <see cref="UnitFeatures.Names"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "first-stage", "first-stage-previous", "first-stage-next", "first-stage-window2", "first-stage-window5",
        "doc-article-share", "doc-article-units", "in-best-stretch", "distance-to-best-stretch", "best-stretch-share",
        "article-before-share", "article-after-share",
    ];

    /// <summary>The width of a second-stage row: the unit features then these.</summary>
    public static int Width => UnitFeatures.Names.Count + Names.Count;

    /// <summary>Writes second-stage rows: each unit's row of <paramref name="unitRows"/> followed by its context
    /// features, into a new array of <c>profiles.Length * Width</c> values.</summary>
    /// <param name="profiles">The units' profiles (for their word counts).</param>
    /// <param name="unitRows">The units' <see cref="UnitFeatures"/> rows, row-major.</param>
    /// <param name="firstStage">The first stage's probability that each unit is article text.</param>
    public static float[] Compute(UnitProfile[] profiles, ReadOnlySpan<float> unitRows, ReadOnlySpan<float> firstStage)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var n = profiles.Length;
        var unitWidth = UnitFeatures.Names.Count;
        var width = Width;
        var rows = new float[n * width];
        if (n == 0)
        {
            return rows;
        }

        var weight = new float[n];
        double totalWeight = 0, articleWeight = 0, articleWords = 0;
        var articleUnits = 0;
        for (var i = 0; i < n; i++)
        {
            weight[i] = profiles[i].Shape.Words + 1;
            totalWeight += weight[i];
            articleWeight += weight[i] * firstStage[i];
            articleUnits += firstStage[i] >= 0.5f ? 1 : 0;
            articleWords += firstStage[i] >= 0.5f ? weight[i] : 0;
        }

        var (bestStart, bestEnd) = BestStretch(firstStage, weight);
        double bestWeight = 0;
        for (var i = bestStart; i < bestEnd; i++)
        {
            bestWeight += weight[i];
        }

        double articleBefore = 0;
        for (var i = 0; i < n; i++)
        {
            var row = rows.AsSpan(i * width, width);
            unitRows.Slice(i * unitWidth, unitWidth).CopyTo(row);
            var f = unitWidth;
            var own = firstStage[i] >= 0.5f ? weight[i] : 0;
            row[f++] = firstStage[i];
            row[f++] = i > 0 ? firstStage[i - 1] : -1;
            row[f++] = i + 1 < n ? firstStage[i + 1] : -1;
            row[f++] = WindowMean(firstStage, weight, i, 2);
            row[f++] = WindowMean(firstStage, weight, i, 5);
            row[f++] = (float)(articleWeight / totalWeight);
            row[f++] = (float)articleUnits / n;
            row[f++] = i >= bestStart && i < bestEnd ? 1 : 0;
            row[f++] = bestEnd <= bestStart ? 1 : (float)(i < bestStart ? bestStart - i : i >= bestEnd ? i - bestEnd + 1 : 0) / n;
            row[f++] = (float)(bestWeight / totalWeight);
            row[f++] = articleWords == 0 ? 0 : (float)(articleBefore / articleWords);
            row[f++] = articleWords == 0 ? 0 : (float)((articleWords - articleBefore - own) / articleWords);
            articleBefore += own;
        }

        return rows;
    }

    /// <summary>The units <c>[start, end)</c> with the largest sum of <c>(p − ½)·weight</c>; empty when every unit
    /// leans to noise.</summary>
    internal static (int Start, int End) BestStretch(ReadOnlySpan<float> probability, ReadOnlySpan<float> weight)
    {
        double best = 0, running = 0;
        int bestStart = 0, bestEnd = 0, start = 0;
        for (var i = 0; i < probability.Length; i++)
        {
            if (running <= 0)
            {
                running = 0;
                start = i;
            }

            running += (probability[i] - 0.5) * weight[i];
            if (running > best)
            {
                best = running;
                bestStart = start;
                bestEnd = i + 1;
            }
        }

        return (bestStart, bestEnd);
    }

    private static float WindowMean(ReadOnlySpan<float> values, ReadOnlySpan<float> weight, int at, int radius)
    {
        double sum = 0, total = 0;
        for (var j = Math.Max(0, at - radius); j <= Math.Min(values.Length - 1, at + radius); j++)
        {
            if (j != at)
            {
                sum += values[j] * weight[j];
                total += weight[j];
            }
        }

        return total == 0 ? -1 : (float)(sum / total);
    }
}
