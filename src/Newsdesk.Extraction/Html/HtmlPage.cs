using AngleSharp.Dom;

namespace Newsdesk.Extraction.Html;

/// <summary>
/// A parsed page: the DOM (without script, style and comment text) and the JSON-LD blocks found in the markup.
/// The DOM is mutable AngleSharp state: a page belongs to one thread and one extraction.
/// </summary>
/// <param name="Document">The parsed DOM.</param>
/// <param name="JsonLd">The raw JSON text of each <c>application/ld+json</c> script, in page order.</param>
/// <param name="Decoded">The decoded text and how its encoding was chosen.</param>
/// <param name="Flattened">True when nesting deeper than the limit was flattened before parsing.</param>
public sealed record HtmlPage(IDocument Document, IReadOnlyList<string> JsonLd, DecodedHtml Decoded, bool Flattened = false);
