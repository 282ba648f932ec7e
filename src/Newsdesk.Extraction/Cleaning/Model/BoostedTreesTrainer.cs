namespace Newsdesk.Extraction.Cleaning.Model;

/// <summary>
/// Fits a <see cref="BoostedTreesModel"/> by gradient boosting with the logistic loss (Friedman 2001; the
/// histogram split search of LightGBM/XGBoost "hist"): each tree fits the loss's gradient on a seeded subsample of
/// rows, splitting on precomputed quantile bins. Deterministic for a given input and options.
/// </summary>
public static class BoostedTreesTrainer
{
    /// <summary>Fits a model. <paramref name="features"/> holds <c>labels.Length</c> rows of <paramref name="width"/>
    /// values (row-major); <paramref name="labels"/> are 1 for article text and 0 for noise; <paramref name="weights"/>
    /// weigh each row; <paramref name="progress"/>, when set, hears the training loss now and then.</summary>
    public static BoostedTreesModel Train(
        float[] features, int width, float[] labels, float[] weights, BoostedTreesOptions options, IReadOnlyList<string> featureNames,
        string description, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(options);
        var n = labels.Length;
        if (n == 0 || features.Length != n * width || weights.Length != n)
        {
            throw new ArgumentException("features, labels and weights disagree in size, or there are no rows");
        }

        var edges = BinEdges(features, n, width, options.Bins);

        // Column-major: the split search reads one feature of many rows at a time.
        var binned = new byte[n * width];
        for (var r = 0; r < n; r++)
        {
            for (var f = 0; f < width; f++)
            {
                binned[(long)f * n + r] = BinOf(edges[f], features[r * width + f]);
            }
        }

        double positive = 0, total = 0;
        for (var r = 0; r < n; r++)
        {
            positive += labels[r] * weights[r];
            total += weights[r];
        }

        var prior = Math.Clamp(positive / total, 1e-6, 1 - 1e-6);
        var baseScore = (float)Math.Log(prior / (1 - prior));
        var scores = new float[n];
        Array.Fill(scores, baseScore);
        var gradients = new float[n];
        var hessians = new float[n];
        var random = new Random(options.Seed);
        var trees = new List<DecisionTree>(options.Trees);
        for (var t = 0; t < options.Trees; t++)
        {
            var report = progress is not null && (t % 20 == 0 || t == options.Trees - 1);
            double loss = 0;
            for (var r = 0; r < n; r++)
            {
                var p = 1f / (1f + MathF.Exp(-scores[r]));
                gradients[r] = (p - labels[r]) * weights[r];
                hessians[r] = Math.Max(p * (1 - p), 1e-6f) * weights[r];
                if (report)
                {
                    loss -= weights[r] * (labels[r] > 0.5f ? Math.Log(Math.Max(p, 1e-9)) : Math.Log(Math.Max(1 - p, 1e-9)));
                }
            }

            var rows = Enumerable.Range(0, n).Where(_ => random.NextDouble() < options.Subsample).ToArray();
            var builder = new TreeBuilder(binned, n, edges, gradients, hessians, options);
            var tree = builder.Build(rows);
            trees.Add(tree);
            for (var r = 0; r < n; r++)
            {
                scores[r] += tree.Evaluate(features.AsSpan(r * width, width));
            }

            if (report)
            {
                progress?.Invoke($"tree {t + 1}/{options.Trees}: training log-loss {loss / total:F4}");
            }
        }

        return new BoostedTreesModel(featureNames, baseScore, trees, description);
    }

    private static float[][] BinEdges(float[] features, int n, int width, int bins)
    {
        var edges = new float[width][];
        var column = new float[n];
        for (var f = 0; f < width; f++)
        {
            for (var r = 0; r < n; r++)
            {
                column[r] = features[r * width + f];
            }

            Array.Sort(column);
            var cuts = new SortedSet<float>();
            for (var b = 1; b < bins; b++)
            {
                cuts.Add(column[(int)((long)b * (n - 1) / bins)]);
            }

            cuts.Remove(column[^1]);
            edges[f] = [.. cuts];
        }

        return edges;
    }

    /// <summary>The bin of <paramref name="value"/>: the first edge it does not exceed, or the last bin.</summary>
    private static byte BinOf(float[] edges, float value)
    {
        var i = Array.BinarySearch(edges, value);
        return (byte)(i >= 0 ? i : ~i);
    }

    private sealed class TreeBuilder(byte[] binned, long n, float[][] edges, float[] gradients, float[] hessians, BoostedTreesOptions options)
    {
        private readonly List<int> _feature = [];
        private readonly List<float> _threshold = [];
        private readonly List<int> _left = [];
        private readonly List<int> _right = [];
        private readonly List<float> _value = [];

        public DecisionTree Build(int[] rows)
        {
            Grow(rows, 0);
            return new DecisionTree([.. _feature], [.. _threshold], [.. _left], [.. _right], [.. _value]);
        }

        private int Grow(int[] rows, int depth)
        {
            var node = _feature.Count;
            _feature.Add(-1);
            _threshold.Add(0);
            _left.Add(-1);
            _right.Add(-1);
            double g = 0, h = 0;
            foreach (var r in rows)
            {
                g += gradients[r];
                h += hessians[r];
            }

            _value.Add((float)(-g / (h + options.Lambda) * options.LearningRate));
            if (depth >= options.Depth || h < 2 * options.MinChildWeight)
            {
                return node;
            }

            var (feature, bin, gain) = BestSplit(rows, g, h);
            if (feature < 0 || gain <= 1e-6)
            {
                return node;
            }

            var column = feature * n;
            var left = rows.Where(r => binned[column + r] <= bin).ToArray();
            var right = rows.Where(r => binned[column + r] > bin).ToArray();
            _feature[node] = feature;
            _threshold[node] = edges[feature][bin];
            _left[node] = Grow(left, depth + 1);
            _right[node] = Grow(right, depth + 1);
            return node;
        }

        private (int Feature, int Bin, double Gain) BestSplit(int[] rows, double g, double h)
        {
            var bestFeature = -1;
            var bestBin = 0;
            var bestGain = 0.0;
            var lambda = options.Lambda;
            var parent = g * g / (h + lambda);
            var gradientHistogram = new double[options.Bins + 1];
            var hessianHistogram = new double[options.Bins + 1];
            for (var f = 0; f < edges.Length; f++)
            {
                var binCount = edges[f].Length;
                if (binCount == 0)
                {
                    continue;
                }

                Array.Clear(gradientHistogram);
                Array.Clear(hessianHistogram);
                var column = f * n;
                foreach (var r in rows)
                {
                    var b = binned[column + r];
                    gradientHistogram[b] += gradients[r];
                    hessianHistogram[b] += hessians[r];
                }

                double gl = 0, hl = 0;
                for (var b = 0; b < binCount; b++)
                {
                    gl += gradientHistogram[b];
                    hl += hessianHistogram[b];
                    var hr = h - hl;
                    if (hl < options.MinChildWeight || hr < options.MinChildWeight)
                    {
                        continue;
                    }

                    var gr = g - gl;
                    var gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parent;
                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        bestFeature = f;
                        bestBin = b;
                    }
                }
            }

            return (bestFeature, bestBin, bestGain);
        }
    }
}
