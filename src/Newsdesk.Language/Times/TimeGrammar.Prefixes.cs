using Newsdesk.Documents;

namespace Newsdesk.Times;

/// <summary>Words before a core expression that TimeML keeps inside its extent.</summary>
internal enum PrefixKind : byte
{
    None,

    /// <summary>"about", "nearly", "more than": the mod attribute APPROX, LESS_THAN, MORE_THAN…</summary>
    Approximate,

    /// <summary>"early", "late", "mid-", "earlier", "later", "the end of": a part of a date (mod START, END, MID).</summary>
    Part,
}

internal sealed partial class TimeGrammar
{
    // Multi-word approximations and bounds, longest first (TimeML mod values APPROX, MORE_THAN, LESS_THAN,
    // EQUAL_OR_MORE, EQUAL_OR_LESS).
    private static readonly string[][] _boundPhrases =
    [
        ["a", "little", "more", "than"], ["a", "little", "less", "than"], ["no", "more", "than"],
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"],
        ["as", "many", "as"], ["as", "much", "as"], ["as", "long", "as"],
    ];

    // Single approximation words kept in the extent (TimeML mod APPROX, LESS_THAN). "over", "under", "only" and "just"
    // are left out: TimeBank annotates "over the past 20 years" and "only six months" without them.
    private static readonly string[] _approximationWords = ["about", "around", "approximately", "roughly", "nearly", "almost", "some"];

    // "the end of the year": phrases naming a part of the date after them.
    private static readonly string[][] _partPhrases =
    [
        ["the", "end", "of"], ["the", "beginning", "of"], ["the", "middle", "of"], ["the", "start", "of"],
        ["the", "turn", "of"], ["the", "close", "of"], ["end", "of"], ["the", "rest", "of"], ["the", "early"],
        ["the", "late"], ["the", "mid"],
    ];

    // The first words of the bound phrases, tested before the phrases themselves on every ordinary word.
    private bool IsBoundOpener(int i) =>
        IsWord(i, "more") || IsWord(i, "less") || IsWord(i, "fewer") || IsWord(i, "at") || IsWord(i, "up") || IsWord(i, "no") || IsWord(i, "as");

    private int SkipPrefix(int i, out PrefixKind kind)
    {
        kind = PrefixKind.None;
        var j = MatchPhrase(i, _boundPhrases);
        if (j > i)
        {
            kind = PrefixKind.Approximate;
            return j;
        }

        foreach (var word in _approximationWords)
        {
            if (IsWord(i, word))
            {
                kind = PrefixKind.Approximate;
                return i + 1;
            }
        }

        j = MatchPhrase(i, _partPhrases);
        if (j > i)
        {
            kind = PrefixKind.Part;
            if (!(IsWord(j - 1, "early") || IsWord(j - 1, "late") || IsWord(j - 1, "mid")))
            {
                return j;
            }
        }

        if (j > i && (IsWord(j - 1, "early") || IsWord(j - 1, "late") || IsWord(j - 1, "mid")))
        {
            return IsHyphen(j) ? j + 1 : j;
        }

        if (WordAt(i) is { IsPartModifier: true } || IsWord(i, "earlier") || IsWord(i, "later"))
        {
            kind = PrefixKind.Part;
            // "mid-1990s", "late-November": the hyphen belongs to the prefix.
            return IsHyphen(i + 1) ? i + 2 : i + 1;
        }

        return i;
    }

    private int MatchPhrase(int i, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            var k = 0;
            while (k < phrase.Length && IsWord(i + k, phrase[k]))
            {
                k++;
            }

            if (k == phrase.Length)
            {
                return i + k;
            }
        }

        return i;
    }

    /// <summary>Approximations go with amounts (durations, "two years ago", clock times); parts go with dates.</summary>
    private static bool PrefixFits(PrefixKind prefix, Match core) => prefix switch
    {
        PrefixKind.None => true,
        PrefixKind.Approximate => core.Type is TimeType.Duration or TimeType.Time || core.IsRelativeCount,
        PrefixKind.Part => core.Type is TimeType.Date or TimeType.Time,
        _ => false,
    };
}
