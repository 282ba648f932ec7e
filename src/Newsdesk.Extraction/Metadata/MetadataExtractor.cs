using System.Collections.Immutable;
using AngleSharp.Dom;
using Newsdesk.Documents;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// Reads an article's metadata from its parsed HTML page: title (without the site's name), authors, publication
/// date, site name, language, canonical URL, description, top image, section and keywords.
/// <para>
/// Values the source already gave (<c>known</c>: a JSON Lines record's title, date, authors; a WARC record's URL
/// and crawl date) take precedence and are never overwritten. The crawl date bounds the publication date.
/// </para>
/// <para>Thread-safe and reusable; never throws on malformed pages (bad JSON-LD, odd dates, deep nesting).
/// Does not modify the page.</para>
/// </summary>
public sealed class MetadataExtractor
{
    private readonly MetadataOptions _options;

    public MetadataExtractor(MetadataOptions? options = null) => _options = options ?? MetadataOptions.Default;

    /// <summary>Fills the fields of <paramref name="known"/> that are empty from <paramref name="page"/>.</summary>
    /// <param name="page">The parsed page. Its URL is used when <paramref name="known"/> has none.</param>
    /// <param name="known">What the source already said about the article; kept where set.</param>
    public ArticleMetadata Extract(IDocument page, ArticleMetadata known) => Extract(page, known, jsonLd: null);

    /// <summary>As <see cref="Extract(IDocument, ArticleMetadata)"/>, with the page's JSON-LD blocks given apart
    /// (for a DOM parsed without its scripts); null reads them from the page's <c>script</c> elements.</summary>
    public ArticleMetadata Extract(IDocument page, ArticleMetadata known, IReadOnlyList<string>? jsonLd)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(known);

        var url = known.Url ?? PageUrl(page);
        var structured = jsonLd is null ? JsonLdReader.Read(page) : JsonLdReader.Read(jsonLd);
        var elements = PageElements.Of(page);
        var context = new MetadataContext(page, url, MetaTags.Read(elements), structured) { Elements = elements };
        context.CanonicalUrl = known.CanonicalUrl ?? CanonicalUrl(context);

        var site = known.Site ?? SiteName(context);
        if (site is not null)
        {
            context.SiteNames.Add(site);
        }

        foreach (var name in new[] { context.JsonLd.WebSiteName, context.JsonLd.Publisher, HostOf(url), HostOf(context.CanonicalUrl) })
        {
            if (!string.IsNullOrEmpty(name))
            {
                context.SiteNames.Add(name);
            }
        }

        var declaredLanguage = DeclaredLanguage(context, out var region);
        context.Language = LanguageTag.Primary(known.Language) ?? declaredLanguage;
        if (context.Language is null && _options.DetectLanguage)
        {
            context.Language = LanguageDetector.Detect(context.VisibleText);
        }

        context.DateOrder = context.Language == "en" && region is null or "US" && !IsNonUsHost(url) ? DateOrder.MonthFirst : DateOrder.DayFirst;
        context.DateRange = new DateRange(_options.EarliestDate, LatestDate(known));

        return known with
        {
            Url = known.Url ?? url,
            CanonicalUrl = context.CanonicalUrl,
            Title = known.Title ?? TitleExtractor.Extract(context),
            Authors = known.Authors.IsDefaultOrEmpty ? AuthorExtractor.Extract(context, _options.MaxAuthors) : known.Authors,
            Date = known.Date ?? PublicationDateExtractor.Extract(context),
            Site = site,
            Language = known.Language ?? context.Language,
            Description = known.Description ?? Description(context),
            Image = known.Image ?? Image(context),
            Section = known.Section ?? Section(context),
            Keywords = known.Keywords.IsDefaultOrEmpty ? Keywords(context) : known.Keywords,
        };
    }

    private DateOnly LatestDate(ArticleMetadata known)
    {
        if (known.CrawlDate is { } crawled)
        {
            // The crawl's calendar day in the zone with the earliest clock still allows an article dated "today"
            // in a zone ahead of the crawler's.
            return DateOnly.FromDateTime(crawled.UtcDateTime.AddHours(14));
        }

        return _options.LatestDate ?? DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1));
    }

    private static string? PageUrl(IDocument page)
    {
        var url = page.Url;
        return string.IsNullOrEmpty(url) || url.StartsWith("about:", StringComparison.Ordinal) ? null : url;
    }

    private static string? CanonicalUrl(MetadataContext context)
    {
        foreach (var link in context.Elements.Links)
        {
            var rel = link.GetAttribute("rel");
            if (rel is not null && rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase)
                && Absolute(link.GetAttribute("href"), context) is { } canonical)
            {
                return canonical;
            }
        }

        return Absolute(context.Meta.First("og:url"), context);
    }

    /// <summary>An absolute http(s) address for <paramref name="href"/>, resolved against the page's URL.</summary>
    private static string? Absolute(string? href, MetadataContext context)
    {
        if (string.IsNullOrWhiteSpace(href) || href.Length > 2000)
        {
            return null;
        }

        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        if (context.Url is not null && Uri.TryCreate(context.Url, UriKind.Absolute, out var baseUri)
            && Uri.TryCreate(baseUri, href, out var resolved) && resolved.Scheme is "http" or "https")
        {
            return resolved.ToString();
        }

        return null;
    }

    private static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    /// <summary>Hosts under these country domains write day-first dates even in English.</summary>
    private static bool IsNonUsHost(string? url)
    {
        var host = HostOf(url);
        if (host is null)
        {
            return false;
        }

        var dot = host.LastIndexOf('.');
        var tld = dot < 0 ? host : host[(dot + 1)..];
        return tld is not ("com" or "us" or "org" or "net" or "edu" or "gov" or "io" or "co");
    }

    private static string? SiteName(MetadataContext context)
    {
        if (context.Meta.First("og:site_name") is { } declared)
        {
            return declared;
        }

        if ((context.JsonLd.WebSiteName ?? context.JsonLd.Publisher) is { } structured)
        {
            return structured;
        }

        if (context.Meta.FirstOf(MetaNames.SiteName) is { } meta && !meta.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return meta.Value;
        }

        return HostOf(context.Url) ?? HostOf(context.CanonicalUrl);
    }

    /// <summary>The language the markup declares: <c>html[lang]</c>, <c>xml:lang</c>, meta tags, JSON-LD, og:locale.</summary>
    private static string? DeclaredLanguage(MetadataContext context, out string? region)
    {
        var root = context.Page.DocumentElement;
        var candidates = new[]
        {
            root?.GetAttribute("lang"),
            root?.GetAttribute("xml:lang"),
            context.Page.Body?.GetAttribute("lang"),
            context.Meta.First("content-language"),
            context.JsonLd.Language,
            context.Meta.FirstOf(MetaNames.Language)?.Value,
        };
        foreach (var candidate in candidates)
        {
            if (LanguageTag.Primary(candidate) is { } language)
            {
                region = LanguageTag.Region(candidate);
                return language;
            }
        }

        region = null;
        return null;
    }

    private static string? Description(MetadataContext context) =>
        context.Meta.FirstOf(MetaNames.Description)?.Value ?? context.JsonLd.Description;

    private static string? Image(MetadataContext context)
    {
        foreach (var (_, value) in context.Meta.AllOf(MetaNames.Image))
        {
            if (Absolute(value, context) is { } image)
            {
                return image;
            }
        }

        if (Absolute(context.JsonLd.Image, context) is { } structured)
        {
            return structured;
        }

        var link = context.Page.QuerySelector("link[rel~=image_src]");
        return Absolute(link?.GetAttribute("href"), context);
    }

    private static string? Section(MetadataContext context) =>
        context.Meta.FirstOf(MetaNames.Section)?.Value ?? context.JsonLd.Section;

    private ImmutableArray<string> Keywords(MetadataContext context)
    {
        var keywords = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Add(string value)
        {
            foreach (var keyword in value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (keywords.Count < _options.MaxKeywords && keyword.Length <= 100 && seen.Add(keyword))
                {
                    keywords.Add(keyword);
                }
            }
        }

        foreach (var name in MetaNames.Keywords.Terms)
        {
            foreach (var value in context.Meta.All(name))
            {
                Add(value);
            }

            // The first name present is the page's own list; the others repeat it in other words.
            if (keywords.Count > 0)
            {
                return keywords.ToImmutable();
            }
        }

        foreach (var keyword in context.JsonLd.Keywords)
        {
            Add(keyword);
        }

        return keywords.ToImmutable();
    }
}
