using System.Collections.Concurrent;
using AngleSharp.Html.Parser;

namespace Newsdesk.Extraction.Html;

/// <summary>
/// Decodes and parses pages with AngleSharp, configured for extraction rather than rendering: no scripting (so
/// <c>&lt;noscript&gt;</c> content is parsed as markup, as some forums need), and no script, style, comment or
/// source-position bookkeeping (they cost time and memory and carry no article text). Parsers are pooled and
/// reused, because creating a parser allocates its configuration and a parser instance is not documented as
/// thread-safe.
/// </summary>
public sealed class HtmlPageParser
{
    private readonly HtmlParserOptions _parserOptions;
    private readonly ConcurrentBag<HtmlParser> _parsers = [];

    public HtmlPageParser(HtmlExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _parserOptions = new HtmlParserOptions
        {
            IsScripting = false,
            IsKeepingSourceReferences = false,
            DisableElementPositionTracking = true,
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipProcessingInstructions = true,
            SkipCDATA = true,
            MaximumDepth = options.MaxDepth,
        };
    }

    /// <summary>Parses already-decoded markup.</summary>
    public HtmlPage Parse(DecodedHtml decoded)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        var parser = _parsers.TryTake(out var pooled) ? pooled : new HtmlParser(_parserOptions);
        var document = parser.ParseDocument(decoded.Html);
        _parsers.Add(parser);
        return new HtmlPage(document, JsonLdScanner.Find(decoded.Html), decoded);
    }

    /// <summary>Decodes (<see cref="HtmlDecoder"/>) and parses a page's bytes.</summary>
    public HtmlPage Parse(ReadOnlySpan<byte> bytes, string? charsetHint) => Parse(HtmlDecoder.Decode(bytes, charsetHint));
}
