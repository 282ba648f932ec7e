using Newsdesk.Documents;
using Newsdesk.Processing;

namespace Newsdesk.Language.Sentences;

/// <summary>Adds <see cref="Layers.Sentences"/> over the document's tokens with <see cref="SentenceSplitter"/>;
/// paragraphs are hard boundaries. Thread-safe.</summary>
public sealed class SentenceStage(SentenceSplitterOptions? options = null) : IDocumentStage
{
    private readonly SentenceSplitter _splitter = new(options);

    public string Name => "sentences";

    public Layers Requires => Layers.Tokens;

    public Layers Provides => Layers.Sentences;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = _splitter.Split(document.Text, document.Tokens, document.Paragraphs);
        return document with { Sentences = sentences, Layers = document.Layers | Layers.Sentences };
    }
}
