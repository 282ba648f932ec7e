using System.Diagnostics;

namespace Newsdesk.Language.Entities;

/// <summary>
/// Trains one <see cref="LinearChain"/> pass with the averaged structured perceptron (Collins 2002):
/// <list type="number">
/// <item>hashes every token's features once (with the first pass's document-level history for a second pass), keeping
/// those seen at least <see cref="TrainingOptions.MinFeatureCount"/> times;</item>
/// <item>runs <see cref="TrainingOptions.Epochs"/> passes in a seeded shuffled order: decode with constrained Viterbi,
/// and where the path differs from gold, add the gold features and transitions and subtract the predicted ones;</item>
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
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var constrained = ViterbiDecoder.Constrain(transitions);
            var mistakes = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var n = sentence.Gold.Length;
                Array.Clear(scores, 0, n * T);
                for (var i = 0; i < n; i++)
                {
                    var row = scores.AsSpan(i * T, T);
                    for (var f = sentence.Offsets[i]; f < sentence.Offsets[i + 1]; f++)
                    {
                        var w = weights.AsSpan(sentence.Rows[f] * T, T);
                        for (var t = 0; t < T; t++)
                        {
                            row[t] += w[t];
                        }
                    }
                }

                ViterbiDecoder.Decode(scores, n, constrained, endScores, path, back, predicted);
                var wrong = false;
                for (var i = 0; i < n; i++)
                {
                    var g = sentence.Gold[i];
                    var p = predicted[i];
                    var gPrev = i == 0 ? -1 : sentence.Gold[i - 1];
                    var pPrev = i == 0 ? -1 : predicted[i - 1];
                    if (g != p)
                    {
                        wrong = true;
                        for (var f = sentence.Offsets[i]; f < sentence.Offsets[i + 1]; f++)
                        {
                            var r = sentence.Rows[f] * T;
                            weights[r + g] += 1;
                            accumulated[r + g] += step;
                            weights[r + p] -= 1;
                            accumulated[r + p] -= step;
                        }
                    }

                    if (g != p || gPrev != pPrev)
                    {
                        var gi = ((gPrev + 1) * T) + g;
                        var pi = ((pPrev + 1) * T) + p;
                        transitions[gi] += 1;
                        transitionsAccumulated[gi] += step;
                        transitions[pi] -= 1;
                        transitionsAccumulated[pi] -= step;
                    }
                }

                mistakes += wrong ? 1 : 0;
                step++;
                if (wrong)
                {
                    constrained = ViterbiDecoder.Constrain(transitions);
                }
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
