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

    /// <summary>
    /// The trees padded to complete binary trees of one depth (a leaf above the bottom becomes a split that sends
    /// everything left, to two copies of itself), so that a prediction computes each child's index,
    /// <c>2i + 1 + (x &gt; threshold)</c>, instead of branching on it: the branches of a tree walk are unpredictable,
    /// and without them the processor overlaps the trees' walks (issue 4's speed target).
    /// </summary>
    private sealed class CompleteTrees
    {
        private readonly int _count;
        private readonly int _depth;
        private readonly int _inner;
        private readonly int[] _feature;
        private readonly float[] _threshold;
        private readonly float[] _leaf;

        public CompleteTrees(IReadOnlyList<DecisionTree> trees, int depth)
        {
            _count = trees.Count;
            _depth = depth;
            _inner = (1 << depth) - 1;
            _feature = new int[trees.Count * _inner];
            _threshold = new float[trees.Count * _inner];
            _leaf = new float[trees.Count << depth];
            for (var t = 0; t < trees.Count; t++)
            {
                Fill(trees[t], t, trees[t].Feature.Length == 0 ? -1 : 0, 0, 0);
            }
        }

        public float Sum(ReadOnlySpan<float> vector)
        {
            var sum = 0f;
            var inner = _inner;
            var leaves = inner + 1;
            for (int t = 0, at = 0; t < _count; t++, at += inner)
            {
                var i = 0;
                for (var d = 0; d < _depth; d++)
                {
                    i = 2 * i + 1 + (vector[_feature[at + i]] > _threshold[at + i] ? 1 : 0);
                }

                sum += _leaf[t * leaves + i - inner];
            }

            return sum;
        }

        private void Fill(DecisionTree tree, int t, int node, int slot, int level)
        {
            var isLeaf = node < 0 || tree.Feature[node] < 0;
            if (level == _depth)
            {
                _leaf[(t << _depth) + slot - _inner] = node < 0 ? 0 : tree.Value[node];
                return;
            }

            var at = t * _inner + slot;
            _feature[at] = isLeaf ? 0 : tree.Feature[node];
            _threshold[at] = isLeaf ? float.PositiveInfinity : tree.Threshold[node];
            Fill(tree, t, isLeaf ? node : tree.Left[node], 2 * slot + 1, level + 1);
            Fill(tree, t, isLeaf ? node : tree.Right[node], 2 * slot + 2, level + 1);
        }
    }

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

