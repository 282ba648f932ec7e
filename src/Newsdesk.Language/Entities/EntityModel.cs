using System.IO.Compression;
using System.Text;

namespace Newsdesk.Language.Entities;

/// <summary>
/// A trained entity tagger: one or two linear-chain passes over BILOU tags (averaged perceptron weights per feature and
/// tag, tag-transition weights, see <see cref="LinearChain"/>) decoded with Viterbi under the BILOU constraints, plus
/// the lexicon and gazetteer its features read. With two passes the second reads how the first labelled the same
/// words elsewhere in the article (<see cref="DocumentHistory"/>). Immutable and thread-safe; tagging reuses per-thread buffers and allocates nothing per token.
/// The file format is Brotli-compressed binary (see <see cref="Save(Stream)"/>), with weights as half-precision floats.
/// </summary>
public sealed class EntityModel
{
    /// <summary>The version written at the start of a model file; bumped when features or layout change.</summary>
    public const int FormatVersion = 2;

    private const string Magic = "NEWSDESK-NER";
    private const int T = EntityTagSet.Count;

    private readonly TokenFeaturizer _featurizer;
    private readonly StackedScorer _scorer;

    internal EntityModel(WordLexicon lexicon, LearnedGazetteer gazetteer, IReadOnlyList<LinearChain> passes)
    {
        if (passes.Count is < 1 or > WordCache.Lanes)
        {
            throw new ArgumentException($"an entity model has 1 to {WordCache.Lanes} passes", nameof(passes));
        }

        Lexicon = lexicon;
        Gazetteer = gazetteer;
        Passes = passes;
        _featurizer = new TokenFeaturizer(lexicon, gazetteer);
        _scorer = new StackedScorer(passes);
    }

    internal WordLexicon Lexicon { get; }

    internal LearnedGazetteer Gazetteer { get; }

    internal IReadOnlyList<LinearChain> Passes { get; }

    /// <summary>How many features have weights (all passes).</summary>
    public int FeatureCount => Passes.Sum(p => p.Keys.Length);

    /// <summary>Tags every sentence of <paramref name="document"/>, then news agencies in credit lines
    /// (<see cref="AgencyCreditRecognizer"/>); chunks use document-wide token indexes and come in order.</summary>
    public void Tag(TaggingDocument document, List<EntityChunk> chunks)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(chunks);
        var n = document.Tokens.Length;
        if (n == 0)
        {
            return;
        }

        var scratch = TaggerScratch.For(n);
        var units = scratch.Units.AsSpan(0, n);
        scratch.Words.BindTo(this);
        _featurizer.Prepare(document, units, scratch.DocCase, cache: scratch.Words);
        var tags = scratch.Tags.AsSpan(0, n);
        TagPrepared(document, units, scratch, scratch.Words, tags);
        AgencyCreditRecognizer.Apply(document, tags);
        HonorificNameRecognizer.Apply(document, tags);
        for (var s = 0; s < document.SentenceCount; s++)
        {
            var start = document.SentenceStarts[s];
            var end = document.SentenceStarts[s + 1];
            var before = chunks.Count;
            EntityTagSet.Decode(tags[start..end], chunks);
            for (var c = before; c < chunks.Count; c++)
            {
                chunks[c] = chunks[c] with { Start = chunks[c].Start + start, End = chunks[c].End + start };
            }
        }
    }

    /// <summary>Runs the passes over prepared units (the trainer calls this on training documents prepared with their
    /// own leave-one-out gazetteer).</summary>
    internal void TagPrepared(TaggingDocument document, Span<TokenUnit> units, TaggerScratch scratch, WordCache? cache, Span<int> tags) =>
        _scorer.Tag(document, units, scratch, cache, tags);

    /// <summary>Writes the model; the file is deterministic for a given model.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(T);
        var lexicon = Lexicon.Entries.OrderBy(kv => kv.Key).ToArray();
        writer.Write(lexicon.Length);
        foreach (var (key, e) in lexicon)
        {
            writer.Write(key);
            writer.Write(e.Coarse);
            writer.Write(e.Medium);
            writer.Write(e.Fine);
            writer.Write(e.CaseBucket);
        }

        var gazetteer = Gazetteer.Entries.OrderBy(kv => kv.Key).ToArray();
        writer.Write(gazetteer.Length);
        foreach (var (key, types) in gazetteer)
        {
            writer.Write(key);
            writer.Write(types);
        }

        writer.Write(Passes.Count);
        foreach (var pass in Passes)
        {
            pass.Write(writer);
        }
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>Reads a model written by <see cref="Save(Stream)"/>; throws <see cref="InvalidDataException"/> when the
    /// stream is not a model of this format version.</summary>
    public static EntityModel Load(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(brotli, 1 << 16), Encoding.UTF8);
        try
        {
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException("not a Newsdesk entity model");
            }

            var version = reader.ReadInt32();
            if (version != FormatVersion || reader.ReadInt32() != T)
            {
                throw new InvalidDataException($"entity model format {version} is not {FormatVersion}; retrain with `newsdesk train ner`");
            }

            var lexiconCount = reader.ReadInt32();
            var lexicon = new Dictionary<ulong, WordEntry>(lexiconCount);
            for (var i = 0; i < lexiconCount; i++)
            {
                lexicon[reader.ReadUInt64()] = new WordEntry(reader.ReadInt16(), reader.ReadInt16(), reader.ReadInt16(), reader.ReadByte());
            }

            var gazetteerCount = reader.ReadInt32();
            var gazetteer = new Dictionary<ulong, byte>(gazetteerCount);
            for (var i = 0; i < gazetteerCount; i++)
            {
                gazetteer[reader.ReadUInt64()] = reader.ReadByte();
            }

            var passCount = reader.ReadInt32();
            if (passCount is < 1 or > WordCache.Lanes)
            {
                throw new InvalidDataException($"entity model with {passCount} passes");
            }

            var passes = new LinearChain[passCount];
            for (var p = 0; p < passCount; p++)
            {
                passes[p] = LinearChain.Read(reader);
            }

            return new EntityModel(new WordLexicon(lexicon), new LearnedGazetteer(gazetteer), passes);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the entity model file is cut short", e);
        }
    }

    public static EntityModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }
}
