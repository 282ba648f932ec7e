namespace Newsdesk.Ingest.Feeds;

/// <summary>What the feed says about all its entries: the site's name and address, the language.</summary>
internal sealed class FeedChannel
{
    public string? Title { get; set; }

    public string? Link { get; set; }

    public string? Language { get; set; }

    /// <summary>A link made absolute against the feed's own link when it is relative (Atom allows relative hrefs).</summary>
    public string? Resolve(string? link)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        link = link.Trim();
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return link;
        }

        return Link is not null && Uri.TryCreate(Link, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, link, out var resolved)
            ? resolved.ToString()
            : link;
    }
}
