using System.Collections.Immutable;
using Newsdesk.Diagnostics;
using Newsdesk.Processing;
using Newsdesk.Text;

namespace Newsdesk.Documents;

/// <summary>
/// An article and every layer of facts the pipeline's stages added to it. Immutable: a stage returns a copy with its
/// own layers set (<c>document with { Entities = … }</c>) and records them in <see cref="Layers"/>. Every span in
/// every layer indexes <see cref="Text"/>.
/// </summary>
public sealed record Document
{
    public required string Id { get; init; }

    /// <summary>The record this document was made from; stages that need the original bytes read it.</summary>
    public required RawDocument Source { get; init; }

    /// <summary>The layers present so far.</summary>
    public Layers Layers { get; init; } = Layers.Source;

    /// <summary>The article's text; empty until a stage provides <see cref="Layers.Text"/>.</summary>
    public string Text { get; init; } = "";

    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.Empty;

    /// <summary>The text's blocks in order; they do not overlap.</summary>
    public ImmutableArray<Paragraph> Paragraphs { get; init; } = [];

    /// <summary>Everything a stage dropped, in the order it was found.</summary>
    public ImmutableArray<RemovedText> Removed { get; init; } = [];

    /// <summary>Photo and video captions (with their credits) kept apart from the body.</summary>
    public ImmutableArray<string> Captions { get; init; } = [];

    public ImmutableArray<TextSpan> Tokens { get; init; } = [];

    /// <summary>Sentences in order; they tile the tokens.</summary>
    public ImmutableArray<TextSpan> Sentences { get; init; } = [];

    public ImmutableArray<Entity> Entities { get; init; } = [];

    public ImmutableArray<Quote> Quotes { get; init; } = [];

    public ImmutableArray<TimeExpression> Times { get; init; } = [];

    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when a stage failed on this document or the reader could not read it; its layers may be partial.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>A new document for <paramref name="source"/>, with only <see cref="Layers.Source"/>.</summary>
    public static Document FromSource(RawDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Document
        {
            Id = source.Id,
            Source = source,
            Metadata = source.Metadata,
            Diagnostics = source.Diagnostics,
        };
    }

    /// <summary>A copy with <paramref name="diagnostic"/> appended.</summary>
    public Document WithDiagnostic(Diagnostic diagnostic) => this with { Diagnostics = Diagnostics.Add(diagnostic) };

    /// <summary>The paragraph texts, in order.</summary>
    public IEnumerable<string> ParagraphTexts() => Paragraphs.Select(p => p.Span.ToString(Text));
}
