namespace Newsdesk.Extraction.Cleaning.Model;

/// <summary>
/// One regression tree of a <see cref="BoostedTreesModel"/>, stored as parallel arrays. Node 0 is the root; a node
/// with <c>Feature[i] &lt; 0</c> is a leaf whose output is <c>Value[i]</c>; otherwise a vector goes to
/// <c>Left[i]</c> when its feature value is at most <c>Threshold[i]</c>, else to <c>Right[i]</c>.
/// </summary>
public sealed record DecisionTree(int[] Feature, float[] Threshold, int[] Left, int[] Right, float[] Value)
{
    // The same nodes packed one per struct: a prediction walks one array instead of five (issue 4's speed target).
    private readonly Node[] _nodes = Pack(Feature, Threshold, Left, Right, Value);

    public float Evaluate(ReadOnlySpan<float> vector)
    {
        var nodes = _nodes;
        var node = nodes[0];
        while (node.Feature >= 0)
        {
            node = nodes[vector[node.Feature] <= node.Threshold ? node.Left : node.Right];
        }

        return node.Threshold;
    }

    private static Node[] Pack(int[] feature, float[] threshold, int[] left, int[] right, float[] value)
    {
        var nodes = new Node[feature.Length];
        for (var i = 0; i < nodes.Length && i < threshold.Length && i < left.Length && i < right.Length && i < value.Length; i++)
        {
            // A leaf keeps its output in Threshold, so that a node is 16 bytes.
            nodes[i] = feature[i] >= 0 ? new Node(feature[i], threshold[i], left[i], right[i]) : new Node(-1, value[i], 0, 0);
        }

        return nodes;
    }

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    /// <summary>Throws <see cref="InvalidDataException"/> unless every index is in range and the tree has no cycle.</summary>
    internal void Validate(int featureCount)
    {
        var n = Feature.Length;
        if (n == 0 || Threshold.Length != n || Left.Length != n || Right.Length != n || Value.Length != n)
        {
            throw new InvalidDataException("a tree's arrays are empty or of different lengths");
        }

        for (var i = 0; i < n; i++)
        {
            if (Feature[i] >= featureCount || (Feature[i] >= 0 && (Left[i] <= i || Right[i] <= i || Left[i] >= n || Right[i] >= n)))
            {
                throw new InvalidDataException($"tree node {i} points outside the tree or backwards");
            }
        }
    }
}
