namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// Picks the headline and strips the site's name from it.
/// <list type="number">
/// <item>Candidates: the JSON-LD headline, the title meta tags (<see cref="MetaNames.Title"/>), the first
/// <c>h1</c>, and the document's <c>&lt;title&gt;</c>.</item>
/// <item>The declared headline (JSON-LD, then meta) is preferred, as Readability and trafilatura prefer it; a
/// JSON-LD headline cut short with an ellipsis gives way to a meta title that continues it.</item>
/// <item>Without one, the <c>&lt;title&gt;</c> is used, unless it only names the site, in which case the
/// <c>h1</c> is.</item>
/// <item>The chosen title is split at separators (" | ", " - ", " :: "…): a part that another candidate repeats is
/// the headline; otherwise leading and trailing parts that name the site (<see cref="MetadataContext.IsSiteName"/>)
/// are dropped.</item>
/// </list>
/// </summary>
internal static class TitleExtractor
{
    /// <summary>Separators between a headline and a site or section name in titles, with spaces around them.</summary>
    private static readonly Vocabulary _separators = new(
        (" | ", "the most common: 'Headline | Site'"),
        (" - ", "'Headline - Site'"),
        (" – ", "en dash, 'Headline – Site'"),
        (" — ", "em dash, 'Headline — Site'"),
        (" :: ", "'Headline :: Site' (PIXNET, forums)"),
        (" » ", "breadcrumb style 'Site » Section » Headline'"),
        (" « ", "reversed breadcrumbs"),
        (" › ", "breadcrumb style"),
        (" > ", "breadcrumb style"),
        (" · ", "middle dot, 'Headline · Site'"),
        (" • ", "bullet, 'Headline • Site'"),
        (" / ", "'Headline / Site'"),
        (" ~ ", "'Headline ~ Site'"),
        ("_", "Chinese portals: 'Headline_Section_Site'"),
        (" ｜ ", "full-width bar on CJK sites"));

    public static string? Extract(MetadataContext context)
    {
        var metaTitle = context.Meta.FirstOf(MetaNames.Title) is { } meta ? Usable(meta.Value) : null;
        var documentTitle = Usable(context.Page.Title);
        var jsonLd = StructuredHeadline(context.JsonLd, documentTitle ?? metaTitle);
        var heading = Usable(context.Heading);

        var chosen = jsonLd;
        if (chosen is not null && metaTitle is not null && IsCutShort(chosen, metaTitle))
        {
            chosen = metaTitle;
        }

        chosen ??= metaTitle;
        if (chosen is null || context.IsSiteName(chosen))
        {
            chosen = documentTitle is not null && !context.IsSiteName(documentTitle) ? documentTitle : heading ?? documentTitle;
        }

        if (chosen is null)
        {
            return null;
        }

        var others = new[] { jsonLd, metaTitle, heading, documentTitle }.Where(c => c is not null && c != chosen).Select(c => c!).ToList();
        return StripSiteName(chosen, others, context);
    }

    /// <summary>
    /// The JSON-LD headline, or its <c>name</c> when only that is set; when both are set and differ, the one the
    /// page's title repeats (as Readability decides), since one of them is then a description.
    /// </summary>
    private static string? StructuredHeadline(JsonLdArticle jsonLd, string? pageTitle)
    {
        var headline = Usable(jsonLd.Headline);
        var name = Usable(jsonLd.Name);
        if (headline is null || name is null || pageTitle is null || MetadataText.Key(headline) == MetadataText.Key(name))
        {
            return headline ?? name;
        }

        var titleKey = MetadataText.Key(pageTitle);
        var nameKey = MetadataText.Key(name);
        var headlineKey = MetadataText.Key(headline);
        return nameKey.Length > 0 && titleKey.Contains(nameKey, StringComparison.Ordinal) && !titleKey.Contains(headlineKey, StringComparison.Ordinal) ? name : headline;
    }

    /// <summary>A candidate worth considering: not empty, not absurdly long.</summary>
    private static string? Usable(string? value)
    {
        var cleaned = MetadataText.Clean(value);
        return cleaned.Length is 0 or > 400 ? null : cleaned;
    }

    /// <summary>Google truncates JSON-LD headlines at 110 characters, and some CMSs write them that way.</summary>
    private static bool IsCutShort(string headline, string other)
    {
        var trimmed = headline.TrimEnd('.', '…', ' ');
        return trimmed.Length < headline.Length && other.Length > trimmed.Length && other.StartsWith(trimmed, StringComparison.Ordinal);
    }

    internal static string StripSiteName(string title, IReadOnlyList<string> others, MetadataContext context)
    {
        var (parts, separators) = Split(title);
        if (parts.Count < 2)
        {
            return title;
        }

        // 1. A run of parts that another candidate repeats (an h1 equal to "Headline" in "Headline | Site").
        var titleKey = MetadataText.Key(title);
        var otherKeys = others.Select(o => MetadataText.Key(o)).Where(k => k.Length > 0).ToHashSet();
        var best = (Start: -1, End: -1);
        for (var start = 0; start < parts.Count; start++)
        {
            for (var end = start; end < parts.Count; end++)
            {
                if (start == 0 && end == parts.Count - 1)
                {
                    continue;
                }

                var key = MetadataText.Key(Join(parts, separators, start, end));
                // The headline is most of a title; a short part that repeats the h1 is a blog's or section's name.
                if (key.Length * 3 >= titleKey.Length && otherKeys.Contains(key) && !context.IsSiteName(Join(parts, separators, start, end))
                    && (best.Start < 0 || end - start > best.End - best.Start))
                {
                    best = (start, end);
                }
            }
        }

        if (best.Start >= 0)
        {
            return Join(parts, separators, best.Start, best.End);
        }

        // 2. Drop leading and trailing parts that name the site.
        var first = 0;
        var last = parts.Count - 1;
        while (last > first && context.IsSiteName(parts[last]))
        {
            last--;
        }

        while (first < last && context.IsSiteName(parts[first]))
        {
            first++;
        }

        return Join(parts, separators, first, last);
    }

    /// <summary>The title without one or more of its first or last parts, at title separators.</summary>
    internal static IEnumerable<string> WithoutOuterPart(string title)
    {
        var (parts, separators) = Split(title);
        if (parts.Count < 2)
        {
            yield break;
        }

        for (var cut = 1; cut < parts.Count; cut++)
        {
            yield return Join(parts, separators, cut, parts.Count - 1);
            yield return Join(parts, separators, 0, parts.Count - 1 - cut);
        }
    }

    private static (List<string> Parts, List<string> Separators) Split(string title)
    {
        var parts = new List<string>();
        var separators = new List<string>();
        var position = 0;
        while (position < title.Length && parts.Count < 12)
        {
            var next = -1;
            string? separator = null;
            foreach (var candidate in _separators.Terms)
            {
                // An underscore separates parts only in CJK titles; elsewhere it belongs to a word (file_name).
                if (candidate == "_" && !HasCjk(title))
                {
                    continue;
                }

                var index = title.IndexOf(candidate, position, StringComparison.Ordinal);
                if (index >= 0 && (next < 0 || index < next))
                {
                    next = index;
                    separator = candidate;
                }
            }

            if (next < 0 || separator is null)
            {
                break;
            }

            var part = title[position..next].Trim();
            if (part.Length > 0)
            {
                parts.Add(part);
                separators.Add(separator);
            }

            position = next + separator.Length;
        }

        var rest = title[position..].Trim();
        if (rest.Length > 0)
        {
            parts.Add(rest);
        }
        else if (separators.Count > 0)
        {
            separators.RemoveAt(separators.Count - 1);
        }

        return (parts, separators);
    }

    private static bool HasCjk(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF')
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(List<string> parts, List<string> separators, int start, int end)
    {
        if (start == end)
        {
            return parts[start];
        }

        var builder = new System.Text.StringBuilder(parts[start]);
        for (var i = start + 1; i <= end; i++)
        {
            var separator = i - 1 < separators.Count ? separators[i - 1] : " ";
            builder.Append(separator).Append(parts[i]);
        }

        return builder.ToString();
    }
}
