using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Newsdesk.Language.Entities;

/// <summary>
/// One pass of the entity tagger: weights per feature and tag (rows of <see cref="EntityTagSet.Count"/> contiguous
/// floats, found through a <see cref="FeatureTable"/>) and tag-transition weights, decoded with constrained Viterbi.
/// The first pass reads the token features; the second pass (<see cref="UsesHistory"/>) also reads the first pass's
/// document-level labels. Immutable and thread-safe.
/// </summary>
internal sealed class LinearChain
{
    private const int T = EntityTagSet.Count;

    private readonly FeatureTable _table;
    private readonly float[] _transitions;
    private readonly float[] _end;

    public LinearChain(ulong[] keys, float[] weights, float[] transitions, bool usesHistory)
    {
        Keys = keys;
        Weights = weights;
        RawTransitions = transitions;
        UsesHistory = usesHistory;
        _table = new FeatureTable(keys);
        _transitions = ViterbiDecoder.Constrain(transitions);
        _end = ViterbiDecoder.EndScores();
    }

    public ulong[] Keys { get; }

    public float[] Weights { get; }

    public float[] RawTransitions { get; }

    public bool UsesHistory { get; }

    /// <summary>Tags tokens [start, end) of the prepared <paramref name="units"/> into <paramref name="tags"/> (indexed
    /// like the units). With a <paramref name="cache"/>, word-only feature sums are reused from lane <paramref name="lane"/>.</summary>
    public void Decode(ReadOnlySpan<TokenUnit> units, int start, int end, TaggerScratch scratch, WordCache? cache, int lane, Span<int> tags)
    {
        Score(units, start, end, scratch, cache, lane);
        var length = end - start;
        ViterbiDecoder.Decode(scratch.Scores.AsSpan(start * T, length * T), length, _transitions, _end,
            scratch.Path.AsSpan(0, length * T), scratch.Back.AsSpan(0, length * T), tags.Slice(start, length));
    }

    /// <summary>Fills the emission scores of tokens [start, end): the word's word-only row (cached per word when it
    /// can be) plus its context (and history) features, each feature one table lookup and one vector add of its row.</summary>
    private void Score(ReadOnlySpan<TokenUnit> units, int start, int end, TaggerScratch scratch, WordCache? cache, int lane)
    {
        var features = scratch.Features.AsSpan();
        for (var i = start; i < end; i++)
        {
            var scores = scratch.Scores.AsSpan(i * T, T);
            if (cache is null)
            {
                scores.Clear();
                AddFeatures(scores, features[..TokenFeaturizer.WordFeatures(units[i], features)]);
            }
            else
            {
                var word = cache.ScoreRow(lane, units[i].Word, out var filled);
                if (!filled)
                {
                    word.Clear();
                    AddFeatures(word, features[..TokenFeaturizer.WordFeatures(units[i], features)]);
                }

                word.CopyTo(scores);
            }

            AddFeatures(scores, features[..TokenFeaturizer.ContextFeatures(units, i, start, end, features)]);
            if (UsesHistory)
            {
                AddFeatures(scores, features[..TokenFeaturizer.HistoryFeatures(units, i, start, end, features)]);
            }
        }
    }

    private void AddFeatures(Span<float> scores, ReadOnlySpan<ulong> features)
    {
        foreach (var feature in features)
        {
            var row = _table.Find(feature);
            if (row >= 0)
            {
                AddRow(scores, Weights.AsSpan(row * T, T));
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

    /// <summary>Writes transitions and the non-zero (half-precision) weights of each row; deterministic.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(UsesHistory);
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
                if ((Half)Weights[(r * T) + t] != Half.Zero)
                {
                    mask |= 1 << t;
                }
            }

            writer.Write(mask);
            for (var t = 0; t < T; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    writer.Write((Half)Weights[(r * T) + t]);
                }
            }
        }
    }

    public static LinearChain Read(BinaryReader reader)
    {
        var usesHistory = reader.ReadBoolean();
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

        return new LinearChain(keys, weights, transitions, usesHistory);
    }
}
