using BenchmarkDotNet.Attributes;
using Newsdesk.Diagnostics;
using Newsdesk.Language.Entities;
using Newsdesk.Language.Sentences;
using Newsdesk.Language.Tokenization;
using Newsdesk.Text;

namespace Newsdesk.Bench;

/// <summary>
/// Tokenizer, sentence splitter and entity tagger on fixed inputs: the CoNLL-2003 dev set (51,362 tokens, read from
/// ../shared at run time, never copied) and the same text as plain text. One thread: tokens/s on one core is
/// 51,362 / mean time of <see cref="TagDevSet"/>. Run: <c>dotnet run -c Release --project bench/Newsdesk.Bench --
/// --filter *LanguageBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private TaggingDocument[] _documents = [];
    private string _text = "";
    private EntityModel _model = null!;
    private string _modelPath = "";
    private readonly List<EntityChunk> _chunks = [];
    private readonly SentenceSplitter _splitter = new();

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var dev = Path.Combine(root, "..", "shared", "data", "ner", "conll2003", "dev.conll");
        var documents = ConllReader.ReadFile(dev, new List<Diagnostic>());
        _documents = [.. documents.Select(TaggingDocument.FromConll)];
        _text = string.Join("\n\n", _documents.Select(d => d.Text));
        _modelPath = Path.Combine(root, "models", "ner.bin");
        _model = EntityModel.Load(_modelPath);
    }

    /// <summary>Tags all 51,362 dev tokens (document by document) on one thread.</summary>
    [Benchmark]
    public int TagDevSet()
    {
        var found = 0;
        foreach (var document in _documents)
        {
            _chunks.Clear();
            _model.Tag(document, _chunks);
            found += _chunks.Count;
        }

        return found;
    }

    /// <summary>Tokenizes and splits the dev text (about 300 KB) on one thread.</summary>
    [Benchmark]
    public int TokenizeAndSplitDevText()
    {
        var tokens = NewsTokenizer.Tokenize(_text);
        return _splitter.Split(_text, tokens, ParagraphSplitter.Split(_text)).Length;
    }

    [Benchmark]
    public int LoadModel() => EntityModel.Load(_modelPath).FeatureCount;

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Newsdesk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Newsdesk.sln not found");
    }
}
