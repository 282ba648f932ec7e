using System.Collections.Immutable;

namespace Newsdesk.Extraction.Evaluation;

/// <summary>One line of an extraction set's <c>truth.jsonl</c> (../shared/data/README.md, "Extraction sets").
/// Absent fields are null or empty.</summary>
public sealed record ExtractionTruth
{
    public required string Id { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public ImmutableArray<string> Authors { get; init; } = [];
    /// <summary>The labelled day as <c>YYYY-MM-DD</c>, or null.</summary>
    public string? Date { get; init; }
    /// <summary>True when the set labels the page as having no date (<c>"date": null</c> in htmldate).</summary>
    public bool DateLabelledAbsent { get; init; }
    public string? Body { get; init; }
    public ImmutableArray<string> With { get; init; } = [];
    public ImmutableArray<string> Without { get; init; } = [];
    public string? PageType { get; init; }
    public string? Language { get; init; }
    public string? SiteName { get; init; }
}
