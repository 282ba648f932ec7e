namespace Newsdesk.Storage;

/// <summary>Which quotes to list: by speaker, by an entity the content mentions, and by date.</summary>
public sealed record QuoteQuery
{
    /// <summary>The speaker's canonical name (case-insensitive).</summary>
    public string? Speaker { get; init; }

    /// <summary>An entity whose mention lies inside the quote's content (what Biden said about Kim).</summary>
    public string? About { get; init; }

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Limit { get; init; } = 50;
}

/// <summary>A stored quote with its article. <see cref="Content"/> is the quote's words: for a direct quote with its
/// quotation marks, for a discontinuous one its pieces joined by " … " (<see cref="Documents.Quote.Words"/>).</summary>
public sealed record StoredQuote(
    string ArticleId,
    string? ArticleTitle,
    string? Date,
    string Content,
    bool Direct,
    string? Speaker,
    string? SpeakerEntity,
    string? Source,
    string? Cue);
