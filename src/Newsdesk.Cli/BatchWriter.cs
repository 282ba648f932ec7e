using System.Threading.Channels;
using Newsdesk.Documents;
using Newsdesk.Storage;

namespace Newsdesk.Cli;

/// <summary>
/// Collects documents into batches and writes each batch in its own transaction on a background task, so that the
/// pipeline keeps processing while the store writes. A full batch is prepared (keys, JSON, hashes) on the thread pool
/// as soon as it is full, so the single writing thread only writes. At most two full batches wait, which bounds
/// memory. Batches are written in the order they were filled. Not thread-safe: one producer.
/// </summary>
internal sealed class BatchWriter
{
    private readonly IArticleStore _store;
    private readonly int _batchSize;
    private readonly Channel<Task<PreparedBatch>> _batches = Channel.CreateBounded<Task<PreparedBatch>>(new BoundedChannelOptions(2)
    {
        SingleReader = true,
        SingleWriter = true,
    });

    private readonly Task<WriteSummary> _writer;
    private List<Document> _current;

    public BatchWriter(IArticleStore store, int batchSize)
    {
        _store = store;
        _batchSize = batchSize;
        _current = new List<Document>(batchSize);
        _writer = Task.Run(WriteAllAsync);
    }

    /// <summary>Adds a document; waits while two full batches are already queued.</summary>
    public async ValueTask AddAsync(Document document)
    {
        _current.Add(document);
        if (_current.Count >= _batchSize)
        {
            var full = _current;
            _current = new List<Document>(_batchSize);
            await _batches.Writer.WriteAsync(Task.Run(() => PreparedBatch.Prepare(full)));
        }
    }

    /// <summary>Queues the last partial batch, waits until every batch is committed, and returns what was written.
    /// Batches are written to the end even when the run was interrupted: each holds complete documents.</summary>
    public async Task<WriteSummary> CompleteAsync()
    {
        if (_current.Count > 0)
        {
            var last = _current;
            _current = [];
            await _batches.Writer.WriteAsync(Task.Run(() => PreparedBatch.Prepare(last)));
        }

        _batches.Writer.TryComplete();
        return await _writer;
    }

    private async Task<WriteSummary> WriteAllAsync()
    {
        var total = new WriteSummary();
        await foreach (var prepared in _batches.Reader.ReadAllAsync())
        {
            total += await _store.WriteAsync(await prepared, CancellationToken.None);
        }

        return total;
    }
}
