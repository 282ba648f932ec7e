using System.Collections.Frozen;
using System.Text;

namespace Newsdesk.Extraction.Evaluation;

/// <summary>
/// How an extracted metadata field is compared with the truth (docs/extraction-eval.md, "Fields"). Each rule
/// forgives differences of form a reader would not call an error, and nothing else.
/// </summary>
public static class FieldMatcher
{
    /// <summary>Words that join or introduce names and say nothing about who wrote the piece.</summary>
    private static readonly FrozenSet<string> _authorFillers = new[]
    {
        "by", // "By Jane Doe": bylines written with the preposition
        "and", // "A and B": a list written as prose
        "und", // German "A und B"
        "von", // German "von Jane Doe" as a byline preposition
        "par", // French "par Jane Doe"
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Titles: equal after Unicode NFKC, lowercasing, unifying quote marks and dashes, and collapsing
    /// whitespace.</summary>
    public static bool TitleMatches(string? predicted, string expected) =>
        predicted is not null && NormalizeText(predicted) == NormalizeText(expected);

    /// <summary>Authors: the same multiset of name words (lowercased letters and digits), ignoring separators, order
    /// and the filler words "by", "and" (so <c>["A", "B"]</c> equals <c>["A and B"]</c>).</summary>
    public static bool AuthorsMatch(IReadOnlyList<string> predicted, IReadOnlyList<string> expected)
    {
        var left = AuthorWords(predicted);
        var right = AuthorWords(expected);
        return left.Count > 0 && left.SequenceEqual(right, StringComparer.Ordinal);
    }

    /// <summary>Dates: the same calendar day (<c>YYYY-MM-DD</c>), the precision every set labels.</summary>
    public static bool DateMatches(string? predicted, string expected) =>
        predicted is { Length: >= 10 } && expected.Length >= 10 && predicted.AsSpan(0, 10).SequenceEqual(expected.AsSpan(0, 10));

    /// <summary>Languages: the same primary subtag, case-insensitive (<c>en-US</c> equals <c>en</c>).</summary>
    public static bool LanguageMatches(string? predicted, string expected) =>
        predicted is not null && PrimarySubtag(predicted).Equals(PrimarySubtag(expected), StringComparison.OrdinalIgnoreCase);

    /// <summary>Site names: as titles.</summary>
    public static bool SiteMatches(string? predicted, string expected) => TitleMatches(predicted, expected);

    internal static string NormalizeText(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var raw in normalized)
        {
            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u2032' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static List<string> AuthorWords(IReadOnlyList<string> names)
    {
        var words = new List<string>();
        foreach (var name in names)
        {
            foreach (var word in WordTokens.Split(name.Normalize(NormalizationForm.FormKC)))
            {
                if (!_authorFillers.Contains(word))
                {
                    words.Add(word);
                }
            }
        }

        words.Sort(StringComparer.Ordinal);
        return words;
    }

    private static ReadOnlySpan<char> PrimarySubtag(string tag)
    {
        var span = tag.AsSpan().Trim();
        var cut = span.IndexOfAny('-', '_');
        return cut < 0 ? span : span[..cut];
    }
}
