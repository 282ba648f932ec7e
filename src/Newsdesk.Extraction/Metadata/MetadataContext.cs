using AngleSharp.Dom;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// Everything the field extractors share about one page, read once: meta tags, JSON-LD, addresses, the site's names,
/// the language, and (lazily) the visible text. Lives for one extraction.
/// </summary>
internal sealed class MetadataContext
{
    private string? _visibleText;
    private PageElements? _elements;
    private string? _heading;
    private bool _headingRead;

    public MetadataContext(IDocument page, string? url, MetaTags meta, JsonLdArticle jsonLd)
    {
        Page = page;
        Url = url;
        Meta = meta;
        JsonLd = jsonLd;
    }

    public IDocument Page { get; }

    /// <summary>The page's meta, link and time elements (read from <see cref="Page"/> when not given).</summary>
    public PageElements Elements
    {
        get => _elements ??= PageElements.Of(Page);
        init => _elements = value;
    }

    /// <summary>The address the page was read from (the source's, else the document's own).</summary>
    public string? Url { get; }

    public string? CanonicalUrl { get; set; }

    public MetaTags Meta { get; }

    public JsonLdArticle JsonLd { get; }

    /// <summary>Names the site goes by (declared name, publisher, host), for stripping from titles and bylines.</summary>
    public List<string> SiteNames { get; } = [];

    /// <summary>The primary language subtag, when known.</summary>
    public string? Language { get; set; }

    public DateOrder DateOrder { get; set; } = DateOrder.DayFirst;

    public DateRange DateRange { get; set; }

    /// <summary>The text of the page's first <c>h1</c>, cleaned, or null.</summary>
    public string? Heading
    {
        get
        {
            if (!_headingRead)
            {
                _headingRead = true;
                var h1 = Page.QuerySelector("h1");
                var text = h1 is null ? string.Empty : MetadataText.Clean(h1.TextContent);
                _heading = text.Length == 0 ? null : text;
            }

            return _heading;
        }
    }

    /// <summary>The page's visible text (<see cref="PageText"/>), computed on first use.</summary>
    public string VisibleText => _visibleText ??= PageText.Of(Page.Body ?? (INode?)Page.DocumentElement);

    /// <summary>True when <paramref name="value"/> names the site (its declared name or its host).</summary>
    public bool IsSiteName(string value)
    {
        var key = MetadataText.Key(value);
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var name in SiteNames)
        {
            var siteKey = MetadataText.Key(name);
            if (siteKey.Length == 0)
            {
                continue;
            }

            if (key == siteKey || (key.Length >= 4 && siteKey.Contains(key, StringComparison.Ordinal)) || (siteKey.Length >= 4 && key.Contains(siteKey, StringComparison.Ordinal) && key.Length <= siteKey.Length + 12))
            {
                return true;
            }
        }

        return false;
    }
}
