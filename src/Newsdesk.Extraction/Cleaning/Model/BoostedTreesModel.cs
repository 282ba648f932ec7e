namespace Newsdesk.Extraction.Cleaning.Model;

/// <summary>
/// A gradient-boosted ensemble of small regression trees over named features, giving the probability that a unit is
/// article text. Trained by <see cref="BoostedTreesTrainer"/>; one stage of a <see cref="CleanerModel"/>, which stores
/// it. Immutable and thread-safe.
/// </summary>
public sealed class BoostedTreesModel
{
    /// <summary>Ensembles no deeper than this are evaluated as complete trees (see <see cref="CompleteTrees"/>).</summary>
    private const int MaxCompleteDepth = 8;

    // Every tree's nodes in one array, child indices absolute, leaves holding their output in Threshold: the general
    // walk, for deep trees.
    private readonly Node[] _nodes;
    private readonly int[] _roots;
    private readonly CompleteTrees? _complete;

    public BoostedTreesModel(IReadOnlyList<string> featureNames, float baseScore, IReadOnlyList<DecisionTree> trees, string description)
    {
        ArgumentNullException.ThrowIfNull(featureNames);
        ArgumentNullException.ThrowIfNull(trees);
        FeatureNames = featureNames;
        BaseScore = baseScore;
        Trees = trees;
        Description = description;
        (_nodes, _roots) = Pack(trees);
        var depth = trees.Count == 0 ? 0 : trees.Max(t => Depth(t, 0));
        _complete = depth <= MaxCompleteDepth ? new CompleteTrees(trees, depth) : null;
    }

    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>The log-odds every prediction starts from.</summary>
    public float BaseScore { get; }

    public IReadOnlyList<DecisionTree> Trees { get; }

    /// <summary>How the model was trained (data, seed, parameters), for people.</summary>
    public string Description { get; }

    /// <summary>The probability (0–1) that the unit with feature <paramref name="vector"/> is article text.</summary>
    public float PredictArticle(ReadOnlySpan<float> vector)
    {
        var score = BaseScore + (_complete?.Sum(vector) ?? Walk(vector));
        return 1f / (1f + MathF.Exp(-score));
    }

    /// <summary>The probability that each of <c>result.Length</c> units is article text, their feature vectors the
    /// consecutive rows of <paramref name="rows"/>, <paramref name="width"/> values each. Gives exactly what
    /// <see cref="PredictArticle(ReadOnlySpan{float})"/> gives row by row, faster: each tree is applied to every row
    /// before the next tree, so the tree stays in the first-level cache and the rows' walks, independent of each
    /// other, overlap in the processor.</summary>
    public void PredictArticle(ReadOnlySpan<float> rows, int width, Span<float> result)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        if (rows.Length < (long)result.Length * width)
        {
            throw new ArgumentException("fewer rows than results", nameof(rows));
        }

        if (width <= (_complete?.MaxFeature ?? -1))
        {
            throw new ArgumentException("rows narrower than the features the trees read", nameof(width));
        }

        if (_complete is null)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = PredictArticle(rows.Slice(i * width, width));
            }

            return;
        }

        // The sums start at 0 and add the trees in order, then the base score, as the single-row path: the same
        // floating-point operations in the same order, so the same probabilities to the last bit.
        result.Clear();
        _complete.AddRows(rows, width, result);
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = 1f / (1f + MathF.Exp(-(BaseScore + result[i])));
        }
    }

    private float Walk(ReadOnlySpan<float> vector)
    {
        var score = 0f;
        var nodes = _nodes;
        foreach (var root in _roots)
        {
            var node = nodes[root];
            while (node.Feature >= 0)
            {
                node = nodes[vector[node.Feature] <= node.Threshold ? node.Left : node.Right];
            }

            score += node.Threshold;
        }

        return score;
    }

    private static int Depth(DecisionTree tree, int node) =>
        node < 0 || node >= tree.Feature.Length || tree.Feature[node] < 0
            ? 0
            : 1 + Math.Max(Depth(tree, tree.Left[node]), Depth(tree, tree.Right[node]));

    private static (Node[] Nodes, int[] Roots) Pack(IReadOnlyList<DecisionTree> trees)
    {
        var nodes = new List<Node>();
        var roots = new int[trees.Count];
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            var offset = nodes.Count;
            roots[t] = offset;
            var count = new[] { tree.Feature.Length, tree.Threshold.Length, tree.Left.Length, tree.Right.Length, tree.Value.Length }.Min();
            for (var i = 0; i < count; i++)
            {
                nodes.Add(tree.Feature[i] >= 0
                    ? new Node(tree.Feature[i], tree.Threshold[i], tree.Left[i] + offset, tree.Right[i] + offset)
                    : new Node(-1, tree.Value[i], 0, 0));
            }

            if (count == 0)
            {
                nodes.Add(new Node(-1, 0, 0, 0));
            }
        }

        return ([.. nodes], roots);
    }

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    internal StageFile ToFile() => new()
    {
        Features = [.. FeatureNames],
        BaseScore = BaseScore,
        Trees = [.. Trees.Select(t => new TreeFile { Feature = t.Feature, Threshold = t.Threshold, Left = t.Left, Right = t.Right, Value = t.Value })],
    };

    /// <summary>Reads one stage; throws <see cref="InvalidDataException"/> unless its features are
    /// <paramref name="expected"/> and its trees are sound.</summary>
    internal static BoostedTreesModel FromFile(StageFile? file, IReadOnlyList<string> expected, string description)
    {
        if (file?.Features is null || file.Trees is null)
        {
            throw new InvalidDataException("a model stage lacks its features or trees");
        }

        if (!file.Features.SequenceEqual(expected))
        {
            throw new InvalidDataException("the cleaner model was trained on other features than this build computes; retrain it with `newsdesk train cleaner`");
        }

        var trees = file.Trees.Select(t => new DecisionTree(t.Feature ?? [], t.Threshold ?? [], t.Left ?? [], t.Right ?? [], t.Value ?? [])).ToList();
        foreach (var tree in trees)
        {
            tree.Validate(file.Features.Length);
        }

        return new BoostedTreesModel(file.Features, file.BaseScore, trees, description);
    }

    internal sealed class StageFile
    {
        public string[]? Features { get; set; }
        public float BaseScore { get; set; }
        public TreeFile[]? Trees { get; set; }
    }

    internal sealed class TreeFile
    {
        public int[]? Feature { get; set; }
        public float[]? Threshold { get; set; }
        public int[]? Left { get; set; }
        public int[]? Right { get; set; }
        public float[]? Value { get; set; }
    }
}

