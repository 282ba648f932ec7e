namespace Newsdesk.Extraction.Cleaning.Model;

/// <summary>
/// One regression tree of a <see cref="BoostedTreesModel"/>, stored as parallel arrays. Node 0 is the root; a node
/// with <c>Feature[i] &lt; 0</c> is a leaf whose output is <c>Value[i]</c>; otherwise a vector goes to
/// <c>Left[i]</c> when its feature value is at most <c>Threshold[i]</c>, else to <c>Right[i]</c>.
/// </summary>
public sealed record DecisionTree(int[] Feature, float[] Threshold, int[] Left, int[] Right, float[] Value)
{
    public float Evaluate(ReadOnlySpan<float> vector)
    {
        var node = 0;
        while (Feature[node] >= 0)
        {
            node = vector[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
        }

        return Value[node];
    }

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
