namespace Newsdesk.Extraction.Metadata;

/// <summary>Settings of <see cref="MetadataExtractor"/>. Immutable; <c>with</c> makes a changed copy.</summary>
public sealed record MetadataOptions
{
    public static readonly MetadataOptions Default = new();

    /// <summary>
    /// Dates before this day are not publication dates (they are birth dates, founding years, historical dates in the
    /// text). 1995-01-01 is htmldate's default: hardly any web article is older.
    /// </summary>
    public DateOnly EarliestDate { get; init; } = new(1995, 1, 1);

    /// <summary>
    /// The latest plausible publication day when the crawl date is unknown; null means tomorrow (UTC), which leaves
    /// room for time zones ahead of UTC. When the crawl date is known, it is the limit.
    /// </summary>
    public DateOnly? LatestDate { get; init; }

    /// <summary>Detect the language from the text when the markup does not declare it.</summary>
    public bool DetectLanguage { get; init; } = true;

    /// <summary>At most this many authors are kept (a longer list is a contributor roll, not a byline).</summary>
    public int MaxAuthors { get; init; } = 10;

    /// <summary>At most this many keywords are kept.</summary>
    public int MaxKeywords { get; init; } = 30;
}
