namespace Newsdesk.Extraction.Evaluation;

/// <summary>The evaluation of one page. Field results are null when the truth does not label the field.</summary>
public sealed record PageScore
{
    public required string Id { get; init; }
    public string? PageType { get; init; }
    /// <summary>Why the extractor failed on the page, or null.</summary>
    public string? Failure { get; init; }
    public double Milliseconds { get; init; }
    public PrecisionRecall? Words { get; init; }
    public PrecisionRecall? Shingles { get; init; }
    public SnippetCounts Snippets { get; init; }
    /// <summary>The title under <see cref="MetadataMatcher"/>'s rule.</summary>
    public FieldScore? Title { get; init; }
    /// <summary>The title under <see cref="FieldMatcher"/>'s strict rule.</summary>
    public FieldScore? TitleStrict { get; init; }
    /// <summary>The authors under <see cref="MetadataMatcher"/>'s rule.</summary>
    public FieldScore? Authors { get; init; }
    /// <summary>The authors under <see cref="FieldMatcher"/>'s strict rule.</summary>
    public FieldScore? AuthorsStrict { get; init; }
    public FieldScore? Date { get; init; }
    public FieldScore? Language { get; init; }
    public FieldScore? Site { get; init; }
}

/// <summary>One labelled field of one page: whether the extractor gave a value, and whether it matched; the value
/// given (authors joined with "; ") so that a report can show the misses.</summary>
public readonly record struct FieldScore(bool Predicted, bool Correct, string? Value = null);
