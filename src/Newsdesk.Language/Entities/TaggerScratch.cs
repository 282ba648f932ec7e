namespace Newsdesk.Language.Entities;

/// <summary>Buffers reused by one thread across documents, so that tagging allocates nothing per token.</summary>
internal sealed class TaggerScratch
{
    [ThreadStatic]
    private static TaggerScratch? _current;

    public TokenUnit[] Units = new TokenUnit[256];
    public float[] Scores = new float[256 * EntityTagSet.Count];
    public float[] Path = new float[256 * EntityTagSet.Count];
    public int[] Back = new int[256 * EntityTagSet.Count];
    public int[] Tags = new int[256];

    /// <summary>Per token, the feature-table rows of its context features (found once by the first pass, reused by
    /// the second): token <c>i</c>'s are <c>ContextRows[i * MaxFeatures ..]</c>, <c>ContextRowCounts[i]</c> of them.</summary>
    public int[] ContextRows = new int[256 * TokenFeaturizer.MaxFeatures];
    public int[] ContextRowCounts = new int[256];
    public readonly ulong[] Features = new ulong[TokenFeaturizer.MaxFeatures];
    public readonly Dictionary<ulong, byte> DocCase = [];
    public readonly WordCache Words = new();
    public readonly Dictionary<ulong, int> HistoryIndex = [];
    public int[] HistoryCounts = new int[256 * DocumentHistory.Kinds];

    /// <summary>This thread's scratch, with room for <paramref name="tokens"/> tokens.</summary>
    public static TaggerScratch For(int tokens)
    {
        var scratch = _current ??= new TaggerScratch();
        if (scratch.Units.Length < tokens)
        {
            var size = Math.Max(tokens, scratch.Units.Length * 2);
            scratch.Units = new TokenUnit[size];
            scratch.Scores = new float[size * EntityTagSet.Count];
            scratch.Path = new float[size * EntityTagSet.Count];
            scratch.Back = new int[size * EntityTagSet.Count];
            scratch.Tags = new int[size];
            scratch.ContextRows = new int[size * TokenFeaturizer.MaxFeatures];
            scratch.ContextRowCounts = new int[size];
        }

        return scratch;
    }
}
