namespace Newsdesk.Language.Entities;

/// <summary>What the model knows about a normalised word from unlabelled text: its distributional clusters at
/// three granularities and how often it is capitalised inside a sentence.</summary>
/// <param name="Coarse">Cluster id among few clusters.</param>
/// <param name="Medium">Cluster id among more clusters.</param>
/// <param name="Fine">Cluster id among many clusters.</param>
/// <param name="CaseBucket">How the word is written away from sentence starts (see <see cref="WordLexicon.CaseBucketOf"/>).</param>
internal readonly record struct WordEntry(short Coarse, short Medium, short Fine, byte CaseBucket);

/// <summary>
/// Normalised-word hash → <see cref="WordEntry"/>. Built by <see cref="LexiconBuilder"/> from the training text (and
/// any unlabelled text given), stored in the model, read-only afterwards and so thread-safe.
/// </summary>
internal sealed class WordLexicon(Dictionary<ulong, WordEntry> entries)
{
    public Dictionary<ulong, WordEntry> Entries { get; } = entries;

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
