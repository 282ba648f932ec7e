using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Newsdesk.Language.Entities;

/// <summary>
/// A trained entity tagger: a linear-chain model over BILOU tags (averaged perceptron weights per feature and tag,
/// tag-transition weights) decoded with Viterbi under the BILOU constraints, plus the lexicon and gazetteer its
/// features read. Immutable and thread-safe; tagging reuses per-thread buffers and allocates nothing per token.
/// The file format is Brotli-compressed binary (see <see cref="Save(Stream)"/>), with weights as half-precision floats.
/// </summary>
public sealed class EntityModel
{
    /// <summary>The version written at the start of a model file; bumped when features or layout change.</summary>
    public const int FormatVersion = 1;

    private const string Magic = "NEWSDESK-NER";
    private const int T = EntityTagSet.Count;

    private readonly FeatureTable _table;
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly float[] _end;
    private readonly TokenFeaturizer _featurizer;

    internal EntityModel(WordLexicon lexicon, LearnedGazetteer gazetteer, ulong[] keys, float[] weights, float[] transitions)
    {
        Lexicon = lexicon;
        Gazetteer = gazetteer;
        Keys = keys;
        _weights = weights;
        _table = new FeatureTable(keys);
        _featurizer = new TokenFeaturizer(lexicon, gazetteer);
        RawTransitions = transitions;

        _transitions = ViterbiDecoder.Constrain(transitions);
        _end = ViterbiDecoder.EndScores();
    }

    internal WordLexicon Lexicon { get; }

    internal LearnedGazetteer Gazetteer { get; }

    internal ulong[] Keys { get; }

    internal float[] RawTransitions { get; }

    /// <summary>How many features have weights.</summary>
    public int FeatureCount => Keys.Length;

    /// <summary>Tags every sentence of <paramref name="document"/>; chunks use document-wide token indexes and come in order.</summary>
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
        for (var s = 0; s < document.SentenceCount; s++)
        {
            var start = document.SentenceStarts[s];
            var end = document.SentenceStarts[s + 1];
            Score(units, start, end, scratch);
            Viterbi(scratch, start, end);
            var before = chunks.Count;
            EntityTagSet.Decode(scratch.Tags.AsSpan(start, end - start), chunks);
            for (var c = before; c < chunks.Count; c++)
            {
                chunks[c] = chunks[c] with { Start = chunks[c].Start + start, End = chunks[c].End + start };
            }
        }
    }

    /// <summary>Fills the emission scores of tokens [start, end): the word's cached word-only row plus its context
    /// features, each feature one table lookup and one vector add of its whole tag row.</summary>
    private void Score(ReadOnlySpan<TokenUnit> units, int start, int end, TaggerScratch scratch)
    {
        var features = scratch.Features.AsSpan();
        for (var i = start; i < end; i++)
        {
            var scores = scratch.Scores.AsSpan(i * T, T);
            var word = scratch.Words.ScoreRow(units[i].Word, out var filled);
            if (!filled)
            {
                word.Clear();
                AddFeatures(word, features[..TokenFeaturizer.WordFeatures(units[i], features)]);
            }

            word.CopyTo(scores);
            AddFeatures(scores, features[..TokenFeaturizer.ContextFeatures(units, i, start, end, features)]);
        }
    }

    private void AddFeatures(Span<float> scores, ReadOnlySpan<ulong> features)
    {
        foreach (var feature in features)
        {
            var row = _table.Find(feature);
            if (row >= 0)
            {
                AddRow(scores, _weights.AsSpan(row * T, T));
            }
        }
    }

    /// <summary><c>scores += row</c> for the <see cref="EntityTagSet.Count"/> (17) tags: two 8-wide vector adds and one
    /// scalar add; element by element the same float additions as a plain loop.</summary>
    private static void AddRow(Span<float> scores, ReadOnlySpan<float> row)
    {
        if (scores.Length < T || row.Length < T)
        {
            throw new ArgumentException("score rows hold one value per tag");
        }

        ref var s = ref MemoryMarshal.GetReference(scores);
        ref var w = ref MemoryMarshal.GetReference(row);
        (Vector256.LoadUnsafe(ref s) + Vector256.LoadUnsafe(ref w)).StoreUnsafe(ref s);
        (Vector256.LoadUnsafe(ref s, 8) + Vector256.LoadUnsafe(ref w, 8)).StoreUnsafe(ref s, 8);
        for (var t = 16; t < T; t++)
        {
            Unsafe.Add(ref s, t) += Unsafe.Add(ref w, t);
        }
    }

    private void Viterbi(TaggerScratch scratch, int start, int end)
    {
        var length = end - start;
        ViterbiDecoder.Decode(scratch.Scores.AsSpan(start * T, length * T), length, _transitions, _end,
            scratch.Path.AsSpan(0, length * T), scratch.Back.AsSpan(0, length * T), scratch.Tags.AsSpan(start, length));
    }

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

        foreach (var w in RawTransitions)
        {
            writer.Write(w);
        }

        writer.Write(Keys.Length);
        for (var r = 0; r < Keys.Length; r++)
        {
            writer.Write(Keys[r]);
            var mask = 0;
            for (var t = 0; t < T; t++)
            {
                if ((Half)_weights[(r * T) + t] != Half.Zero)
                {
                    mask |= 1 << t;
                }
            }

            writer.Write(mask);
            for (var t = 0; t < T; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    writer.Write((Half)_weights[(r * T) + t]);
                }
            }
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

            var transitions = new float[(T + 1) * T];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = reader.ReadSingle();
            }

            var rows = reader.ReadInt32();
            var keys = new ulong[rows];
            var weights = new float[rows * T];
            for (var r = 0; r < rows; r++)
            {
                keys[r] = reader.ReadUInt64();
                var mask = reader.ReadInt32();
                for (var t = 0; t < T; t++)
                {
                    if ((mask & (1 << t)) != 0)
                    {
                        weights[(r * T) + t] = (float)reader.ReadHalf();
                    }
                }
            }

            return new EntityModel(new WordLexicon(lexicon), new LearnedGazetteer(gazetteer), keys, weights, transitions);
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
