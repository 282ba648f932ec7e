using System.Collections.Immutable;
using Newsdesk.Diagnostics;

namespace Newsdesk.Documents;

/// <summary>
/// One record as a reader found it, before any stage ran: text or HTML, with what the source said about it.
/// </summary>
public sealed record RawDocument
{
    /// <summary>The id the output carries: the JSON Lines <c>id</c>, or the file's path relative to its argument.</summary>
    public required string Id { get; init; }

    /// <summary>Where the record came from, for messages: a path, with <c>:line</c> or <c>@offset</c> when inside a file.</summary>
    public required string Origin { get; init; }

    public required ContentKind Kind { get; init; }

    /// <summary>The text (for <see cref="ContentKind.Text"/>) or decoded HTML, when the reader decoded it.</summary>
    public string? Content { get; init; }

    /// <summary>Undecoded HTML bytes, when the encoding is left to the HTML stage (<see cref="Content"/> is then null).</summary>
    public ReadOnlyMemory<byte> Bytes { get; init; }

    /// <summary>A charset declared outside the bytes (an HTTP <c>Content-Type</c> header), when known.</summary>
    public string? CharsetHint { get; init; }

    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.Empty;

    /// <summary>Problems the reader met with this record that did not stop it (replaced bytes, say).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];
}
