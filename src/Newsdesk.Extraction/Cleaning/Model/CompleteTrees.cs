using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Newsdesk.Extraction.Cleaning.Model;

/// <summary>
/// The trees of a <see cref="BoostedTreesModel"/> padded to complete binary trees of one depth (a leaf above the
/// bottom becomes a split that sends everything left, to two copies of itself), so that a prediction computes each
/// child's index, <c>2i + 1 + (x &gt; threshold)</c>, instead of branching on it: the branches of a tree walk are
/// unpredictable. Trees of depth 4 (the shipped model's) are also evaluated eight rows at a time with AVX2 (issue 4's
/// speed target). Every path adds the trees' outputs in tree order, in single precision, so all give the same sums to
/// the last bit. Immutable and thread-safe.
/// </summary>
internal sealed class CompleteTrees
{
    /// <summary>Rows per block of <see cref="AddRows"/>: 32 rows of 63 features are 8 KB.</summary>
    private const int BlockRows = 32;

    /// <summary>The depth the eight-row AVX2 path is written for: nodes 0–14, leaves 0–15.</summary>
    private const int VectorDepth = 4;

    private readonly int _count;
    private readonly int _depth;
    private readonly int _inner;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly float[] _leaf;

    public CompleteTrees(IReadOnlyList<DecisionTree> trees, int depth)
    {
        ArgumentNullException.ThrowIfNull(trees);
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

    /// <summary>The highest feature index any node reads.</summary>
    public int MaxFeature { get; private set; }

    /// <summary>The sum of the trees' outputs for one feature vector.</summary>
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

    /// <summary>Adds every tree's output to <paramref name="sums"/>, one row of <paramref name="rows"/> per sum. The
    /// caller has checked that <paramref name="rows"/> holds <c>sums.Length</c> rows of <paramref name="width"/>
    /// values and that <paramref name="width"/> exceeds <see cref="MaxFeature"/>.</summary>
    public void AddRows(ReadOnlySpan<float> rows, int width, Span<float> sums)
    {
        var at = 0;
        if (_depth == VectorDepth && Avx2.IsSupported)
        {
            at = AddRowsEightAtATime(rows, width, sums);
        }

        AddRowsScalar(rows, width, sums, at);
    }

    /// <summary>Rows from <paramref name="from"/> on, in blocks of <see cref="BlockRows"/>, each block through every
    /// tree before the next block: a block and the trees both stay in the first-level cache, and within a block the
    /// rows' walks are independent, so the processor overlaps them.</summary>
    private void AddRowsScalar(ReadOnlySpan<float> rows, int width, Span<float> sums, int from)
    {
        ref var feature0 = ref MemoryMarshal.GetArrayDataReference(_feature);
        ref var threshold0 = ref MemoryMarshal.GetArrayDataReference(_threshold);
        ref var leaf0 = ref MemoryMarshal.GetArrayDataReference(_leaf);
        ref var rows0 = ref MemoryMarshal.GetReference(rows);
        ref var sums0 = ref MemoryMarshal.GetReference(sums);
        var inner = _inner;
        var depth = _depth;
        for (var block = from; block < sums.Length; block += BlockRows)
        {
            var blockEnd = Math.Min(sums.Length, block + BlockRows);
            for (var t = 0; t < _count; t++)
            {
                // Indices stay inside the tree (children of node i < 2^depth - 1 are below 2^(depth+1) - 1) and inside
                // the row (every feature index is below MaxFeature < width).
                ref var feature = ref Unsafe.Add(ref feature0, t * inner);
                ref var threshold = ref Unsafe.Add(ref threshold0, t * inner);
                ref var leaf = ref Unsafe.Add(ref leaf0, t << depth);
                for (var r = block; r < blockEnd; r++)
                {
                    ref var vector = ref Unsafe.Add(ref rows0, r * width);
                    var i = 0;
                    for (var d = 0; d < depth; d++)
                    {
                        i = 2 * i + 1 + (Unsafe.Add(ref vector, Unsafe.Add(ref feature, i)) > Unsafe.Add(ref threshold, i) ? 1 : 0);
                    }

                    Unsafe.Add(ref sums0, r) += Unsafe.Add(ref leaf, i - inner);
                }
            }
        }
    }

    /// <summary>
    /// Depth-4 trees over eight rows at once, one row per AVX2 lane: the rows are first copied column by column
    /// (feature f of the eight rows side by side), then every node of a tree is compared for all eight rows, and each
    /// lane's path is chosen from those comparisons with blends (node 3 + 2·b0 + b1 at the third level, and so on), the
    /// leaf picked with two permutes: no dependent loads, and eight rows per instruction. Returns the number of
    /// rows done (a multiple of eight); the scalar path does the rest.
    /// </summary>
    private int AddRowsEightAtATime(ReadOnlySpan<float> rows, int width, Span<float> sums)
    {
        var done = sums.Length & ~7;
        if (done == 0)
        {
            return 0;
        }

        var columns = width <= 128 ? stackalloc float[width * 8] : new float[width * 8];
        ref var columns0 = ref MemoryMarshal.GetReference(columns);
        ref var feature0 = ref MemoryMarshal.GetArrayDataReference(_feature);
        ref var threshold0 = ref MemoryMarshal.GetArrayDataReference(_threshold);
        ref var leaf0 = ref MemoryMarshal.GetArrayDataReference(_leaf);
        ref var sums0 = ref MemoryMarshal.GetReference(sums);
        var four = Vector256.Create(4);
        var two = Vector256.Create(2);
        var one = Vector256.Create(1);
        for (var r = 0; r < done; r += 8)
        {
            for (var lane = 0; lane < 8; lane++)
            {
                var row = rows.Slice((r + lane) * width, width);
                for (var f = 0; f < row.Length; f++)
                {
                    columns[f * 8 + lane] = row[f];
                }
            }

            var sum = Vector256.LoadUnsafe(ref sums0, (nuint)r);
            for (var t = 0; t < _count; t++)
            {
                ref var feature = ref Unsafe.Add(ref feature0, t * 15);
                ref var threshold = ref Unsafe.Add(ref threshold0, t * 15);
                ref var leaf = ref Unsafe.Add(ref leaf0, t * 16);

                var b0 = Avx.CompareGreaterThan(Column(ref columns0, ref feature, 0), Vector256.Create(threshold));
                var b1 = Avx.BlendVariable(
                    Compare(ref columns0, ref feature, ref threshold, 1), Compare(ref columns0, ref feature, ref threshold, 2), b0);
                var b2 = Avx.BlendVariable(
                    Avx.BlendVariable(Compare(ref columns0, ref feature, ref threshold, 3), Compare(ref columns0, ref feature, ref threshold, 4), b1),
                    Avx.BlendVariable(Compare(ref columns0, ref feature, ref threshold, 5), Compare(ref columns0, ref feature, ref threshold, 6), b1),
                    b0);
                var b3 = Avx.BlendVariable(
                    Avx.BlendVariable(
                        Avx.BlendVariable(Compare(ref columns0, ref feature, ref threshold, 7), Compare(ref columns0, ref feature, ref threshold, 8), b2),
                        Avx.BlendVariable(Compare(ref columns0, ref feature, ref threshold, 9), Compare(ref columns0, ref feature, ref threshold, 10), b2),
                        b1),
                    Avx.BlendVariable(
                        Avx.BlendVariable(Compare(ref columns0, ref feature, ref threshold, 11), Compare(ref columns0, ref feature, ref threshold, 12), b2),
                        Avx.BlendVariable(Compare(ref columns0, ref feature, ref threshold, 13), Compare(ref columns0, ref feature, ref threshold, 14), b2),
                        b1),
                    b0);

                // Leaf 8·b0 + 4·b1 + 2·b2 + b3: the low three bits pick within each half of the sixteen leaves.
                var index = (b1.AsInt32() & four) | (b2.AsInt32() & two) | (b3.AsInt32() & one);
                var low = Avx2.PermuteVar8x32(Vector256.LoadUnsafe(ref leaf), index);
                var high = Avx2.PermuteVar8x32(Vector256.LoadUnsafe(ref leaf, 8), index);
                sum = Avx.Add(sum, Avx.BlendVariable(low, high, b0));
            }

            sum.StoreUnsafe(ref sums0, (nuint)r);
        }

        return done;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Column(ref float columns0, ref int feature, int node) =>
        Vector256.LoadUnsafe(ref columns0, (nuint)(Unsafe.Add(ref feature, node) * 8));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Compare(ref float columns0, ref int feature, ref float threshold, int node) =>
        Avx.CompareGreaterThan(Column(ref columns0, ref feature, node), Vector256.Create(Unsafe.Add(ref threshold, node)));

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
        MaxFeature = Math.Max(MaxFeature, _feature[at]);
        _threshold[at] = isLeaf ? float.PositiveInfinity : tree.Threshold[node];
        Fill(tree, t, isLeaf ? node : tree.Left[node], 2 * slot + 1, level + 1);
        Fill(tree, t, isLeaf ? node : tree.Right[node], 2 * slot + 2, level + 1);
    }
}
