using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;

namespace Newsdesk.Processing;

/// <summary>
/// An immutable, checked sequence of stages, built by <see cref="PipelineBuilder"/>. Thread-safe: one pipeline is
/// built per run and shared by every worker.
/// </summary>
public sealed class DocumentPipeline
{
    internal DocumentPipeline(ImmutableArray<IDocumentStage> stages, Layers provides)
    {
        Stages = stages;
        Provides = provides;
    }

    public ImmutableArray<IDocumentStage> Stages { get; }

    /// <summary>Every layer a document can have after this pipeline.</summary>
    public Layers Provides { get; }

    /// <summary>
    /// Runs every stage on one record. A stage that throws is recorded as a <see cref="DiagnosticCodes.StageFailed"/>
    /// error on the document, and later stages that need its layers are skipped; the exception does not escape,
    /// except <see cref="OperationCanceledException"/>.
    /// </summary>
    public Document Process(RawDocument source, CancellationToken cancellationToken = default)
    {
        var document = Document.FromSource(source);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var missing = stage.Requires & ~document.Layers;
            if (missing != Layers.None)
            {
                document = document.WithDiagnostic(Diagnostic.Warning(
                    DiagnosticCodes.StageSkipped, stage.Name, document.Id, $"skipped: {missing} missing after an earlier failure"));
                continue;
            }

            try
            {
                var result = stage.Process(document, cancellationToken);
                document = result with { Layers = result.Layers | stage.Provides };
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A bug in one stage must not stop a run of thousands of documents (ARCHITECTURE.md).
            catch (Exception exception)
#pragma warning restore CA1031
            {
                document = document.WithDiagnostic(Diagnostic.Error(
                    DiagnosticCodes.StageFailed, stage.Name, document.Id, $"{exception.GetType().Name}: {exception.Message}"));
            }
        }

        return document;
    }

    /// <summary>
    /// Runs the pipeline over <paramref name="sources"/> on up to <paramref name="jobs"/> threads and yields the
    /// documents in input order, so that a store can write them in order. At most a few documents per job are in
    /// flight, so memory stays flat on any input size.
    /// </summary>
    public async IAsyncEnumerable<Document> RunAsync(
        IAsyncEnumerable<RawDocument> sources,
        int jobs,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);

        // Each record becomes a task; tasks enter a bounded channel in input order and are awaited in that order.
        // The channel's capacity bounds how far the workers run ahead of the consumer.
        var inFlight = Channel.CreateBounded<Task<Document>>(new BoundedChannelOptions(jobs * 4)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var workers = new SemaphoreSlim(jobs);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var source in sources.WithCancellation(stop.Token).ConfigureAwait(false))
                {
                    await workers.WaitAsync(stop.Token).ConfigureAwait(false);
                    var work = Task.Run(() =>
                    {
                        try
                        {
                            return Process(source, stop.Token);
                        }
                        finally
                        {
                            workers.Release();
                        }
                    }, stop.Token);
                    await inFlight.Writer.WriteAsync(work, stop.Token).ConfigureAwait(false);
                }

                inFlight.Writer.Complete();
            }
#pragma warning disable CA1031 // The failure is handed to the consumer through the channel.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                inFlight.Writer.Complete(exception);
            }
        }, stop.Token);

        try
        {
            await foreach (var work in inFlight.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                yield return await work.ConfigureAwait(false);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The consumer stopped early or the run was cancelled; nothing is left to hand over.
            }

            // Let in-flight workers finish before the semaphore is disposed.
            while (inFlight.Reader.TryRead(out var pending))
            {
                try
                {
                    await pending.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }
    }
}
