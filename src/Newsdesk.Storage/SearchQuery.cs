namespace Newsdesk.Storage;

/// <summary>
/// A full-text search. <see cref="Text"/> takes words, "phrases", OR, NOT, AND and prefix* (FTS5 query syntax,
/// made safe: any other punctuation is treated as a word separator). Filters combine with AND.
/// </summary>
public sealed record SearchQuery
{
    public required string Text { get; init; }

    /// <summary>Only articles published on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only articles published on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only articles of this site (case-insensitive).</summary>
    public string? Site { get; init; }

    /// <summary>Only articles that mention an entity of this canonical name (case-insensitive).</summary>
    public string? Entity { get; init; }

    /// <summary>Only articles that talk about a time within this TIMEX3 value's period (<c>2021</c>, <c>2021-01</c>, <c>2021-01-08</c>).</summary>
    public string? MentionsDate { get; init; }

    public int Limit { get; init; } = 20;
}
