using System.Collections.Immutable;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// What a page's JSON-LD (schema.org) says about its article. Strings are cleaned but not interpreted: dates are
/// still the source's text, author names are not yet cleaned of roles.
/// </summary>
internal sealed record JsonLdArticle
{
    public static readonly JsonLdArticle Empty = new();

    /// <summary>The schema.org type the values came from (<c>NewsArticle</c>, <c>WebPage</c>…), or null.</summary>
    public string? Type { get; init; }

    public string? Headline { get; init; }

    /// <summary>The node's <c>name</c>, which some sites set to the headline and others to something else
    /// (Wikipedia: the page name, with a description as headline).</summary>
    public string? Name { get; init; }

    /// <summary>Names of authors typed <c>Person</c> or untyped.</summary>
    public ImmutableArray<string> Authors { get; init; } = [];

    /// <summary>Names of authors typed <c>Organization</c> (kept apart: authors are people).</summary>
    public ImmutableArray<string> OrganisationAuthors { get; init; } = [];

    public string? DatePublished { get; init; }

    public string? DateModified { get; init; }

    public string? Publisher { get; init; }

    /// <summary>The <c>name</c> of a <c>WebSite</c> node.</summary>
    public string? WebSiteName { get; init; }

    public string? Language { get; init; }

    public string? Image { get; init; }

    public string? Section { get; init; }

    public ImmutableArray<string> Keywords { get; init; } = [];

    public string? Description { get; init; }

    public string? Url { get; init; }
}
