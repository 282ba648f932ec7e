using System.Collections.Immutable;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Extraction.Content;
using Newsdesk.Extraction.Html;
using Newsdesk.Extraction.Metadata;
using Newsdesk.Processing;

namespace Newsdesk.Extraction;

/// <summary>
/// Newsdesk's <see cref="IHtmlExtractor"/>: decodes the page (<see cref="HtmlDecoder"/>), parses it once
/// (<see cref="HtmlPageParser"/>), reads its metadata and its main content (<see cref="ContentExtractor"/>).
/// Thread-safe; build one and share it.
/// </summary>
public sealed class HtmlArticleExtractor : IHtmlExtractor
{
    private readonly HtmlExtractionOptions _options;
    private readonly HtmlPageParser _parser;
    private readonly ContentExtractor _content;
    private readonly MetadataExtractor _metadata = new();

    public HtmlArticleExtractor(HtmlExtractionOptions? options = null)
    {
        _options = options ?? HtmlExtractionOptions.Default;
        _parser = new HtmlPageParser(_options);
        _content = new ContentExtractor(_options);
    }

    public HtmlExtraction Extract(RawDocument source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var decoded = Decode(source, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        var page = _parser.Parse(decoded);
        // The parsed DOM has no scripts: the JSON-LD blocks the stripper kept aside are passed with it.
        var metadata = _metadata.Extract(page.Document, source.Metadata, page.JsonLd);
        var content = _content.Extract(page, metadata);
        if (content.DepthLimitHit || page.Flattened)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DepthLimit, ContentExtractor.StageName, source.Origin,
                $"elements nested deeper than {_options.MaxDepth} levels were ignored"));
        }

        return new HtmlExtraction(content.Text, content.Paragraphs, metadata, content.Removed, content.Captions, diagnostics.ToImmutable());
    }

    private DecodedHtml Decode(RawDocument source, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (source.Content is not null)
        {
            return new DecodedHtml(source.Content, null, CharsetSource.Decoded);
        }

        var bytes = source.Bytes.Span;
        if (bytes.Length > _options.MaxBytes)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InputTooLarge, ContentExtractor.StageName, source.Origin,
                $"page of {bytes.Length:N0} bytes cut at the limit of {_options.MaxBytes:N0}"));
            bytes = bytes[.._options.MaxBytes];
        }

        var decoded = HtmlDecoder.Decode(bytes, source.CharsetHint);
        if (decoded.Note is not null)
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.EncodingGuessed, ContentExtractor.StageName, source.Origin,
                $"{decoded.Note} (decoded as {decoded.Encoding?.WebName})"));
        }

        return decoded;
    }
}
