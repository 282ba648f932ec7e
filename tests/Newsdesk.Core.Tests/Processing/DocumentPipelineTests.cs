using System.Runtime.CompilerServices;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Processing;

namespace Newsdesk.Core.Tests.Processing;

public sealed class DocumentPipelineTests
{
    private static RawDocument Raw(string id, string text = "Some text.") =>
        new() { Id = id, Origin = id + ".txt", Kind = ContentKind.Text, Content = text };

    private static async IAsyncEnumerable<RawDocument> Sources(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Raw($"doc-{i:D4}");
            await Task.Yield();
        }
    }

    [Fact]
    public void DocumentPipeline_RecordsTheLayersEachStageProvides()
    {
        var pipeline = new PipelineBuilder()
            .Add(FakeStage.Intake())
            .Add(new FakeStage("tokens", Layers.Text, Layers.Tokens))
            .Build();

        var document = pipeline.Process(Raw("a", "Hello."));

        Assert.Equal(Layers.Source | Layers.Text | Layers.Tokens, document.Layers);
        Assert.Equal("Hello.", document.Text);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void DocumentPipeline_IsolatesAThrowingStageIntoAStageFailedError()
    {
        var pipeline = new PipelineBuilder()
            .Add(FakeStage.Intake())
            .Add(new FakeStage("broken", Layers.Text, Layers.Entities, (_, _) => throw new InvalidOperationException("boom")))
            .Build();

        var document = pipeline.Process(Raw("a"));

        var failure = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.StageFailed, failure.Code);
        Assert.Equal(DiagnosticSeverity.Error, failure.Severity);
        Assert.Equal("broken", failure.Stage);
        Assert.Equal("a", failure.Location);
        Assert.Contains("boom", failure.Message, StringComparison.Ordinal);
        Assert.True(document.HasErrors);
    }

    [Fact]
    public void DocumentPipeline_KeepsTheLayersMadeBeforeAFailure()
    {
        var pipeline = new PipelineBuilder()
            .Add(FakeStage.Intake())
            .Add(new FakeStage("broken", Layers.Text, Layers.Entities, (_, _) => throw new InvalidOperationException("boom")))
            .Build();

        var document = pipeline.Process(Raw("a", "Kept text."));

        Assert.Equal("Kept text.", document.Text);
        Assert.Equal(Layers.Source | Layers.Text, document.Layers);
    }

    [Fact]
    public void DocumentPipeline_SkipsStagesThatNeedAFailedStagesLayer()
    {
        var dependant = new FakeStage("quotes", Layers.Entities, Layers.Quotes);
        var independent = new FakeStage("times", Layers.Text, Layers.Times);
        var pipeline = new PipelineBuilder()
            .Add(FakeStage.Intake())
            .Add(new FakeStage("entities", Layers.Text, Layers.Entities, (_, _) => throw new FormatException("bad model")))
            .Add(dependant)
            .Add(independent)
            .Build();

        var document = pipeline.Process(Raw("a"));

        Assert.Equal(0, dependant.Calls);
        Assert.Equal(1, independent.Calls);
        Assert.Equal([DiagnosticCodes.StageFailed, DiagnosticCodes.StageSkipped], document.Diagnostics.Select(d => d.Code));
        Assert.Equal("quotes", document.Diagnostics[1].Stage);
        Assert.True(document.Layers.HasFlag(Layers.Times));
        Assert.False(document.Layers.HasFlag(Layers.Quotes));
    }

    [Fact]
    public void DocumentPipeline_TreatsAStagesOwnCancellationAsAFailureWhenTheRunIsNotCancelled()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("timeout", Layers.Source, Layers.Text, (_, _) => throw new OperationCanceledException("inner timeout")))
            .Build();

        var document = pipeline.Process(Raw("a"));

        Assert.Equal(DiagnosticCodes.StageFailed, Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void DocumentPipeline_ProcessThrowsWhenCancelled()
    {
        var pipeline = new PipelineBuilder().Add(FakeStage.Intake()).Build();

        Assert.Throws<OperationCanceledException>(() => pipeline.Process(Raw("a"), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void DocumentPipeline_KeepsTheReadersDiagnostics()
    {
        var pipeline = new PipelineBuilder().Add(FakeStage.Intake()).Build();
        var warning = Diagnostic.Warning(DiagnosticCodes.InvalidUtf8, "text", "a.txt", "replaced");

        var document = pipeline.Process(Raw("a") with { Diagnostics = [warning] });

        Assert.Equal([warning], document.Diagnostics.ToArray());
    }

    [Fact]
    public async Task DocumentPipeline_RunAsyncYieldsDocumentsInInputOrderUnderParallelism()
    {
        var random = new Random(20261126);
        var delays = Enumerable.Range(0, 300).Select(_ => random.Next(0, 4)).ToArray();
        var inside = 0;
        var mostInside = 0;
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("slow", Layers.Source, Layers.Text, (document, _) =>
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref mostInside, now);
                Thread.Sleep(delays[int.Parse(document.Id[4..], System.Globalization.CultureInfo.InvariantCulture)]);
                Interlocked.Decrement(ref inside);
                return document with { Text = document.Id };
            }))
            .Build();

        var ids = new List<string>();
        await foreach (var document in pipeline.RunAsync(Sources(300), jobs: 4))
        {
            ids.Add(document.Text);
        }

        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"doc-{i:D4}"), ids);
        Assert.InRange(mostInside, 1, 4);
    }

    [Fact]
    public async Task DocumentPipeline_RunAsyncIsolatesFailuresToTheirDocuments()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("picky", Layers.Source, Layers.Text, (document, _) =>
                document.Id.EndsWith('3') ? throw new InvalidOperationException("no threes") : document))
            .Build();

        var documents = new List<Document>();
        await foreach (var document in pipeline.RunAsync(Sources(20), jobs: 3))
        {
            documents.Add(document);
        }

        Assert.Equal(20, documents.Count);
        Assert.Equal(["doc-0003", "doc-0013"], documents.Where(d => d.HasErrors).Select(d => d.Id));
    }

    [Fact]
    public async Task DocumentPipeline_RunAsyncStopsWhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var pipeline = new PipelineBuilder().Add(new FakeStage("slow", Layers.Source, Layers.Text, (document, _) =>
        {
            Thread.Sleep(1);
            return document;
        })).Build();

        var consumed = 0;
        var run = async () =>
        {
            await foreach (var _ in pipeline.RunAsync(Sources(100_000), jobs: 2, cancellation.Token))
            {
                if (++consumed == 10)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(run).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.InRange(consumed, 10, 10 + 16);
    }

    [Fact]
    public async Task DocumentPipeline_RunAsyncLetsTheConsumerStopEarly()
    {
        var pipeline = new PipelineBuilder().Add(FakeStage.Intake()).Build();

        var taken = new List<string>();
        await foreach (var document in pipeline.RunAsync(Sources(100_000), jobs: 2).WithCancellation(CancellationToken.None))
        {
            taken.Add(document.Id);
            if (taken.Count == 5)
            {
                break;
            }
        }

        Assert.Equal(["doc-0000", "doc-0001", "doc-0002", "doc-0003", "doc-0004"], taken);
    }

    [Fact]
    public async Task DocumentPipeline_RunAsyncPassesOnAFailureOfTheSource()
    {
        var pipeline = new PipelineBuilder().Add(FakeStage.Intake()).Build();

        var run = async () =>
        {
            await foreach (var _ in pipeline.RunAsync(Failing(), jobs: 2))
            {
            }
        };

        var error = await Assert.ThrowsAsync<IOException>(run);
        Assert.Equal("disk gone", error.Message);

        static async IAsyncEnumerable<RawDocument> Failing()
        {
            yield return Raw("first");
            await Task.Yield();
            throw new IOException("disk gone");
        }
    }

    [Fact]
    public async Task DocumentPipeline_RunAsyncRejectsFewerThanOneJob()
    {
        var pipeline = new PipelineBuilder().Add(FakeStage.Intake()).Build();

        var run = async () =>
        {
            await foreach (var _ in pipeline.RunAsync(Sources(1), jobs: 0))
            {
            }
        };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(run);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
