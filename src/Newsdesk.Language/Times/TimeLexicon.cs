using System.Collections.Frozen;

namespace Newsdesk.Times;

/// <summary>
/// The words of English time expressions, as named data. Each list says why it is there; the grammar
/// (<see cref="TimeGrammar"/>) decides what sequences of them form an expression. Lookups are case-insensitive and
/// allocation-free (<see cref="Find"/> takes a span).
/// </summary>
internal static class TimeLexicon
{
    // Month names and the abbreviations news agencies use (AP style: "Jan.", "Sept."). "May" and "March" are also a
    // modal and a verb: the grammar only takes them with a day, a year or a deictic word next to them.
    private static readonly (string Word, int Month, bool Abbreviation)[] _months =
    [
        ("january", 1, false), ("february", 2, false), ("march", 3, false), ("april", 4, false), ("may", 5, false),
        ("june", 6, false), ("july", 7, false), ("august", 8, false), ("september", 9, false), ("october", 10, false),
        ("november", 11, false), ("december", 12, false),
        ("jan", 1, true), ("feb", 2, true), ("mar", 3, true), ("apr", 4, true), ("jun", 6, true), ("jul", 7, true),
        ("aug", 8, true), ("sep", 9, true), ("sept", 9, true), ("oct", 10, true), ("nov", 11, true), ("dec", 12, true),
    ];

    // Days of the week; abbreviations are left out because "Sat", "Sun", "Wed" are common words and names.
    private static readonly string[] _weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    // Units a duration or a relative date counts in, singular and plural.
    private static readonly (string Word, TimeUnit Unit, bool Plural)[] _units =
    [
        ("second", TimeUnit.Second, false), ("seconds", TimeUnit.Second, true),
        ("minute", TimeUnit.Minute, false), ("minutes", TimeUnit.Minute, true),
        ("hour", TimeUnit.Hour, false), ("hours", TimeUnit.Hour, true),
        ("day", TimeUnit.Day, false), ("days", TimeUnit.Day, true),
        ("weekend", TimeUnit.Weekend, false), ("weekends", TimeUnit.Weekend, true),
        ("week", TimeUnit.Week, false), ("weeks", TimeUnit.Week, true),
        ("fortnight", TimeUnit.Fortnight, false), ("fortnights", TimeUnit.Fortnight, true),
        ("month", TimeUnit.Month, false), ("months", TimeUnit.Month, true),
        ("quarter", TimeUnit.Quarter, false), ("quarters", TimeUnit.Quarter, true),
        ("year", TimeUnit.Year, false), ("years", TimeUnit.Year, true),
        ("decade", TimeUnit.Decade, false), ("decades", TimeUnit.Decade, true),
        ("century", TimeUnit.Century, false), ("centuries", TimeUnit.Century, true),
    ];

    // Cardinal number words up to the tens; compounds ("twenty-four", "twenty four") are summed by the grammar.
    // "a"/"an" count as one before a unit ("a week").
    private static readonly (string Word, int Value)[] _numbers =
    [
        ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
        ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
        ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
        ("hundred", 100), ("couple", 2), ("dozen", 12),
    ];

    // Vague quantities: TIMEX3 writes their amount as X ("several years" = PXY).
    private static readonly string[] _vagueNumbers = ["few", "several", "many", "some", "numerous"];

    // Ordinals, for quarters, halves, days of a month and centuries.
    private static readonly (string Word, int Value)[] _ordinals =
    [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
        ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12),
    ];

    // TIMEX3 season codes (TimeML 1.2.1 §2.2.1.2).
    private static readonly (string Word, string Code)[] _seasons =
    [
        ("spring", "SP"), ("summer", "SU"), ("fall", "FA"), ("autumn", "FA"), ("winter", "WI"),
    ];

    // TIMEX3 part-of-day codes; "night" also closes "last night" and "Friday night".
    private static readonly (string Word, string Code)[] _partsOfDay =
    [
        ("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"), ("tonight", "NI"),
    ];

    // Deictic words that point from the article's date to a neighbouring unit ("last week", "next month").
    private static readonly (string Word, Deixis Deixis)[] _deictics =
    [
        ("this", Deixis.Same), ("current", Deixis.Same), ("last", Deixis.Back), ("past", Deixis.Back),
        ("previous", Deixis.Back), ("latest", Deixis.Back), ("next", Deixis.Ahead), ("coming", Deixis.Ahead),
        ("following", Deixis.Ahead), ("upcoming", Deixis.Ahead), ("preceding", Deixis.Back),
    ];

    // Adverbs TimeML annotates as fuzzy references to the present or past (TimeML guidelines §2.3: "now" and
    // "currently" are PRESENT_REF, "recently" PAST_REF). "soon", "previously" and "formerly" are left out: TimeBank
    // annotates few of their uses (4 of 17 "soon", 2 of 22 "previously").
    private static readonly (string Word, FuzzyRef Ref)[] _fuzzy =
    [
        ("now", FuzzyRef.Present), ("currently", FuzzyRef.Present), ("nowadays", FuzzyRef.Present),
        ("presently", FuzzyRef.Present), ("recently", FuzzyRef.Past), ("lately", FuzzyRef.Past),
    ];

    // Days named relative to the article's date.
    private static readonly (string Word, int Offset)[] _dayWords =
    [
        ("today", 0), ("yesterday", -1), ("tomorrow", 1), ("tonight", 0),
    ];

    // Frequency adverbs: a SET of the unit ("daily" = every day, TIMEX3 value P1D). "quarterly" is left out: in
    // business news it is almost always "quarterly dividend/earnings", which TimeBank does not annotate.
    private static readonly (string Word, TimeUnit Unit)[] _frequencies =
    [
        ("hourly", TimeUnit.Hour), ("daily", TimeUnit.Day), ("nightly", TimeUnit.Day), ("weekly", TimeUnit.Week),
        ("monthly", TimeUnit.Month), ("yearly", TimeUnit.Year),
        ("annually", TimeUnit.Year),
    ];


    // Modifiers that select part of the expression after them and stay in its extent: "late November".
    private static readonly string[] _partModifiers = ["early", "late", "mid"];

    // Words outside the lexicon that open a rule: "the third quarter", "fiscal 1989", "every Monday", "noon",
    // "year-earlier", "earlier this year", "mid-1990s", "the end of", "per day", "recent weeks", "in future", "that day".
    private static readonly FrozenSet<string> _openers = FrozenSet.ToFrozenSet(
    [
        "the", "fiscal", "every", "each", "noon", "midnight", "midday", "year", "earlier", "later", "mid", "end", "per",
        "recent", "future", "these", "that", "nineteen", "about", "around", "approximately", "roughly", "nearly", "almost",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _opener = _openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a word outside the lexicon that can open an expression.</summary>
    public static bool IsOpener(ReadOnlySpan<char> word) => _opener.Contains(word);

    private static readonly FrozenDictionary<string, TimeWord> _words = Build();

    private static readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _lookup =
        _words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The entry for <paramref name="word"/>, or null when it is not a time word.</summary>
    public static TimeWord? Find(ReadOnlySpan<char> word) =>
        word.Length is > 0 and < 16 && _lookup.TryGetValue(word, out var entry) ? entry : null;

    private static FrozenDictionary<string, TimeWord> Build()
    {
        var words = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        TimeWord Entry(string word) => words.TryGetValue(word, out var entry) ? entry : words[word] = new TimeWord();

        foreach (var (word, month, abbreviation) in _months)
        {
            var entry = Entry(word);
            entry.Month = (byte)month;
            entry.IsAbbreviation = abbreviation;
        }

        for (var i = 0; i < _weekdays.Length; i++)
        {
            Entry(_weekdays[i]).Weekday = (byte)(i + 1);
            var plural = Entry(_weekdays[i] + "s");
            plural.Weekday = (byte)(i + 1);
            plural.IsPlural = true;
        }

        foreach (var (word, unit, plural) in _units)
        {
            var entry = Entry(word);
            entry.Unit = unit;
            entry.IsPlural = plural;
        }

        foreach (var (word, value) in _numbers)
        {
            Entry(word).Number = value;
        }

        foreach (var word in _vagueNumbers)
        {
            var entry = Entry(word);
            entry.Number = 0;
            entry.IsVagueNumber = true;
        }

        foreach (var (word, value) in _ordinals)
        {
            Entry(word).Ordinal = (byte)value;
        }

        foreach (var (word, code) in _seasons)
        {
            Entry(word).Season = code;
        }

        foreach (var (word, code) in _partsOfDay)
        {
            Entry(word).PartOfDay = code;
        }

        foreach (var (word, deixis) in _deictics)
        {
            Entry(word).Deixis = deixis;
        }

        foreach (var (word, fuzzy) in _fuzzy)
        {
            Entry(word).Fuzzy = fuzzy;
        }

        foreach (var (word, offset) in _dayWords)
        {
            Entry(word).DayOffset = offset;
        }

        foreach (var (word, unit) in _frequencies)
        {
            Entry(word).SetUnit = unit;
        }

        foreach (var word in _partModifiers)
        {
            Entry(word).IsPartModifier = true;
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
