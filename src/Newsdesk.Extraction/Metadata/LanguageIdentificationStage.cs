using Newsdesk.Documents;
using Newsdesk.Processing;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// Sets <see cref="ArticleMetadata.Language"/> from the text when the input did not say: scraped text and JSON Lines
/// records rarely carry a language, pages usually declare one (their extractor has already read it). Uses the same
/// identifier as HTML extraction (<see cref="LanguageDetector"/>), which leaves the language unset when unsure, so a
/// language is never guessed from too little text. Runs after cleaning, so site messages and captions do not vote.
/// Thread-safe.
/// </summary>
public sealed class LanguageIdentificationStage : IDocumentStage
{
    public string Name => "language";

    public Layers Requires => Layers.Text;

    public Layers Provides => Layers.None;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        if (document.Metadata.Language is not null || LanguageDetector.Detect(document.Text) is not { } language)
        {
            return document;
        }

        return document with { Metadata = document.Metadata with { Language = language } };
    }
}
