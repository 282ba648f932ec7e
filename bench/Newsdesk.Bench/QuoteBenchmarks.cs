using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Newsdesk.Documents;
using Newsdesk.Language.Entities;
using Newsdesk.Language.Quotes;
using Newsdesk.Language.Sentences;
using Newsdesk.Language.Tokenization;
using Newsdesk.Text;

namespace Newsdesk.Bench;

/// <summary>
/// Quote extraction against the tokenizing, sentence splitting and entity tagging it follows, on the articles of
/// ../shared/data/quotes/ggt-dev.jsonl (49 articles; fixed input). The budget: quotes add less than 20% to
/// the time of tokenizing and tagging entities.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private readonly QuoteExtractor _extractor = new();
    private readonly SentenceSplitter _splitter = new();
    private string[] _texts = [];
    private ImmutableArray<TextSpan>[] _sentences = [];
    private ImmutableArray<Entity>[] _entities = [];
    private Document[] _sentenceDocuments = [];
    private EntityStage? _entityStage;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(FindShared(), "data", "quotes", "ggt-dev.jsonl");
        _texts = File.ReadLines(path)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToArray();
        _sentences = _texts.Select(t => _splitter.Split(t, NewsTokenizer.Tokenize(t), ParagraphSplitter.Split(t))).ToArray();
        _entityStage = EntityStage.WithDefaultModel();
        _sentenceDocuments = _texts.Select((t, i) => new Document
        {
            Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Source = new RawDocument { Id = "b", Origin = "bench", Kind = ContentKind.Text, Content = t },
            Text = t,
            Tokens = [.. NewsTokenizer.Tokenize(t)],
            Sentences = _sentences[i],
        }).ToArray();
        _entities = _sentenceDocuments.Select(d => _entityStage.Process(d, CancellationToken.None).Entities).ToArray();
    }

    [Benchmark(Description = "entities (tagging + linking)")]
    public int Entities()
    {
        var count = 0;
        foreach (var document in _sentenceDocuments)
        {
            count += _entityStage!.Process(document, CancellationToken.None).Entities.Length;
        }

        return count;
    }

    [Benchmark(Baseline = true, Description = "tokens + sentences")]
    public int TokensAndSentences()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += _splitter.Split(text, NewsTokenizer.Tokenize(text), ParagraphSplitter.Split(text)).Length;
        }

        return count;
    }

    [Benchmark(Description = "quotes")]
    public int Quotes()
    {
        var count = 0;
        for (var i = 0; i < _texts.Length; i++)
        {
            count += _extractor.Extract(_texts[i], _sentences[i], _entities[i]).Length;
        }

        return count;
    }

    private static string FindShared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("NEWSDESK_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("../shared/data not found; set NEWSDESK_SHARED");
    }
}
