using System.Collections.Concurrent;
using System.Collections.Frozen;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace Newsdesk.Extraction.Html;

/// <summary>
/// Decodes and parses pages with AngleSharp, configured for extraction rather than rendering: the markup is first
/// stripped of scripts, styles, SVG and comments (<see cref="MarkupStripper"/>); no scripting (so
/// <c>&lt;noscript&gt;</c> content is parsed as markup, as some forums need), and no script, style, comment or
/// source-position bookkeeping (they cost time and memory and carry no article text). Parsers are pooled and
/// reused, because creating a parser allocates its configuration and a parser instance is not documented as
/// thread-safe.
/// </summary>
public sealed class HtmlPageParser
{
    private readonly HtmlParserOptions _parserOptions;
    private readonly int _maxDepth;
    private readonly ConcurrentBag<HtmlParser> _parsers = [];

    public HtmlPageParser(HtmlExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxDepth = options.MaxDepth;
        _parserOptions = new HtmlParserOptions
        {
            IsScripting = false,
            IsKeepingSourceReferences = false,
            DisableElementPositionTracking = true,
            SkipComments = true,
            SkipScriptText = false, // only JSON-LD scripts are left after stripping, and metadata reads them
            SkipRawText = true,
            SkipProcessingInstructions = true,
            SkipCDATA = true,
            // The stripper flattens nesting beyond MaxDepth; the parser's own limit is a backstop above it.
            MaximumDepth = options.MaxDepth + 100,
            ShouldEmitAttribute = IsKept,
        };
    }

    /// <summary>Attributes extraction reads; the rest (event handlers, <c>data-*</c>, <c>srcset</c>, ARIA labels…) are
    /// most of a modern page's attributes and are not materialised.</summary>
    private static readonly FrozenSet<string> _keptAttributes = new[]
    {
        "class", "id", "style", "hidden", "aria-hidden", "role", // visibility and what a block is
        "itemprop", "itemtype", "itemscope", // microdata
        "href", "rel", "src", "alt", // links, canonical, images
        "name", "property", "content", "http-equiv", "charset", // meta tags
        "datetime", "pubdate", "lang", "xml:lang", "type", "title", "value", // dates, language, script type
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>AngleSharp's default services without the attribute observers: they run about 25 callbacks for every
    /// attribute of every element to keep a browser's state (class lists, image and style-sheet loads, base URLs,
    /// input types) in step, which extraction never reads; they were about 5% of the time of a page.</summary>
    private static readonly IConfiguration _configuration = Configuration.Default.Without<IAttributeObserver>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _keptLookup = _keptAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsKept(ref StructHtmlToken token, ReadOnlyMemory<char> attributeName) => _keptLookup.Contains(attributeName.Span);

    /// <summary>Parses already-decoded markup.</summary>
    public HtmlPage Parse(DecodedHtml decoded)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        var jsonLd = new List<string>();
        var markup = MarkupStripper.Strip(decoded.Html, jsonLd, _maxDepth, out var flattened);
        return new HtmlPage(ParseMarkup(markup), jsonLd, decoded, flattened);
    }

    /// <summary>Parses markup already stripped by <see cref="MarkupStripper"/> (the parse alone, for measurement).</summary>
    internal IHtmlDocument ParseMarkup(string markup)
    {
        var parser = _parsers.TryTake(out var pooled) ? pooled : new HtmlParser(_parserOptions, BrowsingContext.New(_configuration));
        var document = parser.ParseDocument(markup);
        _parsers.Add(parser);
        return document;
    }

    /// <summary>Decodes (<see cref="HtmlDecoder"/>) and parses a page's bytes.</summary>
    public HtmlPage Parse(ReadOnlySpan<byte> bytes, string? charsetHint) => Parse(HtmlDecoder.Decode(bytes, charsetHint));
}
