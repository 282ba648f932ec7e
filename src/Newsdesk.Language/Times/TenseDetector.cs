using System.Collections.Frozen;

namespace Newsdesk.Times;

/// <summary>
/// Finds the tense a time expression is read in from the words around it, without a part-of-speech tagger: the
/// nearest tense cue to the expression in its sentence wins (cues to the left first at equal distance), the way
/// HeidelTime uses the sentence's tense for underspecified expressions (Strötgen and Gertz 2013, §4.2).
/// </summary>
internal static class TenseDetector
{
    // Modal and periphrastic futures and words announcing plans: "will meet", "is to take office", "plans to".
    private static readonly FrozenSet<string> _futureCues = FrozenSet.ToFrozenSet(
    [
        "will", "shall", "won't", "'ll", "plans", "plan", "planned", "scheduled", "expected", "expects", "intends",
        "due", "upcoming", "tomorrow", "next", "aims", "hopes", "would", "soon",
    ], StringComparer.OrdinalIgnoreCase);

    // Past forms frequent in news that do not end in -ed.
    private static readonly FrozenSet<string> _pastCues = FrozenSet.ToFrozenSet(
    [
        "was", "were", "had", "did", "said", "told", "ago", "yesterday", "went", "came", "made", "took", "gave",
        "met", "held", "began", "rose", "fell", "left", "won", "lost", "sold", "bought", "paid", "got", "saw", "knew",
        "thought", "found", "struck", "became", "brought", "ran", "wrote", "spoke", "chose", "drew", "grew", "led",
        "sent", "spent", "built", "broke", "fought", "flew", "stood", "caught", "taught", "meant", "felt", "kept",
        "last", "earlier", "former", "previous",
    ], StringComparer.OrdinalIgnoreCase);

    // Present forms: "says", "is", "are" describe the time of writing.
    private static readonly FrozenSet<string> _presentCues = FrozenSet.ToFrozenSet(
    [
        "is", "are", "am", "says", "say", "has", "have", "does", "do",
    ], StringComparer.OrdinalIgnoreCase);

    // Auxiliaries before a participle or infinitive.
    private static readonly FrozenSet<string> _auxiliaries = FrozenSet.ToFrozenSet(
    [
        "be", "been", "being", "to", "can", "could", "may", "might", "must", "should",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _auxiliary = _auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _future = _futureCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _past = _pastCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _present = _presentCues.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that introduce a deadline or a start date, which news states ahead of time.
    private static readonly FrozenSet<string> _deadlineWords = FrozenSet.ToFrozenSet(
    [
        "by", "until", "till", "through", "effective", "payable", "expire", "expires", "expiring", "starting",
        "beginning", "due",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _deadline = _deadlineWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a word that puts the date after it ahead of the time of writing ("by", "effective").</summary>
    public static bool IsDeadline(ReadOnlySpan<char> word) => _deadline.Contains(word);

    /// <summary>The tense a single word signals, given the word after it ("is to" and "going to" are futures).</summary>
    public static SentenceTense Classify(ReadOnlySpan<char> previous, ReadOnlySpan<char> word, ReadOnlySpan<char> next)
    {
        if (word.Length < 2)
        {
            return SentenceTense.Unknown;
        }

        // "next to the embassy", "due to the strike": a preposition, not a plan.
        if (next.Equals("to", StringComparison.OrdinalIgnoreCase)
            && (word.Equals("next", StringComparison.OrdinalIgnoreCase) || word.Equals("due", StringComparison.OrdinalIgnoreCase)))
        {
            return SentenceTense.Unknown;
        }

        // "have been searching", "has agreed": the present perfect tells of the past.
        if ((word.Equals("has", StringComparison.OrdinalIgnoreCase) || word.Equals("have", StringComparison.OrdinalIgnoreCase))
            && (next.Equals("been", StringComparison.OrdinalIgnoreCase) || (next.Length >= 4 && next.EndsWith("ed", StringComparison.OrdinalIgnoreCase))))
        {
            return SentenceTense.Past;
        }

        // "will be held", "has been delayed": a participle after an auxiliary is not the clause's tense.
        if (_auxiliary.Contains(previous) && !_future.Contains(word))
        {
            return SentenceTense.Unknown;
        }

        if (_future.Contains(word) || word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’ll", StringComparison.OrdinalIgnoreCase))
        {
            return SentenceTense.Future;
        }

        if (next.Equals("to", StringComparison.OrdinalIgnoreCase)
            && (word.Equals("going", StringComparison.OrdinalIgnoreCase) || word.Equals("is", StringComparison.OrdinalIgnoreCase) || word.Equals("are", StringComparison.OrdinalIgnoreCase)))
        {
            return SentenceTense.Future;
        }

        // "-ed" marks a past verb only in lower case: "United" and "Red" are names.
        if (_past.Contains(word) || (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])))
        {
            return SentenceTense.Past;
        }

        return _present.Contains(word) ? SentenceTense.Present : SentenceTense.Unknown;
    }
}
