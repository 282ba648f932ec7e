using BenchmarkDotNet.Attributes;
using Newsdesk.Documents;
using Newsdesk.Ingest.JsonLines;
using Newsdesk.Processing;
using Newsdesk.Storage.Sqlite;

namespace Newsdesk.Bench;

/// <summary>The text path of ingest, piece by piece: parsing a JSON line, the intake stage, and a 1,000-article batch write.</summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private readonly byte[][] _lines = new byte[1000][];
    private Document[] _documents = [];
    private string _directory = "";
    private int _round;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = new SyntheticCorpus();
        var pipeline = new PipelineBuilder().Add(new IntakeStage()).Build();
        _documents = new Document[_lines.Length];
        for (var i = 0; i < _lines.Length; i++)
        {
            _lines[i] = System.Text.Encoding.UTF8.GetBytes(corpus.Article(i, 3000));
            _documents[i] = pipeline.Process(JsonLinesReader.ParseLine(_lines[i], "x", "bench:1"));
        }

        _directory = Path.Combine(Path.GetTempPath(), "newsdesk-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Description = "parse 1,000 JSON lines + intake")]
    public int ParseAndIntake()
    {
        var pipeline = new PipelineBuilder().Add(new IntakeStage()).Build();
        var paragraphs = 0;
        foreach (var line in _lines)
        {
            paragraphs += pipeline.Process(JsonLinesReader.ParseLine(line, "x", "bench:1")).Paragraphs.Length;
        }

        return paragraphs;
    }

    [Benchmark(Description = "write 1,000 articles (one transaction, new database)")]
    public async Task<int> WriteBatch()
    {
        var path = Path.Combine(_directory, $"b{_round++}.db");
        await using var store = SqliteArticleStore.Open(path, create: true);
        var summary = await store.WriteAsync(_documents);
        return summary.Stored;
    }
}
