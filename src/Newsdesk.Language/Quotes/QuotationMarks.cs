namespace Newsdesk.Language.Quotes;

/// <summary>
/// The quotation marks the scanner knows, as named data. Straight marks are ambiguous (the same character opens and
/// closes, and <c>'</c> is also an apostrophe), so the scanner decides their direction from the characters around
/// them; curly marks and guillemets carry their direction.
/// </summary>
internal static class QuotationMarks
{
    /// <summary>Straight double quote: typewriter style, used by wire copy and most scraped text.</summary>
    public const char StraightDouble = '"';

    /// <summary>Straight single quote: also the apostrophe.</summary>
    public const char StraightSingle = '\'';

    /// <summary>Opening double marks: English curly “, German low „, French and Swiss «.</summary>
    public static bool IsOpeningDouble(char c) => c is '“' or '„' or '«' or '‟';

    /// <summary>Closing double marks: English curly ”, French and Swiss ».</summary>
    public static bool IsClosingDouble(char c) => c is '”' or '»';

    /// <summary>Opening single marks: curly ‘, German low ‚, single guillemet ‹.</summary>
    public static bool IsOpeningSingle(char c) => c is '‘' or '‚' or '‹' or '‛';

    /// <summary>Closing single marks: curly ’ (also the typographic apostrophe), single guillemet ›.</summary>
    public static bool IsClosingSingle(char c) => c is '’' or '›';

    public static bool IsDouble(char c) => c == StraightDouble || IsOpeningDouble(c) || IsClosingDouble(c);

    public static bool IsQuotationMark(char c) =>
        IsDouble(c) || c == StraightSingle || IsOpeningSingle(c) || IsClosingSingle(c);

    /// <summary>True when <paramref name="close"/> may end a quote opened with <paramref name="open"/>: German
    /// quotes open low („) and close with the English opening mark (“).</summary>
    public static bool Closes(char open, char close) => open switch
    {
        '„' => close is '“' or '”' or StraightDouble,
        '«' => close is '»' or '”' or StraightDouble,
        StraightDouble => close is StraightDouble or '”',
        _ => close is '”' or StraightDouble or '»',
    };
}
