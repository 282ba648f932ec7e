namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// A small language identifier for pages that do not declare their language: the script decides for scripts used by
/// one language family (Han, kana, Hangul, Arabic, Hebrew, Greek, Thai, Devanagari); for Latin and Cyrillic text
/// the language whose function words (<see cref="StopwordProfiles"/>) occur most often wins, if clearly. Returns
/// null when unsure. Lingua would cover more languages but loads hundreds of megabytes; this costs microseconds.
/// Thread-safe.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>Only the start of the text is read: a few thousand words decide as well as a whole page.</summary>
    private const int MaxChars = 20_000;

    /// <summary>Fewer function-word hits than this is too little evidence.</summary>
    private const int MinHits = 8;

    /// <summary>The winner needs this many times the runner-up's hits (close languages: da/no, cs/pl).</summary>
    private const double MinMargin = 1.25;

    public static string? Detect(string text)
    {
        var span = text.AsSpan(0, Math.Min(text.Length, MaxChars));
        if (ByScript(span) is { } byScript)
        {
            return byScript;
        }

        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        Span<char> lower = stackalloc char[32];
        while (position < span.Length)
        {
            while (position < span.Length && !char.IsLetter(span[position]))
            {
                position++;
            }

            var start = position;
            while (position < span.Length && char.IsLetter(span[position]))
            {
                position++;
            }

            var word = span[start..position];
            if (word.Length is 0 or > 32)
            {
                continue;
            }

            var length = word.ToLowerInvariant(lower);
            var key = new string(lower[..length]);
            foreach (var (language, words) in StopwordProfiles.ByLanguage)
            {
                if (words.Contains(key))
                {
                    hits[language] = hits.GetValueOrDefault(language) + 1;
                }
            }
        }

        var ranked = hits.OrderByDescending(h => h.Value).ToList();
        if (ranked.Count == 0 || ranked[0].Value < MinHits)
        {
            return null;
        }

        if (ranked.Count > 1 && ranked[0].Value < ranked[1].Value * MinMargin)
        {
            return null;
        }

        return ranked[0].Key;
    }

    private static string? ByScript(ReadOnlySpan<char> text)
    {
        int latin = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0, arabic = 0, hebrew = 0, greek = 0, thai = 0, devanagari = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F': latin++; break;
                case >= '\u0400' and <= '\u04FF': cyrillic++; break;
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\u4E00' and <= '\u9FFF': han++; break;
                case >= '\uAC00' and <= '\uD7AF': hangul++; break;
                case >= '\u0600' and <= '\u06FF': arabic++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case >= '\u0E00' and <= '\u0E7F': thai++; break;
                case >= '\u0900' and <= '\u097F': devanagari++; break;
                default: break;
            }
        }

        var alphabetic = latin + cyrillic;
        var (language, count) = new[]
        {
            (kana > han / 10 && kana > 0 ? "ja" : "zh", han + kana),
            ("ko", hangul), ("ar", arabic), ("he", hebrew), ("el", greek), ("th", thai), ("hi", devanagari),
        }.MaxBy(s => s.Item2);
        // Han characters carry a word each, so fewer of them outweigh Latin letters.
        var weight = language is "zh" or "ja" ? count * 3 : count;
        return weight > alphabetic && count >= 20 ? language : null;
    }
}
