using Newsdesk.Documents;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// How an extracted metadata field is compared with a labelled one in evaluation. Labels come from other tools
/// (Readability's raw byline, a benchmark's single author string), so both sides are normalised the same way before
/// comparing; the rules are documented here so that every report means the same thing. Thread-safe.
/// </summary>
public static class MetadataMatcher
{
    /// <summary>
    /// A title matches when, ignoring case, whitespace and punctuation (only letters and digits are compared), it
    /// equals the label, or one of them equals the other with leading or trailing parts removed at a title
    /// separator (" | ", " - " …): Newsdesk strips the site's name ("Headline | Site"), some labels keep it.
    /// </summary>
    public static bool TitleMatches(string? extracted, string label)
    {
        if (string.IsNullOrWhiteSpace(extracted))
        {
            return false;
        }

        var extractedVariants = TitleVariants(extracted);
        return TitleVariants(label).Overlaps(extractedVariants);
    }

    /// <summary>A title equal to the label after collapsing whitespace: the strict figure.</summary>
    public static bool TitleMatchesExactly(string? extracted, string label) =>
        extracted is not null && string.Equals(MetadataText.Clean(extracted), MetadataText.Clean(label), StringComparison.Ordinal);

    private static HashSet<string> TitleVariants(string title)
    {
        var cleaned = MetadataText.Clean(title);
        var variants = new HashSet<string>(StringComparer.Ordinal) { MetadataText.Key(cleaned) };
        foreach (var shorter in TitleExtractor.WithoutOuterPart(cleaned))
        {
            variants.Add(MetadataText.Key(shorter));
        }

        variants.Remove(string.Empty);
        return variants;
    }

    /// <summary>
    /// Authors match when the sets of names are equal after the label strings go through the same cleaning as
    /// extracted bylines (<c>"By Jane Doe and John Roe"</c> is <c>{Jane Doe, John Roe}</c>; roles, dates and
    /// organisation names are dropped) and names are compared by their letters and digits, ignoring case. A label
    /// that names only an organisation thus matches an empty list: Newsdesk's authors are people.
    /// </summary>
    public static bool AuthorsMatch(IReadOnlyCollection<string> extracted, IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(labels);
        var expected = labels.SelectMany(l => AuthorNameCleaner.Clean(l)).Select(n => MetadataText.Key(n)).ToHashSet(StringComparer.Ordinal);
        var actual = extracted.SelectMany(e => AuthorNameCleaner.Clean(e)).Select(n => MetadataText.Key(n)).ToHashSet(StringComparer.Ordinal);
        return expected.SetEquals(actual);
    }

    /// <summary>Authors equal to the label strings after collapsing whitespace and ignoring case: the raw figure.</summary>
    public static bool AuthorsMatchExactly(IReadOnlyCollection<string> extracted, IReadOnlyCollection<string> labels)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(labels);
        var expected = labels.Select(l => MetadataText.Clean(l).ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        return expected.SetEquals(extracted.Select(e => MetadataText.Clean(e).ToUpperInvariant()));
    }

    /// <summary>Dates match on the calendar day as written (time and offset ignored).</summary>
    public static bool DateMatches(NewsDate? extracted, DateOnly label) => extracted is { } date && date.Day == label;

    /// <summary>Languages match on the primary subtag, ignoring case (<c>en</c> matches <c>en-US</c>).</summary>
    public static bool LanguageMatches(string? extracted, string label) =>
        LanguageTag.Primary(extracted) is { } primary && primary == LanguageTag.Primary(label);
}
