using System.Runtime.InteropServices;

namespace Newsdesk.Extraction.Cleaning.Features;

/// <summary>
/// The feature vector the cleaner's classifier sees for each unit: the line's form, vocabulary matches, its position
/// in the document, its neighbours, repetition inside the document and across the corpus. Features describe the
/// shape of text, never its words (apart from the named vocabularies), so that a model trained on one set of pages
/// carries over to other sites and other extractors. Thread-safe.
/// </summary>
public static class UnitFeatures
{
    /// <summary>Feature names, in vector order; a model file records them and is refused when they differ.</summary>
    public static IReadOnlyList<string> Names { get; } = BuildNames();

    private static readonly PhraseMatcher[] _matchers = [.. BoilerplateVocabulary.All.Select(c => new PhraseMatcher(c))];

    // Per class, its label words (null when it has none): evidence only where the line reads as a label.
    private static readonly PhraseMatcher?[] _labelMatchers =
        [.. BoilerplateVocabulary.All.Select(c => c.LabelClass is { } labels ? new PhraseMatcher(labels) : null)];

    // Shared by every line that matches no phrase; never written to.
    private static readonly byte[] _noMatch = new byte[BoilerplateVocabulary.All.Count];

    // One search for the phrases of every class: most lines match none, and one vectorised pass rules them all out.
    private static readonly PhraseMatcher _anyPhrase = new(new BoilerplateVocabulary.PhraseClass(
        "any", "every class at once", [.. BoilerplateVocabulary.All.SelectMany(c => c.AllPhrases).Distinct(StringComparer.Ordinal)]));

    /// <summary>Lines with more words than this are not checked against the vocabularies: they are prose.</summary>
    internal const int VocabularyMaxWords = 30;

    /// <summary>The shapes and vocabulary matches of <paramref name="units"/>, measured once and shared by the rules and
    /// the features.</summary>
    public static UnitProfile[] Profile(IReadOnlyList<CleaningUnit> units, SiteBoilerplateIndex index)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(index);
        // First the keys, so that each profile is made once with its repeat count.
        // Units with the same key form a group: its first unit and its size. One hash lookup per unit.
        var n = units.Count;
        var keys = new ulong[n];
        var letterKeys = new ulong[n];
        var groupOf = new int[n];
        var groupFirst = new int[n];
        var groupSize = new int[n];
        var groups = 0;
        var groupByKey = new Dictionary<ulong, int>(n);
        for (var i = 0; i < n; i++)
        {
            keys[i] = LineKey.Of(units[i].Text, out letterKeys[i]);
            if (keys[i] == 0)
            {
                continue;
            }

            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(groupByKey, keys[i], out var exists);
            if (!exists)
            {
                group = groups++;
                groupFirst[group] = i;
            }

            groupOf[i] = group;
            groupSize[group]++;
        }

        // The shapes, then the corpus counts in a loop of their own: the index is megabytes and nearly every lookup
        // misses the cache; with nothing else in the loop the processor overlaps the misses.
        var shapes = new LineShape[n];
        var corpusCounts = new int[n];
        for (var i = 0; i < n; i++)
        {
            shapes[i] = LineShape.Measure(units[i].Text);
        }

        for (var i = 0; i < n; i++)
        {
            corpusCounts[i] = shapes[i].Words <= SiteBoilerplateIndexBuilder.MaxLineWords ? index.CorpusCountOfKey(letterKeys[i]) : 0;
        }

        var profiles = new UnitProfile[n];
        for (var i = 0; i < n; i++)
        {
            var text = units[i].Text;
            var shape = shapes[i];
            var vocabulary = _noMatch;
            if (shape.Words <= VocabularyMaxWords && _anyPhrase.IsMatch(text))
            {
                vocabulary = new byte[_matchers.Length];
                for (var m = 0; m < _matchers.Length; m++)
                {
                    vocabulary[m] = _matchers[m].IsMatch(text) ? (_matchers[m].IsWholeLine(text) ? (byte)2 : (byte)1) : (byte)0;
                    if (vocabulary[m] != 2 && _labelMatchers[m] is { } labels && labels.IsLabel(text, shape))
                    {
                        vocabulary[m] = labels.IsWholeLine(text) ? (byte)2 : (byte)1;
                    }
                }
            }

            var key = keys[i];
            var corpus = corpusCounts[i];
            profiles[i] = new UnitProfile(shape, vocabulary, key, key == 0 ? i : groupFirst[groupOf[i]],
                TrailingCredit.EndsWithCredit(text, out var captionWords), captionWords, corpus)
            {
                Repeats = key == 0 ? 1 : groupSize[groupOf[i]],
            };
        }

        return profiles;
    }

    /// <summary>Writes the feature vectors of every unit into a new array of <c>units.Count * Names.Count</c> values
    /// (row-major).</summary>
    public static float[] Compute(IReadOnlyList<CleaningUnit> units, UnitProfile[] profiles)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(profiles);
        var n = units.Count;
        var width = Names.Count;
        var values = new float[n * width];
        if (n == 0)
        {
            return values;
        }

        // Document-level measures: total size, how noisy the document looks overall (share of short lines), where
        // its long prose sits (the article is the stretch of long, punctuated lines; menus come before it and
        // footers after), and its longest line.
        var logWords = new float[n];
        var totalWords = 0;
        var shortUnits = 0;
        var proseWords = 0;
        var longest = 0;
        for (var i = 0; i < n; i++)
        {
            var words = profiles[i].Shape.Words;
            logWords[i] = MathF.Log(1 + words);
            totalWords += words;
            shortUnits += words < 5 ? 1 : 0;
            proseWords += IsProse(profiles[i]) ? words : 0;
            longest = words > profiles[longest].Shape.Words ? i : longest;
        }

        var blockSizes = new int[units.Max(u => u.Block) + 1];
        foreach (var unit in units)
        {
            blockSizes[unit.Block]++;
        }

        using var echo = new LineEcho(units);
        var wordsBefore = 0;
        var proseBefore = 0;
        var lineInBlock = 0;
        for (var i = 0; i < n; i++)
        {
            var p = profiles[i];
            var s = p.Shape;
            var row = values.AsSpan(i * width, width);
            var f = 0;
            row[f++] = logWords[i];
            row[f++] = MathF.Log(1 + units[i].Text.Length);
            row[f++] = s.EndsSentence ? 1 : 0;
            row[f++] = s.EndsWithColon ? 1 : 0;
            row[f++] = s.EndsWithQuestion ? 1 : 0;
            row[f++] = s.StartsUpper ? 1 : 0;
            row[f++] = s.StartsLower ? 1 : 0;
            row[f++] = s.Words == 0 ? 0 : (float)s.CapitalisedWords / s.Words;
            row[f++] = s.Letters + s.Digits == 0 ? 0 : (float)s.Digits / (s.Letters + s.Digits);
            row[f++] = (float)s.Symbols / Math.Max(1, units[i].Text.Length);
            row[f++] = s.Words == 0 ? 0 : (float)(s.Letters + s.Digits) / s.Words;
            row[f++] = MathF.Log(1 + s.InnerSentenceEnds);
            row[f++] = Math.Min(5, s.Separators);
            row[f++] = s.HasUrl ? 1 : 0;
            row[f++] = LineShape.StartsWithBullet(units[i].Text) ? 1 : 0;
            row[f++] = p.TrailingCredit ? 1 : 0;
            foreach (var v in p.Vocabulary)
            {
                row[f++] = v;
            }

            row[f++] = n == 1 ? 0.5f : (float)i / (n - 1);
            row[f++] = totalWords == 0 ? 0 : (float)wordsBefore / totalWords;
            row[f++] = MathF.Log(1 + totalWords);
            row[f++] = (float)shortUnits / n;
            row[f++] = WindowMean(logWords, i, 2);
            row[f++] = WindowMean(logWords, i, 5);
            row[f++] = WindowShare(profiles, i, 3);
            row[f++] = proseWords == 0 ? 0 : (float)proseBefore / proseWords;
            row[f++] = proseWords == 0 ? 0 : (float)(proseWords - proseBefore - (IsProse(p) ? s.Words : 0)) / proseWords;
            lineInBlock = i > 0 && units[i - 1].Block == units[i].Block ? lineInBlock + 1 : 0;
            row[f++] = MathF.Log(blockSizes[units[i].Block]);
            row[f++] = Math.Min(lineInBlock, 5);
            row[f++] = Math.Min(p.Repeats - 1, 5);
            row[f++] = p.FirstIndex < i ? 1 : 0;
            row[f++] = MathF.Log(1 + Math.Max(0, p.CorpusCount - 1));
            row[f++] = i + 1 < n ? Echo(i, i + 1) : 0;
            row[f++] = i > 0 ? Echo(i, i - 1) : 0;
            row[f++] = (float)units[i].Kind;
            row[f++] = s.Words <= 12 && HasYear(units[i].Text) ? 1 : 0;
            row[f++] = s.Words <= 10 && StartsWithBy(units[i].Text) ? 1 : 0;
            row[f++] = i + 1 < n ? logWords[i + 1] : -1;
            row[f++] = i > 0 ? logWords[i - 1] : -1;
            row[f++] = (float)Math.Abs(i - longest) / n;
            row[f++] = totalWords == 0 ? 0 : (float)proseWords / totalWords;
            row[f++] = MathF.Log(1 + Math.Min(i, n - 1 - i));

            wordsBefore += s.Words;
            proseBefore += IsProse(p) ? s.Words : 0;
        }

        return values;

        float Echo(int unit, int neighbour)
        {
            var words = profiles[unit].Shape.Words;
            if (words == 0 || words > 40 || profiles[neighbour].Shape.Words < words)
            {
                return 0;
            }

            return echo.Of(unit, neighbour);
        }
    }

    /// <summary>A line that reads like article prose: long enough and ending a sentence.</summary>
    internal static bool IsProse(UnitProfile profile) => profile.Shape.Words >= 15 && profile.Shape.EndsSentence;

    private static string[] BuildNames()
    {
        var names = new List<string>
        {
            "log-words", "log-chars", "ends-sentence", "ends-colon", "ends-question", "starts-upper", "starts-lower",
            "capitalised-share", "digit-share", "symbol-share", "mean-word-length", "log-inner-sentences", "separators",
            "has-url", "bullet", "trailing-credit",
        };
        names.AddRange(BoilerplateVocabulary.All.Select(c => "vocabulary-" + c.Reason));
        names.AddRange(
        [
            "relative-position", "words-before-share", "doc-log-words", "doc-short-share", "window2-log-words",
            "window5-log-words", "window3-sentence-share", "prose-before-share", "prose-after-share", "log-block-lines",
            "line-in-block", "repeats-in-doc", "repeats-earlier", "log-corpus-docs", "echoes-next", "echoes-previous",
            "paragraph-kind", "has-year", "starts-with-by", "next-log-words", "previous-log-words", "distance-to-longest",
            "doc-prose-share", "log-edge-distance",
        ]);
        return [.. names];
    }

    private static float WindowMean(float[] values, int at, int radius)
    {
        var sum = 0f;
        var count = 0;
        for (var j = Math.Max(0, at - radius); j <= Math.Min(values.Length - 1, at + radius); j++)
        {
            if (j != at)
            {
                sum += values[j];
                count++;
            }
        }

        return count == 0 ? 0 : sum / count;
    }

    private static float WindowShare(UnitProfile[] profiles, int at, int radius)
    {
        var hits = 0;
        var count = 0;
        for (var j = Math.Max(0, at - radius); j <= Math.Min(profiles.Length - 1, at + radius); j++)
        {
            if (j != at)
            {
                hits += profiles[j].Shape.EndsSentence ? 1 : 0;
                count++;
            }
        }

        return count == 0 ? 0 : (float)hits / count;
    }

    private static bool HasYear(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0')
                && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                && (i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithBy(ReadOnlySpan<char> text) =>
        text.Length > 4 && text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && char.IsUpper(text[3]);
}
