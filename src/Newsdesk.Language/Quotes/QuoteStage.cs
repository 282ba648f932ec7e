using Newsdesk.Documents;
using Newsdesk.Processing;

namespace Newsdesk.Language.Quotes;

/// <summary>
/// The pipeline stage that fills <see cref="Document.Quotes"/>: direct quotes and reported speech with their cues,
/// speakers resolved to the document's entities, and the relaying source when there is one. Entities are used when
/// an earlier stage provided them (<see cref="Layers.Entities"/>); without them quotes and speaker mentions are still
/// found, with no entity ids. Thread-safe.
/// </summary>
public sealed class QuoteStage(QuoteExtractor? extractor = null) : IDocumentStage
{
    private readonly QuoteExtractor _extractor = extractor ?? new QuoteExtractor();

    public string Name => "quotes";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Provides => Layers.Quotes;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var quotes = _extractor.Extract(document.Text, document.Sentences, document.Entities);
        return document with { Quotes = quotes, Layers = document.Layers | Layers.Quotes };
    }
}
