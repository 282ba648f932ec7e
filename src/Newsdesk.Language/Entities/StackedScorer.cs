using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Newsdesk.Language.Entities;

/// <summary>
/// Scores and decodes the passes of an <see cref="EntityModel"/> on the hot path. All passes share one
/// <see cref="FeatureTable"/> over the union of their features, with each pass's weights laid out by that table's rows
/// (zeros where a pass lacks the feature, which add nothing). So the first pass finds each token's context-feature
/// rows once and the second pass reuses them: it hashes and looks up only its few history features. The word-only
/// features' sums are cached per word and pass (<see cref="WordCache"/>). The result is the same as scoring each
/// <see cref="LinearChain"/> on its own. Immutable and thread-safe.
/// </summary>
internal sealed class StackedScorer
{
    private const int T = EntityTagSet.Count;

    private readonly FeatureTable _table;
    private readonly float[][] _weights;
    private readonly float[][] _transitions;
    private readonly bool[] _usesHistory;
    private readonly float[] _end = ViterbiDecoder.EndScores();

    public StackedScorer(IReadOnlyList<LinearChain> passes)
    {
        var rowOf = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        foreach (var pass in passes)
        {
            foreach (var key in pass.Keys)
            {
                if (rowOf.TryAdd(key, keys.Count))
                {
                    keys.Add(key);
                }
            }
        }

        _table = new FeatureTable(keys.ToArray());
        _weights = new float[passes.Count][];
        _transitions = new float[passes.Count][];
        _usesHistory = new bool[passes.Count];
        for (var p = 0; p < passes.Count; p++)
        {
            var weights = new float[keys.Count * T];
            var pass = passes[p];
            for (var r = 0; r < pass.Keys.Length; r++)
            {
                pass.Weights.AsSpan(r * T, T).CopyTo(weights.AsSpan(rowOf[pass.Keys[r]] * T, T));
            }

            _weights[p] = weights;
            _transitions[p] = ViterbiDecoder.Constrain(pass.RawTransitions);
            _usesHistory[p] = pass.UsesHistory;
        }
    }

    /// <summary>Runs every pass over the prepared <paramref name="units"/> of <paramref name="document"/>; the last pass's
    /// tags are left in <paramref name="tags"/>. <paramref name="cache"/> may be null (no per-word reuse).</summary>
    public void Tag(TaggingDocument document, Span<TokenUnit> units, TaggerScratch scratch, WordCache? cache, Span<int> tags)
    {
        for (var pass = 0; pass < _weights.Length; pass++)
        {
            if (pass > 0)
            {
                DocumentHistory.Fill(units, tags, scratch.HistoryIndex, ref scratch.HistoryCounts);
            }

            for (var s = 0; s < document.SentenceCount; s++)
            {
                var start = document.SentenceStarts[s];
                var end = document.SentenceStarts[s + 1];
                Score(pass, units, start, end, scratch, cache);
                var length = end - start;
                ViterbiDecoder.Decode(scratch.Scores.AsSpan(start * T, length * T), length, _transitions[pass], _end,
                    scratch.Path.AsSpan(0, length * T), scratch.Back.AsSpan(0, length * T), tags.Slice(start, length));
            }
        }
    }

    private void Score(int pass, ReadOnlySpan<TokenUnit> units, int start, int end, TaggerScratch scratch, WordCache? cache)
    {
        var weights = _weights[pass];
        var features = scratch.Features.AsSpan();
        for (var i = start; i < end; i++)
        {
            var scores = scratch.Scores.AsSpan(i * T, T);
            if (cache is null)
            {
                scores.Clear();
                AddFeatures(weights, scores, features[..TokenFeaturizer.WordFeatures(units[i], features)]);
            }
            else
            {
                var word = cache.ScoreRow(pass, units[i].Word, out var filled);
                if (!filled)
                {
                    word.Clear();
                    AddFeatures(weights, word, features[..TokenFeaturizer.WordFeatures(units[i], features)]);
                }

                word.CopyTo(scores);
            }

            var rows = scratch.ContextRows.AsSpan(i * TokenFeaturizer.MaxFeatures, TokenFeaturizer.MaxFeatures);
            if (pass == 0)
            {
                var count = TokenFeaturizer.ContextFeatures(units, i, start, end, features);
                var found = 0;
                for (var f = 0; f < count; f++)
                {
                    var row = _table.Find(features[f]);
                    if (row >= 0)
                    {
                        rows[found++] = row;
                    }
                }

                scratch.ContextRowCounts[i] = found;
            }

            foreach (var row in rows[..scratch.ContextRowCounts[i]])
            {
                AddRow(scores, weights.AsSpan(row * T, T));
            }

            if (_usesHistory[pass])
            {
                AddFeatures(weights, scores, features[..TokenFeaturizer.HistoryFeatures(units, i, start, end, features)]);
            }
        }
    }

    private void AddFeatures(float[] weights, Span<float> scores, ReadOnlySpan<ulong> features)
    {
        foreach (var feature in features)
        {
            var row = _table.Find(feature);
            if (row >= 0)
            {
                AddRow(scores, weights.AsSpan(row * T, T));
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
}
