using System.Text.RegularExpressions;

namespace Newsdesk.Extraction.Evaluation;

/// <summary>
/// The title and author rules of <c>eval extraction</c> (docs/extraction-eval.md, "Fields"). Labels such as
/// mozilla's are another tool's raw output ("Headline | Site", "By Jane Doe March 25, 2015"), while the issue asks
/// Newsdesk for a title without the site's name and for authors cleaned of "By" and dates. These rules forgive
/// exactly those differences of form and nothing else; <see cref="FieldMatcher"/> keeps the strict rules, reported
/// beside these. Independent of the extractor's own code on purpose: a bug in the extractor's cleaning must not be
/// hidden by applying the same cleaning to the label. Thread-safe.
/// </summary>
public static partial class MetadataMatcher
{
    /// <summary>Separators between a headline and a site's name (after <see cref="FieldMatcher.NormalizeText"/>,
    /// which maps every dash to '-').</summary>
    private static readonly string[] _titleSeparators = [" | ", " - ", " :: ", " : ", ": ", " · ", " • ", " » ", " « ", " / ", " ~ ", " ｜ "];

    /// <summary>Words a byline starts with that are not part of a name (English, German, French).</summary>
    private static readonly string[] _bylinePrepositions = ["by", "von", "par"];

    /// <summary>Words that join the names of a list written as prose ("A and B", "A und B", "A et B", "A &amp; B").</summary>
    private static readonly HashSet<string> _listConnectives = new(StringComparer.Ordinal) { "and", "und", "et" };

    /// <summary>
    /// A title matches when it equals the label under <see cref="FieldMatcher.NormalizeText"/> (NFKC, case, quote
    /// marks, dashes, whitespace), or when one of the two is the other followed (or preceded) by a title separator
    /// and a segment that names the site: <paramref name="siteNames"/> (the labelled and the extracted site name)
    /// or the page's host ("eHow" for www.ehow.com). A segment that is a section or a different headline is wrong.
    /// </summary>
    public static bool TitleMatches(string? extracted, string label, IEnumerable<string?> siteNames, string? url)
    {
        ArgumentNullException.ThrowIfNull(siteNames);
        if (string.IsNullOrWhiteSpace(extracted))
        {
            return false;
        }

        var ours = FieldMatcher.NormalizeText(extracted);
        var theirs = FieldMatcher.NormalizeText(label);
        if (ours == theirs)
        {
            return true;
        }

        var sites = SiteKeys(siteNames, url);
        return sites.Count > 0 && (DiffersBySiteSegment(ours, theirs, sites) || DiffersBySiteSegment(theirs, ours, sites));
    }

    /// <summary>True when <paramref name="longer"/> is <paramref name="shorter"/> plus a separator and a site name
    /// after it, or a site name and a separator before it.</summary>
    private static bool DiffersBySiteSegment(string shorter, string longer, HashSet<string> sites)
    {
        if (shorter.Length == 0 || longer.Length <= shorter.Length)
        {
            return false;
        }

        foreach (var separator in _titleSeparators)
        {
            if (longer.StartsWith(shorter + separator, StringComparison.Ordinal)
                && sites.Contains(Key(longer[(shorter.Length + separator.Length)..])))
            {
                return true;
            }

            if (longer.EndsWith(separator + shorter, StringComparison.Ordinal)
                && sites.Contains(Key(longer[..(longer.Length - shorter.Length - separator.Length)])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The letters-and-digits keys a site segment may have: each given name, and each host (the page's, or a
    /// name written as a domain such as "Factorio.com") whole, without its last label, and as its own labels of three
    /// or more letters but the last and "www" ("en.wikipedia.org" gives "wikipedia").</summary>
    private static HashSet<string> SiteKeys(IEnumerable<string?> siteNames, string? url)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in siteNames)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var normalized = FieldMatcher.NormalizeText(name);
            keys.Add(Key(normalized));
            if (normalized.Contains('.', StringComparison.Ordinal) && !normalized.Contains(' ', StringComparison.Ordinal))
            {
                AddHost(keys, normalized);
            }
        }

        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            AddHost(keys, uri.Host);
        }

        keys.Remove(string.Empty);
        return keys;
    }

    private static void AddHost(HashSet<string> keys, string host)
    {
        var labels = host.ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries);
        keys.Add(Key(host));
        if (labels.Length < 2)
        {
            return;
        }

        keys.Add(Key(string.Join('.', labels[..^1])));
        foreach (var label in labels[..^1])
        {
            if (label.Length >= 3 && label != "www")
            {
                keys.Add(Key(label));
            }
        }
    }

    /// <summary>
    /// Authors match when the name words are the same multiset (words as in <see cref="WordTokens"/>, after NFKC,
    /// order and punctuation ignored, the list connectives "and", "und", "et" and "&amp;" dropped on both sides),
    /// after removing from each label string a leading "By", "Von" or "Par" and a date or time written after the
    /// names ("By Jane Doe March 25, 2015 3:46 PM"). An empty extraction never matches. Names the label has and we
    /// lack, or the reverse, are wrong; so are organisations, roles and other words the label keeps.
    /// </summary>
    public static bool AuthorsMatch(IReadOnlyCollection<string> extracted, IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(labels);
        var ours = NameWords(extracted);
        var theirs = NameWords(labels.Select(NormalizeByline));
        return ours.Count > 0 && ours.SequenceEqual(theirs, StringComparer.Ordinal);
    }

    private static string NormalizeByline(string label)
    {
        var text = FieldMatcher.NormalizeText(label);
        foreach (var preposition in _bylinePrepositions)
        {
            if (text.Length > preposition.Length && text.StartsWith(preposition, StringComparison.Ordinal) && !char.IsLetterOrDigit(text[preposition.Length]))
            {
                text = text[preposition.Length..];
                break;
            }
        }

        return TrailingDate().Replace(text, string.Empty);
    }

    private static List<string> NameWords(IEnumerable<string> names)
    {
        var words = names.SelectMany(name => WordTokens.Split(FieldMatcher.NormalizeText(name))).Where(w => !_listConnectives.Contains(w)).ToList();
        words.Sort(StringComparer.Ordinal);
        return words;
    }

    private static string Key(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    /// <summary>A date, optionally with a time, ending the byline: "march 25, 2015", "25 march 2015", "2015-03-25",
    /// "25.03.2015", "3/25/15", each optionally followed by "[at] 3:46 pm". Month names are English, German and
    /// French, possibly abbreviated.</summary>
    [GeneratedRegex(@"[\s,;|/-]*(?:(?:on|am|le|published|updated)\s+)?(?:"
        + @"(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|f[ée]vr|mars|avr|juin|juil|ao[uû]t|d[ée]c)[a-zéû]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
        + @"|\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|f[ée]vr|mars|avr|juin|juil|ao[uû]t|d[ée]c)[a-zéû]*\.?,?\s+\d{4}"
        + @"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
        + @"(?:,?\s+(?:at\s+|um\s+|à\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDate();
}
