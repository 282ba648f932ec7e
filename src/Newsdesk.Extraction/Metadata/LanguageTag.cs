namespace Newsdesk.Extraction.Metadata;

/// <summary>Reduces declared languages (<c>en-US</c>, <c>en_GB</c>, <c>DE</c>, <c>English</c>) to a lower-case
/// primary subtag (ISO 639-1 where one exists). Thread-safe.</summary>
internal static class LanguageTag
{
    /// <summary>Language names some pages write instead of codes.</summary>
    private static readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["german"] = "de", ["deutsch"] = "de", ["french"] = "fr", ["français"] = "fr",
        ["francais"] = "fr", ["spanish"] = "es", ["español"] = "es", ["espanol"] = "es", ["italian"] = "it",
        ["italiano"] = "it", ["portuguese"] = "pt", ["português"] = "pt", ["dutch"] = "nl", ["nederlands"] = "nl",
        ["russian"] = "ru", ["polish"] = "pl", ["polski"] = "pl", ["chinese"] = "zh", ["japanese"] = "ja",
    };

    /// <summary>The primary subtag, or null when <paramref name="value"/> is not a language tag.</summary>
    public static string? Primary(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        // "content-language" may list several: "de, en".
        var comma = text.IndexOfAny([',', ';']);
        if (comma > 0)
        {
            text = text[..comma].Trim();
        }

        if (_names.TryGetValue(text, out var named))
        {
            return named;
        }

        var cut = text.IndexOfAny(['-', '_']);
        var primary = cut > 0 ? text[..cut] : text;
        if (primary.Length is < 2 or > 3 || !primary.All(char.IsAsciiLetter))
        {
            return null;
        }

        primary = primary.ToLowerInvariant();
        // Undetermined, multiple, and the x- private-use prefix say nothing.
        return primary is "und" or "mul" or "zxx" or "xx" ? null : primary;
    }

    /// <summary>The region subtag (<c>US</c> in <c>en-US</c>), upper-cased, or null.</summary>
    public static string? Region(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var parts = value.Trim().Split('-', '_');
        return parts.Length >= 2 && parts[1].Length == 2 ? parts[1].ToUpperInvariant() : null;
    }
}
