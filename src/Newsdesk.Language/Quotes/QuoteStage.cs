using Newsdesk.Documents;
using Newsdesk.Processing;

namespace Newsdesk.Language.Quotes;

/// <summary>
/// The pipeline stage that fills <see cref="Document.Quotes"/>: direct quotes and reported speech with their cues,
/// speakers resolved to the document's entities, and the relaying source when there is one. When the entity stage ran
/// without a model (no entities), quotes and speaker mentions are still found, with no entity ids. Thread-safe.
/// </summary>
public sealed class QuoteStage(QuoteExtractor? extractor = null) : IDocumentStage
{
    private readonly QuoteExtractor _extractor = extractor ?? new QuoteExtractor();

    public string Name => "quotes";

    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Entities;

    public Layers Provides => Layers.Quotes;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var quotes = _extractor.Extract(document.Text, document.Sentences, document.Entities);
        return document with { Quotes = quotes, Layers = document.Layers | Layers.Quotes };
    }
}
