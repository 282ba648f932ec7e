namespace Newsdesk.Language.Entities;

/// <summary>
/// Names seen in training data (and in the country table) with the types they were annotated as, keyed by the hash
/// of their normalised tokens. Read-only once built; thread-safe.
/// </summary>
internal sealed class LearnedGazetteer(Dictionary<ulong, byte> entries) : IGazetteer
{
    /// <summary>Names longer than this are not listed (and not looked up).</summary>
    public const int MaxTokens = 6;

    private const ulong Seed = 0x1234_5678_9ABC_DEF1UL;

    public Dictionary<ulong, byte> Entries { get; } = entries;

    public byte TypesOf(ulong key) => Entries.GetValueOrDefault(key);

    /// <summary>The key of a name, extended token by token: start from <see cref="Start"/>, then <see cref="Extend"/>.</summary>
    public static ulong Start => Seed;

    public static ulong Extend(ulong key, ulong normOfToken) => FeatureHash.Mix(key, normOfToken);

    public static ulong KeyOf(IEnumerable<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var key = Start;
        foreach (var token in tokens)
        {
            key = Extend(key, FeatureHash.Norm(token));
        }

        return key;
    }
}
