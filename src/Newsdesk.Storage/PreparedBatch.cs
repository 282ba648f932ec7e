using Newsdesk.Documents;

namespace Newsdesk.Storage;

/// <summary>
/// A batch whose rows are computed (keys, serialised layers, content hashes) and only need writing. Preparing is pure
/// processor work that needs no database, so it runs on every core, off the single thread that writes: see
/// <see cref="Prepare"/>. Immutable once built.
/// </summary>
public sealed class PreparedBatch
{
    private PreparedBatch(IReadOnlyList<PreparedArticle?> articles) => Articles = articles;

    /// <summary>The documents in input order; null where a document had no text to store.</summary>
    public IReadOnlyList<PreparedArticle?> Articles { get; }

    public int Count => Articles.Count;

    /// <summary>Prepares every document of <paramref name="batch"/> in parallel. Thread-safe.</summary>
    public static PreparedBatch Prepare(IReadOnlyList<Document> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var prepared = new PreparedArticle?[batch.Count];
        Parallel.For(0, batch.Count, i => prepared[i] = PreparedArticle.For(batch[i]));
        return new PreparedBatch(prepared);
    }
}
