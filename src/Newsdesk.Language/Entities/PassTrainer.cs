using System.Diagnostics;

namespace Newsdesk.Language.Entities;

/// <summary>
/// Trains one <see cref="LinearChain"/> pass with an averaged online learner (Collins 2002; Crammer et al. 2006):
/// <list type="number">
/// <item>hashes every token's features once (with the first pass's document-level history for a second pass), keeping
/// those seen at least <see cref="TrainingOptions.MinFeatureCount"/> times;</item>
/// <item>runs <see cref="TrainingOptions.Epochs"/> passes in a seeded shuffled order: decode with constrained Viterbi
/// (optionally cost-augmented, optionally with a seeded fraction of the features dropped), and where the path differs
/// from gold, add the gold features and transitions and subtract the predicted ones, with step 1 (perceptron) or the
/// passive-aggressive step (<see cref="UpdateRule"/>);</item>
/// <item>returns the averaged weights, rows that round to zero in half precision dropped.</item>
/// </list>
/// Deterministic for given inputs and options.
/// </summary>
internal static class PassTrainer
{
    private const int T = EntityTagSet.Count;

    private sealed record TrainSentence(int[] Offsets, int[] Rows, int[] Gold);

    /// <param name="documents">All prepared training documents.</param>
    /// <param name="use">Which of them to train on.</param>
    /// <param name="usesHistory">A second pass: the units carry the first pass's labels.</param>
    /// <param name="options">Epochs, seed and feature-count cut-off.</param>
    /// <param name="log">Receives one line per epoch.</param>
    /// <param name="evaluate">Scores the averaged pass after each epoch (for the log), or null.</param>
    public static LinearChain Train(PreparedDocument[] documents, int[] use, bool usesHistory, TrainingOptions options,
        Func<LinearChain, string>? evaluate, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        var hashed = new List<(int[] Offsets, ulong[] Keys, int[] Gold)>();
        var featureCounts = new Dictionary<ulong, int>();
        var buffer = new ulong[TokenFeaturizer.MaxFeatures];
        foreach (var d in use)
        {
            var (document, units, allGold) = documents[d];
            for (var s = 0; s < document.SentenceCount; s++)
            {
                var start = document.SentenceStarts[s];
                var end = document.SentenceStarts[s + 1];
                var offsets = new int[end - start + 1];
                var keys = new List<ulong>((end - start) * 56);
                for (var i = start; i < end; i++)
                {
                    var count = TokenFeaturizer.Features(units, i, start, end, buffer);
                    if (usesHistory)
                    {
                        count += TokenFeaturizer.HistoryFeatures(units, i, start, end, buffer.AsSpan(count));
                    }

                    for (var f = 0; f < count; f++)
                    {
                        keys.Add(buffer[f]);
                        featureCounts[buffer[f]] = featureCounts.GetValueOrDefault(buffer[f]) + 1;
                    }

                    offsets[i - start + 1] = keys.Count;
                }

                hashed.Add((offsets, [.. keys], allGold[start..end]));
            }
        }

        var rowOf = new Dictionary<ulong, int>();
        var rowKeys = new List<ulong>();
        var sentences = new List<TrainSentence>(hashed.Count);
        foreach (var (offsets, keys, gold) in hashed)
        {
            var rows = new List<int>(keys.Length);
            var kept = new int[offsets.Length];
            for (var i = 0; i + 1 < offsets.Length; i++)
            {
                for (var f = offsets[i]; f < offsets[i + 1]; f++)
                {
                    var key = keys[f];
                    if (featureCounts[key] < options.MinFeatureCount)
                    {
                        continue;
                    }

                    if (!rowOf.TryGetValue(key, out var row))
                    {
                        row = rowKeys.Count;
                        rowOf[key] = row;
                        rowKeys.Add(key);
                    }

                    rows.Add(row);
                }

                kept[i + 1] = rows.Count;
            }

            sentences.Add(new TrainSentence(kept, [.. rows], gold));
        }

        hashed.Clear();
        log($"{sentences.Count} sentences, {featureCounts.Count} distinct features, {rowKeys.Count} kept; {clock.Elapsed.TotalSeconds:F1} s");
        featureCounts.Clear();

        var keysArray = rowKeys.ToArray();
        var weights = new float[keysArray.Length * T];
        var accumulated = new double[weights.Length];
        var transitions = new float[(T + 1) * T];
        var transitionsAccumulated = new double[transitions.Length];
        var endScores = ViterbiDecoder.EndScores();
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var longest = sentences.Max(s => s.Gold.Length);
        var scores = new float[longest * T];
        var path = new float[longest * T];
        var back = new int[longest * T];
        var predicted = new int[longest];
        long step = 1;
        var pa = options.Update == UpdateRule.PassiveAggressive;
        var dropThreshold = (ulong)(options.FeatureDropout * (1UL << 53));
        var delta = new Dictionary<long, float>();
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var constrained = ViterbiDecoder.Constrain(transitions);
            var mistakes = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var n = sentence.Gold.Length;
                var visit = new Dropout(dropThreshold, options.Seed, step);
                Emissions(sentence, weights, visit, scores);
                if (options.CostAugmented)
                {
                    AddCost(sentence.Gold, scores);
                }

                ViterbiDecoder.Decode(scores, n, constrained, endScores, path, back, predicted);
                var wrongTokens = 0;
                for (var i = 0; i < n; i++)
                {
                    wrongTokens += sentence.Gold[i] != predicted[i] ? 1 : 0;
                }

                var step1 = 1f;
                if (wrongTokens > 0 && pa)
                {
                    // With cost-augmented decoding the cost is already inside the predicted path's score.
                    var loss = PathScore(scores, transitions, predicted, n) - PathScore(scores, transitions, sentence.Gold, n)
                        + (options.CostAugmented ? 0 : wrongTokens);
                    var norm = SquaredNorm(sentence, predicted, visit, delta);
                    step1 = loss > 0 && norm > 0 ? MathF.Min(options.Aggressiveness, loss / norm) : 0;
                }

                if (wrongTokens > 0 && step1 > 0)
                {
                    Update(sentence, predicted, visit, step1, step, weights, accumulated, transitions, transitionsAccumulated);
                    constrained = ViterbiDecoder.Constrain(transitions);
                }

                mistakes += wrongTokens > 0 ? 1 : 0;
                step++;
            }

            var message = $"epoch {epoch}: {mistakes} sentences wrong of {sentences.Count}";
            if (evaluate is not null)
            {
                message += "; " + evaluate(Averaged(keysArray, weights, accumulated, transitions, transitionsAccumulated, step, usesHistory));
            }

            log($"{message}; {clock.Elapsed.TotalSeconds:F1} s");
        }

        return Averaged(keysArray, weights, accumulated, transitions, transitionsAccumulated, step, usesHistory);
    }

    /// <summary>Each token's tag scores: the sum of the weight rows of its features this visit keeps.</summary>
    private static void Emissions(TrainSentence sentence, float[] weights, Dropout visit, float[] scores)
    {
        var n = sentence.Gold.Length;
        Array.Clear(scores, 0, n * T);
        for (var i = 0; i < n; i++)
        {
            var row = scores.AsSpan(i * T, T);
            for (var f = sentence.Offsets[i]; f < sentence.Offsets[i + 1]; f++)
            {
                if (visit.Drops(f))
                {
                    continue;
                }

                var w = weights.AsSpan(sentence.Rows[f] * T, T);
                for (var t = 0; t < T; t++)
                {
                    row[t] += w[t];
                }
            }
        }
    }

    /// <summary>Raises every tag but the gold one by its Hamming cost (1), for cost-augmented decoding.</summary>
    private static void AddCost(int[] gold, float[] scores)
    {
        for (var i = 0; i < gold.Length; i++)
        {
            for (var t = 0; t < T; t++)
            {
                scores[(i * T) + t] += t == gold[i] ? 0 : 1;
            }
        }
    }

    /// <summary>Score of a tag path: its emissions plus its transitions (end scores are 0 on any allowed path).</summary>
    private static float PathScore(float[] scores, float[] transitions, ReadOnlySpan<int> tags, int n)
    {
        var total = 0f;
        var previous = -1;
        for (var i = 0; i < n; i++)
        {
            total += scores[(i * T) + tags[i]] + transitions[((previous + 1) * T) + tags[i]];
            previous = tags[i];
        }

        return total;
    }

    /// <summary>‖φ(gold) − φ(predicted)‖² over feature-tag weights and transitions, features repeated within the
    /// sentence counted together (so that the passive-aggressive step is exact).</summary>
    private static float SquaredNorm(TrainSentence sentence, int[] predicted, Dropout visit, Dictionary<long, float> delta)
    {
        delta.Clear();
        for (var i = 0; i < sentence.Gold.Length; i++)
        {
            var g = sentence.Gold[i];
            var p = predicted[i];
            var gPrev = i == 0 ? -1 : sentence.Gold[i - 1];
            var pPrev = i == 0 ? -1 : predicted[i - 1];
            if (g != p)
            {
                for (var f = sentence.Offsets[i]; f < sentence.Offsets[i + 1]; f++)
                {
                    if (!visit.Drops(f))
                    {
                        var r = (long)sentence.Rows[f] * T;
                        delta[r + g] = delta.GetValueOrDefault(r + g) + 1;
                        delta[r + p] = delta.GetValueOrDefault(r + p) - 1;
                    }
                }
            }

            if (g != p || gPrev != pPrev)
            {
                // Transitions as negative keys, apart from the feature rows.
                long gi = -1 - (((gPrev + 1) * T) + g);
                long pi = -1 - (((pPrev + 1) * T) + p);
                delta[gi] = delta.GetValueOrDefault(gi) + 1;
                delta[pi] = delta.GetValueOrDefault(pi) - 1;
            }
        }

        var norm = 0f;
        foreach (var v in delta.Values)
        {
            norm += v * v;
        }

        return norm;
    }

    /// <summary>Adds <paramref name="size"/> × (gold − predicted) features and transitions, and the same times
    /// <paramref name="step"/> to the sums the average is taken from (Daumé's averaging trick).</summary>
    private static void Update(TrainSentence sentence, int[] predicted, Dropout visit, float size, long step,
        float[] weights, double[] accumulated, float[] transitions, double[] transitionsAccumulated)
    {
        var weighted = (double)size * step;
        for (var i = 0; i < sentence.Gold.Length; i++)
        {
            var g = sentence.Gold[i];
            var p = predicted[i];
            var gPrev = i == 0 ? -1 : sentence.Gold[i - 1];
            var pPrev = i == 0 ? -1 : predicted[i - 1];
            if (g != p)
            {
                for (var f = sentence.Offsets[i]; f < sentence.Offsets[i + 1]; f++)
                {
                    if (visit.Drops(f))
                    {
                        continue;
                    }

                    var r = sentence.Rows[f] * T;
                    weights[r + g] += size;
                    accumulated[r + g] += weighted;
                    weights[r + p] -= size;
                    accumulated[r + p] -= weighted;
                }
            }

            if (g != p || gPrev != pPrev)
            {
                var gi = ((gPrev + 1) * T) + g;
                var pi = ((pPrev + 1) * T) + p;
                transitions[gi] += size;
                transitionsAccumulated[gi] += weighted;
                transitions[pi] -= size;
                transitionsAccumulated[pi] -= weighted;
            }
        }
    }

    /// <summary>Which features one visit of a training sentence leaves out: feature <c>f</c> is dropped when a hash of
    /// (seed, update step, f) falls under the threshold, so decoding and updating agree without storing a mask, and a
    /// run is reproducible. A zero threshold drops nothing.</summary>
    private readonly struct Dropout(ulong threshold, int seed, long step)
    {
        private readonly ulong _threshold = threshold;
        private readonly ulong _base = threshold == 0 ? 0 : Mix(((ulong)(uint)seed << 40) ^ (ulong)step);

        public bool Drops(int feature) => _threshold != 0 && (Mix(_base + (ulong)feature) >> 11) < _threshold;

        /// <summary>SplitMix64's finaliser (Steele et al. 2014).</summary>
        private static ulong Mix(ulong x)
        {
            x += 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }

    /// <summary>The averaged weights <c>w - accumulated / step</c>, with rows that round to zero in half precision dropped.</summary>
    private static LinearChain Averaged(ulong[] keys, float[] weights, double[] accumulated, float[] transitions, double[] transitionsAccumulated,
        long step, bool usesHistory)
    {
        var keptKeys = new List<ulong>(keys.Length);
        var kept = new List<float>(weights.Length);
        Span<float> row = stackalloc float[T];
        for (var r = 0; r < keys.Length; r++)
        {
            var any = false;
            for (var t = 0; t < T; t++)
            {
                var i = (r * T) + t;
                row[t] = (float)(weights[i] - (accumulated[i] / step));
                any |= (Half)row[t] != Half.Zero;
            }

            if (any)
            {
                keptKeys.Add(keys[r]);
                foreach (var w in row)
                {
                    kept.Add(w);
                }
            }
        }

        var averagedTransitions = new float[transitions.Length];
        for (var i = 0; i < transitions.Length; i++)
        {
            averagedTransitions[i] = (float)(transitions[i] - (transitionsAccumulated[i] / step));
        }

        return new LinearChain([.. keptKeys], [.. kept], averagedTransitions, usesHistory);
    }
}
