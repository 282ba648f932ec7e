namespace Newsdesk.Storage;

/// <summary>How much the store holds, overall and by site, month (<c>YYYY-MM</c> or "unknown") and language.</summary>
public sealed record StoreStatistics(
    long Articles,
    long Entities,
    long Quotes,
    long Times,
    IReadOnlyList<KeyValuePair<string, long>> BySite,
    IReadOnlyList<KeyValuePair<string, long>> ByMonth,
    IReadOnlyList<KeyValuePair<string, long>> ByLanguage,
    int SchemaVersion);
