using Newsdesk.Documents;
using Newsdesk.Processing;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// The pipeline stage that cleans scraped text (<see cref="TextCleaner"/>): replaces <see cref="Document.Text"/> and
/// <see cref="Document.Paragraphs"/> with the article, and appends everything it took out to
/// <see cref="Document.Removed"/> with a reason and a confidence. Runs after intake (plain text) or HTML extraction,
/// before any stage that adds spans. Immutable and thread-safe.
/// </summary>
public sealed class CleaningStage(CleaningOptions? options = null) : IDocumentStage
{
    private readonly TextCleaner _cleaner = new(options ?? CleaningOptions.Default);

    public string Name => "cleaning";

    public Layers Requires => Layers.Text;

    public Layers Provides => Layers.Cleaned;

    public bool RewritesText => true;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var result = _cleaner.Clean(document.Text, document.Paragraphs, SiteOf(document.Metadata));
        return document with
        {
            Text = result.Text,
            Paragraphs = result.Paragraphs,
            Removed = document.Removed.AddRange(result.Removed(Name)),
            Layers = document.Layers | Layers.Cleaned,
        };
    }

    /// <summary>The key the corpus index groups a document under: its site name, else its URL's host.</summary>
    public static string? SiteOf(ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (!string.IsNullOrWhiteSpace(metadata.Site))
        {
            return metadata.Site.Trim();
        }

        var url = metadata.IdentityUrl;
        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : null;
    }
}
