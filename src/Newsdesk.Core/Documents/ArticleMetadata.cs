using System.Collections.Immutable;

namespace Newsdesk.Documents;

/// <summary>What is known about an article besides its text. Every field is optional.</summary>
public sealed record ArticleMetadata
{
    public static readonly ArticleMetadata Empty = new();

    /// <summary>The address the article was read from.</summary>
    public string? Url { get; init; }

    /// <summary>The address the page declares as canonical.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The headline, without the site-name suffix.</summary>
    public string? Title { get; init; }

    /// <summary>Author names, cleaned of "By", roles and dates.</summary>
    public ImmutableArray<string> Authors { get; init; } = [];

    /// <summary>The publication date as the source printed it.</summary>
    public NewsDate? Date { get; init; }

    /// <summary>When a crawler fetched the page (WARC-Date); the publication date is never later.</summary>
    public DateTimeOffset? CrawlDate { get; init; }

    /// <summary>The publication's name, or its host name when no name is declared.</summary>
    public string? Site { get; init; }

    /// <summary>An ISO 639-1 language code such as <c>en</c>.</summary>
    public string? Language { get; init; }

    public string? Description { get; init; }

    /// <summary>The address of the article's main image.</summary>
    public string? Image { get; init; }

    public string? Section { get; init; }

    public ImmutableArray<string> Keywords { get; init; } = [];

    /// <summary>Fields of the source that Newsdesk does not interpret, kept verbatim as JSON values by name.</summary>
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>
    /// The address that identifies the article: the URL it was read from, else its declared canonical URL. The
    /// fetched URL comes first because some sites declare one canonical URL (their home page) for every page, and
    /// trusting it would merge different articles into one.
    /// </summary>
    public string? IdentityUrl => Url ?? CanonicalUrl;
}
