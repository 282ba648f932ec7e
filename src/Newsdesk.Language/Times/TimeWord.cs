namespace Newsdesk.Times;

/// <summary>Which way a deictic word points from the article's date.</summary>
internal enum Deixis : sbyte
{
    None = 0,

    /// <summary>"last", "previous", "past": the unit before the one holding the date.</summary>
    Back = -1,

    /// <summary>"this", "current": the unit holding the date.</summary>
    Same = 2,

    /// <summary>"next", "coming", "following": the unit after the one holding the date.</summary>
    Ahead = 1,
}

/// <summary>Fuzzy references that TIMEX3 normalises to a token rather than a calendar value.</summary>
internal enum FuzzyRef : byte
{
    None,
    Present,
    Past,
    Future,
}

/// <summary>
/// Everything the time grammar knows about one word; a word can play several roles ("may" is a month and a
/// modal, "second" a unit and an ordinal, "last" a deictic and an ordinal). Filled once by
/// <see cref="TimeLexicon"/>, then only read (shared across threads).
/// </summary>
internal sealed class TimeWord
{
    /// <summary>1–12 for a month name or its abbreviation.</summary>
    public byte Month { get; set; }

    /// <summary>True for "Jan", "Sept" and the like, which take a period and are never the month of "may".</summary>
    public bool IsAbbreviation { get; set; }

    /// <summary>ISO day of the week, 1 (Monday) – 7 (Sunday).</summary>
    public byte Weekday { get; set; }

    public TimeUnit Unit { get; set; }

    public bool IsPlural { get; set; }

    /// <summary>The value of a number word ("two" = 2, "a" = 1), or -1.</summary>
    public int Number { get; set; } = -1;

    /// <summary>True when the number is vague ("several", "few"): TIMEX3 writes it as <c>X</c>.</summary>
    public bool IsVagueNumber { get; set; }

    /// <summary>The value of an ordinal ("third" = 3), or 0.</summary>
    public byte Ordinal { get; set; }

    /// <summary>TIMEX3 season code: <c>SP</c>, <c>SU</c>, <c>FA</c>, <c>WI</c>.</summary>
    public string? Season { get; set; }

    /// <summary>TIMEX3 part-of-day code: <c>MO</c>, <c>AF</c>, <c>EV</c>, <c>NI</c>.</summary>
    public string? PartOfDay { get; set; }

    public Deixis Deixis { get; set; }

    public FuzzyRef Fuzzy { get; set; }

    /// <summary>Days from the article's date for "today", "yesterday", "tomorrow"; null otherwise.</summary>
    public int? DayOffset { get; set; }

    /// <summary>The period of a frequency adverb ("daily" = day).</summary>
    public TimeUnit SetUnit { get; set; }


    /// <summary>True for "early", "late", "mid": they narrow the expression after them and stay in its extent.</summary>
    public bool IsPartModifier { get; set; }
}
