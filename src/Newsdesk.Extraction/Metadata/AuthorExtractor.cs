using System.Collections.Immutable;
using AngleSharp.Dom;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// Finds the article's authors, trying sources from the most to the least explicit and stopping at the first that
/// names a person:
/// <list type="number">
/// <item>JSON-LD <c>author</c> (people only; organisations are not authors);</item>
/// <item>author meta tags (<see cref="MetaNames.Author"/>), all values of the first name that gives a person;</item>
/// <item>byline elements in document order: <c>itemprop="author"</c> (its <c>itemprop="name"</c> when present),
/// <c>rel="author"</c> links, and elements whose class or id says byline or author
/// (<see cref="AuthorVocabulary.BylineClasses"/>), except biographies, avatars, comments and teasers.</item>
/// </list>
/// Every value goes through <see cref="AuthorNameCleaner"/>. This is Readability's and trafilatura's order.
/// </summary>
internal static class AuthorExtractor
{
    /// <summary>Byline elements with more text than this are author boxes or article bodies.</summary>
    private const int MaxBylineLength = 200;

    private const int MaxElements = 50_000;

    private const int MaxBylineNames = 6;

    public static ImmutableArray<string> Extract(MetadataContext context, int maxAuthors)
    {
        // A personal site is named after its author ("Haki Benita"): a name that looks like a person's is kept.
        Func<string, bool> isSite = name => context.IsSiteName(name) && !AuthorNameCleaner.LooksLikePersonName(name);
        var fromJsonLd = CleanAll(context.JsonLd.Authors, isSite);
        if (fromJsonLd.Length > 0)
        {
            return Limit(fromJsonLd, maxAuthors);
        }

        foreach (var name in MetaNames.Author.Terms)
        {
            var fromMeta = CleanAll(context.Meta.All(name), isSite);
            if (fromMeta.Length > 0)
            {
                return Limit(fromMeta, maxAuthors);
            }
        }

        return Limit(FromBylineElements(context, isSite), maxAuthors);
    }

    private static ImmutableArray<string> CleanAll(IEnumerable<string> values, Func<string, bool> isSite)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            foreach (var name in AuthorNameCleaner.Clean(value, isSite))
            {
                if (seen.Add(MetadataText.Key(name)))
                {
                    names.Add(name);
                }
            }
        }

        return names.ToImmutable();
    }

    private static ImmutableArray<string> FromBylineElements(MetadataContext context, Func<string, bool> isSite)
    {
        foreach (var element in ElementWalker.Descendants(context.Page.DocumentElement, MaxElements))
        {
            if (element.LocalName is "script" or "style" or "meta" or "link" or "html" or "body" or "head" or "title" or "img")
            {
                continue;
            }

            var value = BylineValue(element);
            if (value is null || PublicationDateExtractor.IsInForeignContainer(element))
            {
                continue;
            }

            var names = AuthorNameCleaner.Clean(value, isSite);
            // More names than a byline holds is a menu or a list of people, not the article's authors.
            if (names.Length is > 0 and <= MaxBylineNames)
            {
                return names;
            }
        }

        return [];
    }

    /// <summary>The byline text of <paramref name="element"/>, or null when it is not a byline.</summary>
    private static string? BylineValue(IElement element)
    {
        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            var name = element.QuerySelector("[itemprop~=name]");
            return name is null ? Short(element) : name.GetAttribute("content") ?? Short(name);
        }

        var rel = element.GetAttribute("rel");
        if (rel is not null && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            return Short(element);
        }

        var marks = PublicationDateExtractor.Marks(element);
        if (marks.Length == 0 || !AuthorVocabulary.BylineClasses.AnyIn(marks) || AuthorVocabulary.NotBylineClasses.AnyIn(marks))
        {
            return null;
        }

        return Short(element);
    }

    private static string? Short(IElement element)
    {
        if (PageText.ShortText(element, MaxBylineLength * 4) is not { } text)
        {
            return null;
        }

        // Line breaks are kept: the cleaner reads each line apart ("By Jane Doe\nWebMD Health News").
        var trimmed = text.Trim();
        var visible = MetadataText.Clean(trimmed);
        return visible.Length is 0 or > MaxBylineLength ? null : trimmed;
    }

    private static ImmutableArray<string> Limit(ImmutableArray<string> names, int max) =>
        names.Length <= max ? names : names[..max];
}
