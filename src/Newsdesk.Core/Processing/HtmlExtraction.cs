using System.Collections.Immutable;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;

namespace Newsdesk.Processing;

/// <summary>What an <see cref="IHtmlExtractor"/> found in a page. <see cref="Paragraphs"/> index <see cref="Text"/>.</summary>
public sealed record HtmlExtraction(
    string Text,
    ImmutableArray<Paragraph> Paragraphs,
    ArticleMetadata Metadata,
    ImmutableArray<RemovedText> Removed,
    ImmutableArray<string> Captions,
    ImmutableArray<Diagnostic> Diagnostics);

/// <summary>Pulls the article out of an HTML page. Implementations are thread-safe.</summary>
public interface IHtmlExtractor
{
    /// <summary>Extracts from <paramref name="source"/>'s <see cref="RawDocument.Content"/> or
    /// <see cref="RawDocument.Bytes"/>; the metadata starts from <see cref="RawDocument.Metadata"/>.</summary>
    HtmlExtraction Extract(RawDocument source, CancellationToken cancellationToken);
}
