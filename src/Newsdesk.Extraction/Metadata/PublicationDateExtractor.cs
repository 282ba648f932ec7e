using AngleSharp.Dom;
using Newsdesk.Documents;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// Finds when an article was published. Signals are tried from the most to the least reliable; the first that gives
/// a plausible date (not before <see cref="MetadataOptions.EarliestDate"/>, not after the crawl date) wins:
/// <list type="number">
/// <item>a full date in the URL (<c>/2021/01/08/</c>), which CMSs write at creation time;</item>
/// <item>JSON-LD <c>datePublished</c>;</item>
/// <item>published-time meta tags (<see cref="MetaNames.Published"/>);</item>
/// <item>elements marked <c>itemprop="datePublished"</c>, <c>time[pubdate]</c> and <c>time</c> elements whose class
/// says published;</item>
/// <item>elements whose class or id says date (<see cref="DateVocabulary.DateClasses"/>), read as text, skipping
/// revision dates;</item>
/// <item>the first <c>time</c> element of the article;</item>
/// <item>a dateline in the visible text near the headline, skipping dates labelled as updates;</item>
/// <item>modification dates (meta, JSON-LD), since a revised article is still dated close to its publication;</item>
/// <item>a full date in the path of the page's preview image;</item>
/// <item>the date written most often in the page's text.</item>
/// </list>
/// A moment written in UTC becomes the local day when the page writes the same moment with its offset
/// (<see cref="LocalDayResolver"/>).
/// The order follows htmldate's (URL, header, elements, text) and the rule: published before modified,
/// never later than the crawl date. Thread-safe.
/// </summary>
internal static class PublicationDateExtractor
{
    /// <summary>At most this many elements are examined per search: a page has far fewer date elements.</summary>
    private const int MaxCandidates = 400;

    /// <summary>Date elements with more text than this are containers, not datelines.</summary>
    private const int MaxDatelineLength = 160;

    /// <summary>Pages with more elements than this are searched only in their first part.</summary>
    private const int MaxElements = 50_000;

    public static NewsDate? Extract(MetadataContext context) =>
        Choose(context) is { } date ? LocalDayResolver.Resolve(date, context.Page) : null;

    private static NewsDate? Choose(MetadataContext context)
    {
        var range = context.DateRange;
        var fromUrl = FromUrl(context.Url, range) ?? FromUrl(context.CanonicalUrl, range);
        var jsonLd = Plausible(DateTextParser.ParseValue(context.JsonLd.DatePublished, context.DateOrder), range);
        var meta = FromMeta(context, MetaNames.Published);
        var chosen = fromUrl ?? jsonLd ?? meta;
        if (chosen is { } structured)
        {
            // The URL, JSON-LD and meta tags disagree: the one the page's own dateline repeats is right (a URL
            // written the evening before, a JSON-LD date in UTC, a stale template tag).
            var others = new[] { jsonLd, meta }
                .Where(d => d is { } other && other.Day != structured.Day && !(fromUrl is not null && CouldBeLocalDay(other, structured.Day)))
                .ToList();
            if (others.Count > 0 && Displayed(context) is { } displayed && others.Any(d => d!.Value.Day == displayed.Day))
            {
                return others.First(d => d!.Value.Day == displayed.Day);
            }

            return structured;
        }

        return Displayed(context)
            ?? Plausible(DateTextParser.ParseValue(context.JsonLd.DateModified, context.DateOrder), range)
            ?? FromMeta(context, MetaNames.Modified)
            ?? FromFirstTime(context, insideArticleOnly: false)
            ?? FromImageUrl(context)
            ?? MostFrequentInText(context);
    }

    /// <summary>A full date in the path of the page's preview image (<c>og:image</c> and kin): CMSs file uploads
    /// by day (<c>/uploads/2020/03/04/</c>) when the article is written. htmldate reads it too; it comes after every
    /// date the page states, as an image can be reused from an older article.</summary>
    private static NewsDate? FromImageUrl(MetadataContext context)
    {
        foreach (var (_, value) in context.Meta.AllOf(MetaNames.Image))
        {
            if (FromUrl(value, context.DateRange) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Westernmost and easternmost UTC offsets of inhabited zones a newsroom may write in (Hawaii, Kiribati).</summary>
    private static readonly TimeSpan _westernmostOffset = TimeSpan.FromHours(-10), _easternmostOffset = TimeSpan.FromHours(14);

    /// <summary>
    /// True when the moment <paramref name="date"/> gives (with its time and offset) falls on <paramref name="day"/>
    /// in some inhabited zone: "2023-11-09T05:30Z" is the evening of 8 November in California, so it does not
    /// contradict a URL dated 2023/11/08 that the newsroom wrote in its own zone.
    /// </summary>
    private static bool CouldBeLocalDay(NewsDate? date, DateOnly day)
    {
        if (date is not { TimeOfDay: { } time, Offset: { } offset } value)
        {
            return false;
        }

        var utc = new DateTimeOffset(value.Day.ToDateTime(time), offset).UtcDateTime;
        return DateOnly.FromDateTime(utc + _westernmostOffset) <= day && day <= DateOnly.FromDateTime(utc + _easternmostOffset);
    }

    /// <summary>The date the page shows as its own: marked elements, date classes, a <c>time</c> in the article, a
    /// dateline near the headline.</summary>
    private static NewsDate? Displayed(MetadataContext context) =>
        FromMarkedElements(context)
        ?? FromDateClasses(context)
        ?? FromFirstTime(context, insideArticleOnly: true)
        ?? FromVisibleText(context);

    private static NewsDate? Plausible(NewsDate? date, DateRange range) =>
        date is { } value && range.Contains(value.Day) ? value : null;

    private static NewsDate? FromUrl(string? url, DateRange range) =>
        UrlDateParser.Parse(url) is { } day && range.Contains(day) ? new NewsDate(day) : null;

    private static NewsDate? FromMeta(MetadataContext context, Vocabulary names)
    {
        foreach (var (_, value) in context.Meta.AllOf(names))
        {
            if (Plausible(DateTextParser.ParseValue(value, context.DateOrder), context.DateRange) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Microdata <c>itemprop="datePublished"</c> (or RDFa <c>property</c>), <c>time[pubdate]</c>, and <c>time</c>/<c>abbr</c> elements
    /// whose class says published.</summary>
    private static NewsDate? FromMarkedElements(MetadataContext context)
    {
        var page = context.Page;
        var examined = 0;
        foreach (var element in page.QuerySelectorAll("[itemprop], [property], time, abbr[title]"))
        {
            if (++examined > MaxCandidates)
            {
                break;
            }

            // Microdata's itemprop, or RDFa's property ("schema:dateCreated").
            var itemprop = element.GetAttribute("itemprop") ?? element.GetAttribute("property");
            var marked = itemprop is not null
                ? itemprop.Contains("datePublished", StringComparison.OrdinalIgnoreCase) || itemprop.Contains("dateCreated", StringComparison.OrdinalIgnoreCase)
                : element.LocalName == "time" && (element.HasAttribute("pubdate") || ClassSaysPublished(element))
                  || element.LocalName == "abbr" && ClassSaysPublished(element);
            if (!marked || element.LocalName == "meta" || IsInForeignContainer(element))
            {
                continue;
            }

            var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.GetAttribute("title") ?? PageText.ShortText(element, MaxDatelineLength * 4);
            if (Plausible(DateTextParser.ParseValue(value, context.DateOrder), context.DateRange) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static bool ClassSaysPublished(IElement element)
    {
        var marks = (element.ClassName ?? string.Empty) + " " + (element.Id ?? string.Empty);
        return marks.Contains("publish", StringComparison.OrdinalIgnoreCase)
            || marks.Contains("entry-date", StringComparison.OrdinalIgnoreCase)
            || marks.Contains("post-date", StringComparison.OrdinalIgnoreCase)
            || marks.Contains("created", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Short elements whose class or id says date; revision dates (class or leading word) are skipped, and
    /// when an element holds several dates the earliest is the publication.</summary>
    private static NewsDate? FromDateClasses(MetadataContext context)
    {
        var examined = 0;
        foreach (var element in ElementWalker.Descendants(context.Page.DocumentElement, MaxElements))
        {
            if (element.LocalName is "script" or "style" or "meta" or "link" or "html" or "body")
            {
                continue;
            }

            var marks = Marks(element);
            if (marks.Length == 0 || !DateVocabulary.DateClasses.AnyIn(marks) || DateVocabulary.UpdatedClasses.AnyIn(marks))
            {
                continue;
            }

            if (++examined > MaxCandidates)
            {
                break;
            }

            if (PageText.ShortText(element, MaxDatelineLength * 4) is not { } raw)
            {
                continue;
            }

            var text = MetadataText.Clean(raw);
            if (text.Length > MaxDatelineLength || IsInForeignContainer(element))
            {
                continue;
            }

            if (EarliestPublished(text, context) is { } fromText)
            {
                return fromText;
            }

            if (element.LocalName == "time" && Plausible(DateTextParser.ParseValue(element.GetAttribute("datetime"), context.DateOrder), context.DateRange) is { } fromAttribute)
            {
                return fromAttribute;
            }
        }

        return null;
    }

    /// <summary>The date of a short dateline: the first one a "published" word introduces, else the earliest
    /// plausible one, ignoring dates that follow an "updated" word.</summary>
    private static NewsDate? EarliestPublished(string text, MetadataContext context)
    {
        DateOnly? best = null;
        var previousEnd = 0;
        foreach (var match in DateTextParser.FindInDateline(text, context.DateOrder, context.DateRange.Latest))
        {
            var introducedBy = WordBefore(text, match.Index, previousEnd);
            previousEnd = match.Index + match.Length;
            if (!context.DateRange.Contains(match.Day) || introducedBy == DateWord.Updated)
            {
                continue;
            }

            if (introducedBy == DateWord.Published)
            {
                return new NewsDate(match.Day);
            }

            if (best is null || match.Day < best)
            {
                best = match.Day;
            }
        }

        return best is { } day ? new NewsDate(day) : null;
    }

    private enum DateWord
    {
        None,
        Published,
        Updated,
    }

    /// <summary>Whether an "updated" or a "published" word stands in the 30 characters before a date. Only the
    /// words since the previous date count: "Published 8 Jan, updated 9 Jan" marks each date by its own word.</summary>
    private static DateWord WordBefore(string text, int index, int previousEnd)
    {
        var start = Math.Max(previousEnd, index - 30);
        if (start >= index)
        {
            return DateWord.None;
        }

        var before = text.AsSpan(start, index - start);
        return DateVocabulary.UpdatedWords.AnyIn(before) ? DateWord.Updated
            : DateVocabulary.PublishedWords.AnyIn(before) ? DateWord.Published
            : DateWord.None;
    }

    private static NewsDate? FromFirstTime(MetadataContext context, bool insideArticleOnly)
    {
        var examined = 0;
        foreach (var time in context.Elements.Times)
        {
            if (++examined > MaxCandidates)
            {
                break;
            }

            if (insideArticleOnly && time.Closest("article, main, [itemprop~=articleBody], header") is null)
            {
                continue;
            }

            if (IsInForeignContainer(time) || DateVocabulary.UpdatedClasses.AnyIn(Marks(time)))
            {
                continue;
            }

            var value = time.GetAttribute("datetime") ?? PageText.ShortText(time, MaxDatelineLength * 4);
            if (Plausible(DateTextParser.ParseValue(value, context.DateOrder), context.DateRange) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>A dateline near the headline: from a little before the first line that repeats the title to 1,500
    /// characters after it (or the top of the page when the title is not found).</summary>
    private static NewsDate? FromVisibleText(MetadataContext context)
    {
        var text = context.VisibleText;
        if (text.Length == 0)
        {
            return null;
        }

        var anchor = -1;
        if (context.Heading is { Length: >= 10 } heading)
        {
            anchor = text.IndexOf(heading, StringComparison.Ordinal);
        }

        var start = anchor < 0 ? 0 : Math.Max(0, anchor - 300);
        var end = Math.Min(text.Length, (anchor < 0 ? 0 : anchor) + (anchor < 0 ? 3000 : 1500));
        var window = text[start..end];
        NewsDate? first = null;
        var previousEnd = 0;
        foreach (var match in DateTextParser.FindInDateline(window, context.DateOrder, context.DateRange.Latest))
        {
            var introducedBy = WordBefore(window, match.Index, previousEnd);
            previousEnd = match.Index + match.Length;
            if (!context.DateRange.Contains(match.Day) || introducedBy == DateWord.Updated)
            {
                continue;
            }

            if (introducedBy == DateWord.Published)
            {
                return new NewsDate(match.Day);
            }

            first ??= new NewsDate(match.Day);
        }

        return first;
    }

    /// <summary>The last resort: the date written most often in the text (ties go to the first written).</summary>
    private static NewsDate? MostFrequentInText(MetadataContext context)
    {
        var counts = new Dictionary<DateOnly, (int Count, int First)>();
        foreach (var match in DateTextParser.Find(context.VisibleText, context.DateOrder))
        {
            if (!context.DateRange.Contains(match.Day))
            {
                continue;
            }

            counts[match.Day] = counts.TryGetValue(match.Day, out var seen) ? (seen.Count + 1, seen.First) : (1, match.Index);
        }

        if (counts.Count == 0)
        {
            return null;
        }

        var best = counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First();
        return new NewsDate(best.Key);
    }

    /// <summary>The class and id of an element, lower-cased and joined.</summary>
    internal static string Marks(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(className))
        {
            return string.IsNullOrEmpty(id) ? string.Empty : id;
        }

        return string.IsNullOrEmpty(id) ? className : className + " " + id;
    }

    /// <summary>
    /// True when an ancestor (up to ten levels, below <c>body</c>) is a comment section, teaser list, sidebar or
    /// footer. A <c>footer</c> or <c>aside</c> inside an <c>article</c> is the article's own (bylines live there).
    /// Class tokens that name the article's own taxonomy (WordPress's <c>category-…</c>, <c>tag-…</c>) do not count
    /// ("post_tag-kommentar" is a tag, not a comment section), and neither does a container that holds the page's
    /// <c>h1</c>: a wrapper classed "sidebar" because the layout has one holds the article, not other content.
    /// </summary>
    internal static bool IsInForeignContainer(IElement element)
    {
        var depth = 0;
        for (var current = element.ParentElement; current is not null && depth < 10; current = current.ParentElement, depth++)
        {
            if (current.LocalName is "body" or "html")
            {
                return false;
            }

            if (current.LocalName is "footer" or "aside" && current.Closest("article") is null)
            {
                return true;
            }

            if (HasForeignMark(current) && current.QuerySelector("h1") is null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasForeignMark(IElement element)
    {
        if (element.Id is { Length: > 0 } id && DateVocabulary.ForeignContainers.AnyIn(id))
        {
            return true;
        }

        foreach (var token in element.ClassList)
        {
            if (!IsTaxonomyClass(token) && DateVocabulary.ForeignContainers.AnyIn(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Class tokens CMSs derive from the article's categories and tags.</summary>
    private static bool IsTaxonomyClass(string token) =>
        token.StartsWith("category-", StringComparison.OrdinalIgnoreCase)
        || token.StartsWith("tag-", StringComparison.OrdinalIgnoreCase)
        || token.StartsWith("post_tag-", StringComparison.OrdinalIgnoreCase)
        || token.StartsWith("tags-", StringComparison.OrdinalIgnoreCase);
}
