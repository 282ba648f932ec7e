namespace Newsdesk.Ingest.Feeds;

/// <summary>A body or summary as found in the feed.</summary>
/// <param name="Text">The text or HTML, XML entities already decoded.</param>
/// <param name="IsHtml">True when it is HTML (declared, or markup found in it).</param>
internal sealed record FeedBody(string Text, bool IsHtml);
