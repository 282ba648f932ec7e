namespace Newsdesk.Extraction.Cleaning.Model;

/// <summary>
/// A gradient-boosted ensemble of small regression trees over named features, giving the probability that a unit is
/// article text. Trained by <see cref="BoostedTreesTrainer"/>; one stage of a <see cref="CleanerModel"/>, which stores
/// it. Immutable and thread-safe.
/// </summary>
public sealed class BoostedTreesModel
{
    // Every tree's nodes in one array, child indices absolute, leaves holding their output in Threshold: a prediction
    // walks one array with no interface calls (issue 4's speed target).
    private readonly Node[] _nodes;
    private readonly int[] _roots;

    public BoostedTreesModel(IReadOnlyList<string> featureNames, float baseScore, IReadOnlyList<DecisionTree> trees, string description)
    {
        ArgumentNullException.ThrowIfNull(featureNames);
        ArgumentNullException.ThrowIfNull(trees);
        FeatureNames = featureNames;
        BaseScore = baseScore;
        Trees = trees;
        Description = description;
        (_nodes, _roots) = Pack(trees);
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
        var score = BaseScore;
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

        return 1f / (1f + MathF.Exp(-score));
    }

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

