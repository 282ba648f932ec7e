using Newsdesk.Documents;
using Newsdesk.Processing;

namespace Newsdesk.Language.Tokenization;

/// <summary>Adds <see cref="Layers.Tokens"/> with <see cref="NewsTokenizer"/>. Thread-safe.</summary>
public sealed class TokenizerStage : IDocumentStage
{
    public string Name => "tokens";

    public Layers Requires => Layers.Text;

    public Layers Provides => Layers.Tokens;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = NewsTokenizer.Tokenize(document.Text);
        return document with { Tokens = [.. tokens], Layers = document.Layers | Layers.Tokens };
    }
}
