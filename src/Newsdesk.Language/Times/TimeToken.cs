namespace Newsdesk.Times;

/// <summary>What a <see cref="TimeToken"/> is made of.</summary>
internal enum TimeTokenKind : byte
{
    /// <summary>Letters, possibly with digits ("1990s", "20th") or an inner apostrophe ("don't").</summary>
    Word,

    /// <summary>Digits only.</summary>
    Number,

    /// <summary>One character that is neither a letter, a digit nor white space.</summary>
    Punct,
}

/// <summary>A token of a sentence, as the time grammar sees it: <c>[Start, End)</c> in the document's text.</summary>
internal readonly record struct TimeToken(int Start, int End, TimeTokenKind Kind, bool SpaceBefore)
{
    public int Length => End - Start;
}
