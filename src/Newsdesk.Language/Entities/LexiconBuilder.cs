namespace Newsdesk.Language.Entities;

/// <summary>
/// Builds the <see cref="WordLexicon"/> from tokenised sentences of plain (unlabelled) text, deterministically:
/// <list type="number">
/// <item>counts each normalised word, and how often it is written lower case or capitalised away from sentence
/// starts and all-caps headlines;</item>
/// <item>describes each word seen at least <see cref="MinCount"/> times by its left and right neighbours among the
/// <see cref="ContextWords"/> commonest words, weighted by positive pointwise mutual information;</item>
/// <item>projects those vectors to <see cref="Dimensions"/> dimensions with a fixed random sign matrix
/// (Johnson–Lindenstrauss) and clusters them with spherical k-means at three granularities, initialised from words
/// evenly spread over the frequency ranking. Words in one cluster occur in similar contexts ("Monday"/"Friday",
/// "Clinton"/"Yeltsin"), the role Brown clusters play in Ratinov and Roth (2009).</item>
/// </list>
/// </summary>
internal static class LexiconBuilder
{
    public const int MinCount = 3;
    public const int ContextWords = 1000;
    public const int Dimensions = 96;
    public static readonly int[] ClusterCounts = [32, 160, 640];
    private const int Iterations = 12;

    public static WordLexicon Build(IReadOnlyList<string[]> sentences, Action<string>? log = null, int draw = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(draw);
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<ulong, int>();
        var lower = new Dictionary<ulong, int>();
        var upper = new Dictionary<ulong, int>();
        var normed = new List<ulong[]>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var norms = new ulong[sentence.Length];
            var lettered = 0;
            var caps = 0;
            foreach (var token in sentence)
            {
                if (token.Any(char.IsLetter))
                {
                    lettered++;
                    caps += token.Any(char.IsLower) ? 0 : 1;
                }
            }

            var headline = lettered >= 2 && caps * 5 >= lettered * 4;
            for (var i = 0; i < sentence.Length; i++)
            {
                var token = sentence[i];
                var norm = FeatureHash.Norm(token);
                norms[i] = norm;
                counts[norm] = counts.GetValueOrDefault(norm) + 1;
                if (i > 0 && !headline && char.IsLetter(token[0]))
                {
                    var target = char.IsUpper(token[0]) ? upper : lower;
                    target[norm] = target.GetValueOrDefault(norm) + 1;
                }
            }

            normed.Add(norms);
        }

        // Order by frequency, ties by hash, so that every run builds the same lexicon.
        var ranked = counts.Where(kv => kv.Value >= MinCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => kv.Key).ToArray();
        var index = new Dictionary<ulong, int>(ranked.Length);
        for (var r = 0; r < ranked.Length; r++)
        {
            index[ranked[r]] = r;
        }

        var contexts = Math.Min(ContextWords, ranked.Length);
        var vectors = ContextVectors(normed, index, ranked, contexts);
        log?.Invoke($"lexicon: {counts.Count} words, {ranked.Length} clustered, {contexts} context words");
        var assignments = ClusterCounts.Select(k => KMeans(vectors, ranked.Length, Math.Min(k, Math.Max(1, ranked.Length)), draw)).ToArray();

        var entries = new Dictionary<ulong, WordEntry>();
        foreach (var (norm, _) in counts)
        {
            var bucket = WordLexicon.CaseBucketOf(lower.GetValueOrDefault(norm), upper.GetValueOrDefault(norm));
            if (index.TryGetValue(norm, out var r))
            {
                entries[norm] = new WordEntry((short)assignments[0][r], (short)assignments[1][r], (short)assignments[2][r], bucket);
            }
            else if (bucket != 0)
            {
                entries[norm] = new WordEntry(-1, -1, -1, bucket);
            }
        }

        return new WordLexicon(entries);
    }

    private static float[] ContextVectors(List<ulong[]> sentences, Dictionary<ulong, int> index, ulong[] ranked, int contexts)
    {
        var vocabulary = ranked.Length;
        var co = new Dictionary<long, int>();
        var contextTotals = new double[2 * contexts];
        double total = 0;
        foreach (var norms in sentences)
        {
            for (var i = 0; i < norms.Length; i++)
            {
                if (!index.TryGetValue(norms[i], out var w))
                {
                    continue;
                }

                if (i > 0 && index.TryGetValue(norms[i - 1], out var left) && left < contexts)
                {
                    Add(w, left);
                }

                if (i + 1 < norms.Length && index.TryGetValue(norms[i + 1], out var right) && right < contexts)
                {
                    Add(w, contexts + right);
                }
            }
        }

        var vectors = new float[vocabulary * Dimensions];
        var rowTotals = new double[vocabulary];
        foreach (var (key, c) in co)
        {
            rowTotals[key / (2 * contexts)] += c;
        }

        foreach (var (key, c) in co.OrderBy(kv => kv.Key))
        {
            var w = (int)(key / (2 * contexts));
            var ctx = (int)(key % (2 * contexts));
            var pmi = Math.Log(c * total / (rowTotals[w] * contextTotals[ctx]));
            if (pmi <= 0)
            {
                continue;
            }

            // A fixed pseudo-random ±1 projection of the context dimension.
            var seed = FeatureHash.Mix(0xC0FFEEUL, (ulong)ctx);
            for (var d = 0; d < Dimensions; d++)
            {
                var sign = ((FeatureHash.Mix(seed, (ulong)d) >> 17) & 1) == 0 ? 1f : -1f;
                vectors[(w * Dimensions) + d] += sign * (float)pmi;
            }
        }

        for (var w = 0; w < vocabulary; w++)
        {
            Normalise(vectors.AsSpan(w * Dimensions, Dimensions));
        }

        return vectors;

        void Add(int w, int ctx)
        {
            var key = ((long)w * 2 * contexts) + ctx;
            co[key] = co.GetValueOrDefault(key) + 1;
            contextTotals[ctx]++;
            total++;
        }
    }

    private static void Normalise(Span<float> v)
    {
        double sum = 0;
        foreach (var x in v)
        {
            sum += x * x;
        }

        if (sum > 0)
        {
            var scale = (float)(1 / Math.Sqrt(sum));
            for (var d = 0; d < v.Length; d++)
            {
                v[d] *= scale;
            }
        }
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var d = 0; d < a.Length; d++)
        {
            sum += a[d] * b[d];
        }

        return sum;
    }

    private static void AddTo(Span<float> target, ReadOnlySpan<float> v)
    {
        for (var d = 0; d < target.Length; d++)
        {
            target[d] += v[d];
        }
    }

    /// <summary>Spherical k-means: cluster of each of <paramref name="count"/> unit vectors.</summary>
    /// <remarks>Draw 0 starts centroid c at the word ranked c·count/k; draw d shifts every start by the fractional part
    /// of d·φ steps (φ the golden ratio, so that successive draws spread evenly over a step). Other draws exist to
    /// measure how much a result owes to one clustering.</remarks>
    private static int[] KMeans(float[] vectors, int count, int k, int draw)
    {
        var assignment = new int[count];
        if (count == 0)
        {
            return assignment;
        }

        var centroids = new float[k * Dimensions];
        for (var c = 0; c < k; c++)
        {
            var shift = draw == 0 ? 0 : (draw * 0.6180339887498949) % 1;
            var source = draw == 0 ? (int)((long)c * count / k) : Math.Min(count - 1, (int)((c + shift) * count / k));
            vectors.AsSpan(source * Dimensions, Dimensions).CopyTo(centroids.AsSpan(c * Dimensions, Dimensions));
        }

        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var changed = 0;
            Parallel.For(0, count, () => 0, (w, _, local) =>
            {
                var v = vectors.AsSpan(w * Dimensions, Dimensions);
                var best = 0;
                var bestScore = float.MinValue;
                for (var c = 0; c < k; c++)
                {
                    var score = Dot(v, centroids.AsSpan(c * Dimensions, Dimensions));
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = c;
                    }
                }

                if (assignment[w] != best || iteration == 0)
                {
                    assignment[w] = best;
                    local++;
                }

                return local;
            }, local => Interlocked.Add(ref changed, local));

            Array.Clear(centroids);
            for (var w = 0; w < count; w++)
            {
                var target = centroids.AsSpan(assignment[w] * Dimensions, Dimensions);
                AddTo(target, vectors.AsSpan(w * Dimensions, Dimensions));
            }

            for (var c = 0; c < k; c++)
            {
                Normalise(centroids.AsSpan(c * Dimensions, Dimensions));
            }

            if (changed == 0)
            {
                break;
            }
        }

        return assignment;
    }
}
