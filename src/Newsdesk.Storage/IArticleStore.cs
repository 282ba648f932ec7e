using Newsdesk.Documents;

namespace Newsdesk.Storage;

/// <summary>
/// Where articles and all their layers are kept, and the questions asked of them. SQLite is the embedded default;
/// a server database implements the same contract. An instance is used by one thread at a time.
/// </summary>
public interface IArticleStore : IAsyncDisposable
{
    /// <summary>
    /// Writes a batch in one transaction: all of it is stored or none of it. Documents already stored under the same
    /// key (<see cref="ArticleKey"/>) are updated when their content changed and otherwise left alone.
    /// </summary>
    Task<WriteSummary> WriteAsync(IReadOnlyList<Document> batch, CancellationToken cancellationToken = default) =>
        WriteAsync(PreparedBatch.Prepare(batch), cancellationToken);

    /// <summary>
    /// Writes a batch prepared by <see cref="PreparedBatch.Prepare"/>, with the same contract as
    /// <see cref="WriteAsync(IReadOnlyList{Document}, CancellationToken)"/>. A bulk load prepares the next batch on
    /// the other cores while this one is written.
    /// </summary>
    Task<WriteSummary> WriteAsync(PreparedBatch batch, CancellationToken cancellationToken = default);

    /// <summary>An article by its public id, a unique prefix of it, its source id or its URL; null when none matches.</summary>
    Task<StoredArticle?> GetAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Full-text search ranked by relevance, with filters.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>Counts of articles overall and by site, month and language.</summary>
    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>The most mentioned entities with the number of articles that mention each.</summary>
    Task<IReadOnlyList<EntityCount>> GetEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stored quotes with their speakers and articles.</summary>
    Task<IReadOnlyList<StoredQuote>> GetQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default);
}
