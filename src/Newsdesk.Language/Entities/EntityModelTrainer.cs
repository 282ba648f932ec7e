using System.Diagnostics;

namespace Newsdesk.Language.Entities;

/// <summary>
/// Trains an <see cref="EntityModel"/> from CoNLL documents with the averaged structured perceptron (Collins 2002):
/// <list type="number">
/// <item>builds the word lexicon (clusters, case statistics) from the training text plus any unlabelled sentences;</item>
/// <item>learns a gazetteer from the training names, seen by each training document only through the other documents
/// (<see cref="LeaveOneOutGazetteer"/>), plus the optional external list (countries);</item>
/// <item>hashes every token's features once, keeping those seen at least <see cref="TrainingOptions.MinFeatureCount"/> times;</item>
/// <item>runs <see cref="TrainingOptions.Epochs"/> passes in a seeded shuffled order: decode with constrained Viterbi,
/// and where the path differs from gold, add the gold features and transitions and subtract the predicted ones;</item>
/// <item>returns the averaged weights. After each epoch the averaged model is scored on the dev documents, if given.</item>
/// </list>
/// Deterministic for given inputs and options.
/// </summary>
public static class EntityModelTrainer
{
    private const int T = EntityTagSet.Count;

    private sealed record TrainSentence(int[] Offsets, int[] Rows, int[] Gold);

    public static EntityModel Train(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument>? dev, TrainingOptions options,
        IReadOnlyList<string[]>? unlabeled = null, IReadOnlyDictionary<ulong, byte>? external = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        log ??= _ => { };
        var clock = Stopwatch.StartNew();

        var lexiconText = train.SelectMany(d => d.Sentences.Select(s => s.Tokens)).Concat(unlabeled ?? []).ToList();
        var lexicon = LexiconBuilder.Build(lexiconText, log);
        log($"lexicon built in {clock.Elapsed.TotalSeconds:F1} s");

        // Gazetteer from training names, per document, so that each document can be left out of its own view.
        var totals = new Dictionary<ulong, int[]>();
        var perDocument = new List<Dictionary<ulong, int[]>>();
        foreach (var document in train)
        {
            var own = new Dictionary<ulong, int[]>();
            foreach (var sentence in document.Sentences)
            {
                foreach (var chunk in EntityTagSet.ChunksOfIob(sentence.Tags))
                {
                    if (chunk.End - chunk.Start > LearnedGazetteer.MaxTokens)
                    {
                        continue;
                    }

                    var key = LearnedGazetteer.KeyOf(sentence.Tokens[chunk.Start..chunk.End]);
                    Increment(own, key, (int)chunk.Type);
                    Increment(totals, key, (int)chunk.Type);
                }
            }

            perDocument.Add(own);
        }

        var externalGazetteer = new LearnedGazetteer(new Dictionary<ulong, byte>(external ?? new Dictionary<ulong, byte>()));
        var gazetteerEntries = new Dictionary<ulong, byte>(externalGazetteer.Entries);
        foreach (var (key, counts) in totals)
        {
            var types = gazetteerEntries.GetValueOrDefault(key);
            for (var t = 0; t < 4; t++)
            {
                types |= counts[t] > 0 ? (byte)(1 << t) : (byte)0;
            }

            gazetteerEntries[key] = types;
        }

        var gazetteer = new LearnedGazetteer(gazetteerEntries);

        // Hash features once.
        var featurizer = new TokenFeaturizer(lexicon, gazetteer);
        var hashed = new List<(int[] Offsets, ulong[] Keys, int[] Gold)>();
        var featureCounts = new Dictionary<ulong, int>();
        var buffer = new ulong[TokenFeaturizer.MaxFeatures];
        var docCase = new Dictionary<ulong, byte>();
        for (var d = 0; d < train.Count; d++)
        {
            var document = TaggingDocument.FromConll(train[d]);
            var units = new TokenUnit[document.Tokens.Length];
            featurizer.Prepare(document, units, docCase, new LeaveOneOutGazetteer(totals, perDocument[d], externalGazetteer));
            for (var s = 0; s < document.SentenceCount; s++)
            {
                var start = document.SentenceStarts[s];
                var end = document.SentenceStarts[s + 1];
                var offsets = new int[end - start + 1];
                var keys = new List<ulong>((end - start) * 48);
                for (var i = start; i < end; i++)
                {
                    var count = TokenFeaturizer.Features(units, i, start, end, buffer);
                    for (var f = 0; f < count; f++)
                    {
                        keys.Add(buffer[f]);
                        featureCounts[buffer[f]] = featureCounts.GetValueOrDefault(buffer[f]) + 1;
                    }

                    offsets[i - start + 1] = keys.Count;
                }

                var gold = new int[end - start];
                EntityTagSet.Encode(EntityTagSet.ChunksOfIob(train[d].Sentences[s].Tags), gold);
                hashed.Add((offsets, [.. keys], gold));
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
        EntityModel? model = null;
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

            model = Averaged(lexicon, gazetteer, keysArray, weights, accumulated, transitions, transitionsAccumulated, step);
            var message = $"epoch {epoch}: {mistakes} sentences wrong of {sentences.Count}";
            if (dev is { Count: > 0 })
            {
                var score = ConllTagger.Evaluate(model, dev).Overall;
                message += $"; dev P {score.Precision:P2} R {score.Recall:P2} F1 {score.F1:P2}";
            }

            log($"{message}; {clock.Elapsed.TotalSeconds:F1} s");
        }

        return model ?? Averaged(lexicon, gazetteer, keysArray, weights, accumulated, transitions, transitionsAccumulated, step);
    }

    /// <summary>The averaged weights <c>w - accumulated / step</c>, with rows that round to zero in half precision dropped.</summary>
    private static EntityModel Averaged(WordLexicon lexicon, LearnedGazetteer gazetteer, ulong[] keys, float[] weights, double[] accumulated,
        float[] transitions, double[] transitionsAccumulated, long step)
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

        return new EntityModel(lexicon, gazetteer, [.. keptKeys], [.. kept], averagedTransitions);
    }

    private static void Increment(Dictionary<ulong, int[]> counts, ulong key, int type)
    {
        if (!counts.TryGetValue(key, out var array))
        {
            array = new int[4];
            counts[key] = array;
        }

        array[type]++;
    }
}
