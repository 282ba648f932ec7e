namespace Newsdesk.Language.Entities;

/// <summary>What the model knows about a normalised word from unlabelled text: its distributional clusters at
/// three granularities and how often it is capitalised inside a sentence.</summary>
/// <param name="Coarse">Cluster id among few clusters.</param>
/// <param name="Medium">Cluster id among more clusters.</param>
/// <param name="Fine">Cluster id among many clusters.</param>
/// <param name="CaseBucket">How the word is written away from sentence starts (see <see cref="WordLexicon.CaseBucketOf"/>).</param>
/// <param name="Medium2">Middle-granularity cluster of the second, independently started clustering (see
/// <see cref="LexiconBuilder"/>); <see cref="WordLexicon.NoCluster"/> when the lexicon has none.</param>
/// <param name="Fine2">Fine cluster of the second clustering.</param>
/// <param name="Medium3">Middle-granularity cluster of the third clustering.</param>
/// <param name="Fine3">Fine cluster of the third clustering.</param>
internal readonly record struct WordEntry(short Coarse, short Medium, short Fine, byte CaseBucket,
    short Medium2 = WordLexicon.NoCluster, short Fine2 = WordLexicon.NoCluster, short Medium3 = WordLexicon.NoCluster, short Fine3 = WordLexicon.NoCluster);

/// <summary>
/// Normalised-word hash → <see cref="WordEntry"/>. Built by <see cref="LexiconBuilder"/> from the training text (and
/// any unlabelled text given), stored in the model, read-only afterwards and so thread-safe.
/// </summary>
internal sealed class WordLexicon(Dictionary<ulong, WordEntry> entries, int extraClusterings = 0)
{
    /// <summary>Marks an extra clustering the lexicon does not have, so that its features are not emitted at all.</summary>
    public const short NoCluster = short.MinValue;

    /// <summary>Most extra clusterings a lexicon holds besides the first.</summary>
    public const int MaxExtraClusterings = 2;

    public Dictionary<ulong, WordEntry> Entries { get; } = entries;

    /// <summary>How many extra clusterings (0 to <see cref="MaxExtraClusterings"/>) the entries carry.</summary>
    public int ExtraClusterings { get; } = extraClusterings;

    public bool TryGet(ulong norm, out WordEntry entry) => Entries.TryGetValue(norm, out entry);

    /// <summary>
    /// Buckets of the share of lower-case occurrences away from sentence starts and headlines: 0 too rare to tell,
    /// 1 almost always lower case (a common word), 2 mostly lower, 3 mixed, 4 mostly capitalised, 5 always
    /// capitalised (a name). This is what lets the model tell "The" from "Kim" at a sentence start.
    /// </summary>
    public static byte CaseBucketOf(int lower, int upper)
    {
        var total = lower + upper;
        if (total < 2)
        {
            return 0;
        }

        var share = (double)lower / total;
        return share switch
        {
            >= 0.95 => 1,
            >= 0.6 => 2,
            >= 0.25 => 3,
            > 0 => 4,
            _ => 5,
        };
    }
}
