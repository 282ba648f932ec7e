namespace Newsdesk.Language.Quotes;

/// <summary>What a <see cref="QuoteWord"/> is, as far as attribution rules care.</summary>
internal enum QuoteWordKind
{
    /// <summary>Letters or digits (with inner apostrophes, hyphens and abbreviation dots).</summary>
    Word,

    /// <summary>One punctuation character other than a quotation mark.</summary>
    Punctuation,

    /// <summary>A quotation mark.</summary>
    QuoteMark,
}

/// <summary>A word or punctuation mark of the text, by offsets into the document's text.</summary>
internal readonly record struct QuoteWord(int Start, int End, QuoteWordKind Kind)
{
    public int Length => End - Start;

    public bool IsWord => Kind == QuoteWordKind.Word;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);

    /// <summary>True when the word starts with an upper-case letter.</summary>
    public bool IsCapitalized(string text) => IsWord && char.IsUpper(text[Start]);

    public bool Is(string text, string value) =>
        Of(text).Equals(value, StringComparison.OrdinalIgnoreCase);

    public bool IsPunctuation(string text, char c) => Kind == QuoteWordKind.Punctuation && text[Start] == c;
}
