namespace Newsdesk.Language.Entities;

/// <summary>
/// One pass of the entity tagger as trained and stored: weights per feature and tag (rows of
/// <see cref="EntityTagSet.Count"/> contiguous floats) and tag-transition weights. Tagging goes through
/// <see cref="StackedScorer"/>, which lays the passes out for speed.
/// The first pass reads the token features; the second pass (<see cref="UsesHistory"/>) also reads the first pass's
/// document-level labels. Immutable and thread-safe.
/// </summary>
internal sealed class LinearChain
{
    private const int T = EntityTagSet.Count;

    public LinearChain(ulong[] keys, float[] weights, float[] transitions, bool usesHistory)
    {
        Keys = keys;
        Weights = weights;
        RawTransitions = transitions;
        UsesHistory = usesHistory;
    }

    public ulong[] Keys { get; }

    public float[] Weights { get; }

    public float[] RawTransitions { get; }

    public bool UsesHistory { get; }

    /// <summary>Writes transitions and the non-zero (half-precision) weights of each row; deterministic.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(UsesHistory);
        foreach (var w in RawTransitions)
        {
            writer.Write(w);
        }

        writer.Write(Keys.Length);
        for (var r = 0; r < Keys.Length; r++)
        {
            writer.Write(Keys[r]);
            var mask = 0;
            for (var t = 0; t < T; t++)
            {
                if ((Half)Weights[(r * T) + t] != Half.Zero)
                {
                    mask |= 1 << t;
                }
            }

            writer.Write(mask);
            for (var t = 0; t < T; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    writer.Write((Half)Weights[(r * T) + t]);
                }
            }
        }
    }

    public static LinearChain Read(BinaryReader reader)
    {
        var usesHistory = reader.ReadBoolean();
        var transitions = new float[(T + 1) * T];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var rows = reader.ReadInt32();
        var keys = new ulong[rows];
        var weights = new float[rows * T];
        for (var r = 0; r < rows; r++)
        {
            keys[r] = reader.ReadUInt64();
            var mask = reader.ReadInt32();
            for (var t = 0; t < T; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    weights[(r * T) + t] = (float)reader.ReadHalf();
                }
            }
        }

        return new LinearChain(keys, weights, transitions, usesHistory);
    }
}
