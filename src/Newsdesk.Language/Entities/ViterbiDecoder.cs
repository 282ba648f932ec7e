namespace Newsdesk.Language.Entities;

/// <summary>First-order Viterbi decoding over <see cref="EntityTagSet"/> tags, shared by tagging and training.</summary>
internal static class ViterbiDecoder
{
    private const int T = EntityTagSet.Count;

    /// <summary>For each tag, the tags that may precede it (ascending), flattened: the predecessors of tag <c>t</c>
    /// are <c>_predecessors[_predecessorStarts[t].._predecessorStarts[t + 1]]</c>. BILOU allows about a third of the
    /// pairs, so decoding visits only those (forbidden ones score -∞ and could never win).</summary>
    private static readonly int[] _predecessorStarts;
    private static readonly int[] _predecessors;

    static ViterbiDecoder()
    {
        var starts = new int[T + 1];
        var list = new List<int>();
        for (var to = 0; to < T; to++)
        {
            starts[to] = list.Count;
            for (var from = 0; from < T; from++)
            {
                if (EntityTagSet.IsAllowed(from, to))
                {
                    list.Add(from);
                }
            }
        }

        starts[T] = list.Count;
        _predecessorStarts = starts;
        _predecessors = [.. list];
    }

    /// <summary>
    /// The best tag sequence for <paramref name="length"/> tokens whose emission scores are <paramref name="scores"/>
    /// (<c>T</c> per token), with <paramref name="transitions"/> (row 0 = sentence start, row f + 1 after tag f;
    /// -∞ forbids) and <paramref name="end"/> scores; written to <paramref name="tags"/>.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> scores, int length, ReadOnlySpan<float> transitions, ReadOnlySpan<float> end,
        Span<float> path, Span<int> back, Span<int> tags)
    {
        for (var t = 0; t < T; t++)
        {
            path[t] = scores[t] + transitions[t];
        }

        for (var i = 1; i < length; i++)
        {
            var previous = path.Slice((i - 1) * T, T);
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = _predecessorStarts[t]; p < _predecessorStarts[t + 1]; p++)
                {
                    var f = _predecessors[p];
                    var v = previous[f] + transitions[((f + 1) * T) + t];
                    if (v > best)
                    {
                        best = v;
                        arg = f;
                    }
                }

                path[(i * T) + t] = best + scores[(i * T) + t];
                back[(i * T) + t] = arg;
            }
        }

        var last = 0;
        var bestEnd = float.NegativeInfinity;
        for (var t = 0; t < T; t++)
        {
            var v = path[((length - 1) * T) + t] + end[t];
            if (v > bestEnd)
            {
                bestEnd = v;
                last = t;
            }
        }

        for (var i = length - 1; i >= 0; i--)
        {
            tags[i] = last;
            last = back[(i * T) + last];
        }
    }

    /// <summary>Transitions with the BILOU constraints applied (forbidden ones set to -∞).</summary>
    public static float[] Constrain(ReadOnlySpan<float> transitions)
    {
        var constrained = new float[(T + 1) * T];
        for (var from = -1; from < T; from++)
        {
            for (var to = 0; to < T; to++)
            {
                var i = ((from + 1) * T) + to;
                constrained[i] = EntityTagSet.IsAllowed(from, to) ? transitions[i] : float.NegativeInfinity;
            }
        }

        return constrained;
    }

    /// <summary>End scores: 0 where a sentence may end, -∞ elsewhere.</summary>
    public static float[] EndScores()
    {
        var end = new float[T];
        for (var tag = 0; tag < T; tag++)
        {
            end[tag] = EntityTagSet.MayEnd(tag) ? 0 : float.NegativeInfinity;
        }

        return end;
    }
}
