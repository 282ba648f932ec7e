using System.Collections.Frozen;
using Newsdesk.Documents;

namespace Newsdesk.Times;

/// <summary>Absolute and month-based dates, years, decades, centuries, seasons and holidays.</summary>
internal sealed partial class TimeGrammar
{
    // Words after which a bare month or season name is a date ("in March", "since May", "last fall"), so that the
    // modal "may", the verb "march" and the verb "fall" are not taken for dates.
    private static readonly FrozenSet<string> _datePrepositions = FrozenSet.ToFrozenSet(
    [
        "in", "since", "until", "till", "by", "during", "of", "from", "through", "before", "after", "between", "and",
        "or", "to", "early", "late", "mid", "last", "this", "next", "that", "each", "every", "until", "throughout",
        "on", "for", "as", "-",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _datePreposition = _datePrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool AfterDatePreposition(int i) => i > 0 && _datePreposition.Contains(Text(i - 1));

    // ---- 2021-01-20, 20/01/2021, 01/20/2021 ----------------------------------------------------------------

    private bool TryNumericDate(int i, out Match match)
    {
        match = default;
        if (!TryInt(i, out var a) || !TryInt(i + 2, out var b) || !TryInt(i + 4, out var c) || !Touches(i + 1) || !Touches(i + 2)
            || !Touches(i + 3) || !Touches(i + 4))
        {
            return false;
        }

        int year, month, day;
        if (IsPunct(i + 1, '-') && IsPunct(i + 3, '-') && _tokens[i].Length == 4)
        {
            (year, month, day) = (a, b, c);
        }
        else if ((IsPunct(i + 1, '/') && IsPunct(i + 3, '/')) || (IsPunct(i + 1, '.') && IsPunct(i + 3, '.')))
        {
            year = _tokens[i + 4].Length == 2 ? (c < 50 ? 2000 + c : 1900 + c) : c;
            // Day first unless that is impossible (US month-first dates such as 01/20/2021).
            (day, month) = a > 12 || b <= 12 ? (a, b) : (b, a);
            if (IsPunct(i + 1, '/') && a <= 12 && b > 12)
            {
                (month, day) = (a, b);
            }
        }
        else
        {
            return false;
        }

        if (!TimeCalendar.IsValidDay(year, month, day))
        {
            return false;
        }

        match = new Match(i + 5, TimeType.Date, TimeCalendar.Day(new DateOnly(year, month, day)));
        return true;
    }

    // ---- [Weekday,] Month Day[, Year] | Month Year | Day Month [Year] | Month ---------------------------------

    private bool TryMonthDate(int i, out Match match)
    {
        match = default;
        var j = i;
        var weekday = 0;
        if (WordAt(j) is { Weekday: > 0, IsPlural: false } w)
        {
            weekday = w.Weekday;
            j++;
            if (IsPunct(j, ','))
            {
                j++;
            }
        }

        int month, day = 0, year = 0, end;
        if (TryDayNumber(j, out var leadingDay, out var afterDay) && TryMonthName(afterDay + (IsWord(afterDay, "of") ? 1 : 0), out month, out end))
        {
            day = leadingDay;
        }
        else if (TryMonthName(j, out month, out end))
        {
            // "April 6:" ends a dateline; "April 6:30" is no day.
            if (TryDayNumber(end, out var d, out var afterNumber) && !(IsPunct(afterNumber, ':') && Touches(afterNumber + 1) && TryInt(afterNumber + 1, out _)))
            {
                day = d;
                end = afterNumber;
            }
        }
        else
        {
            return false;
        }

        // ", 1998" or " 1998" after the day; " 1998" after the month.
        var yearAt = IsPunct(end, ',') && day > 0 ? end + 1 : end;
        if (TryYearNumber(yearAt, out var y))
        {
            year = y;
            end = yearAt + 1;
        }
        else if (IsWord(end, "this") || IsWord(end, "last") || IsWord(end, "next"))
        {
            if (IsWord(end + 1, "year") && _anchor is { } a)
            {
                year = a.Year + (IsWord(end, "last") ? -1 : IsWord(end, "next") ? 1 : 0);
                end += 2;
            }
        }

        if (day == 0 && year == 0)
        {
            // A bare month name must be capitalised, and "May"/"March" need a preposition before them.
            var start = j;
            var entry = WordAt(start)!;
            if (weekday > 0 || !IsCapitalized(start) || (entry.Month is 5 or 3 && !entry.IsAbbreviation && !AfterDatePreposition(start))
                || (entry.IsAbbreviation && !AfterDatePreposition(start)))
            {
                return false;
            }
        }

        if (day > 0 && year == 0 && weekday > 0 && _anchor is { } anchor)
        {
            year = YearForWeekday(anchor, month, day, weekday);
        }

        if (year == 0)
        {
            if (_anchor is not { } anchor2)
            {
                match = new Match(end, TimeType.Date, day > 0 ? $"XXXX-{month:D2}-{day:D2}" : $"XXXX-{month:D2}");
                return true;
            }

            year = YearByTense(anchor2, month, day == 0 ? 0 : day, TenseAt(i, deadlines: true));
        }

        if (day > 0 && !TimeCalendar.IsValidDay(year, month, day))
        {
            return false;
        }

        match = new Match(end, TimeType.Date, day > 0 ? TimeCalendar.Day(new DateOnly(year, month, day)) : TimeCalendar.Month(year, month));
        return true;
    }

    private bool TryMonthName(int i, out int month, out int end)
    {
        month = 0;
        end = i;
        if (WordAt(i) is not { Month: > 0 } entry)
        {
            return false;
        }

        month = entry.Month;
        end = i + 1;
        if (entry.IsAbbreviation && IsPunct(end, '.') && Touches(end))
        {
            end++;
        }
        else if (entry.IsAbbreviation && !IsCapitalized(i))
        {
            return false;
        }

        return true;
    }

    /// <summary>A day of the month: "20", "20th", "20 th".</summary>
    private bool TryDayNumber(int i, out int day, out int end)
    {
        day = 0;
        end = i;
        if (i >= Count)
        {
            return false;
        }

        var token = _tokens[i];
        if (WordAt(i) is { Ordinal: > 0 } ordinal && !IsWord(i, "second"))
        {
            day = ordinal.Ordinal;
            end = i + 1;
        }
        else if (token.Kind == TimeTokenKind.Number && token.Length <= 2 && TryInt(i, out day))
        {
            end = i + 1;
        }
        else if (token.Kind == TimeTokenKind.Word && token.Length is 3 or 4 && char.IsAsciiDigit(_text[token.Start]))
        {
            var text = Text(i);
            var digits = char.IsAsciiDigit(text[1]) ? 2 : 1;
            var suffix = text[digits..];
            if (suffix is not ("st" or "nd" or "rd" or "th") || !int.TryParse(text[..digits], System.Globalization.CultureInfo.InvariantCulture, out day))
            {
                return false;
            }

            end = i + 1;
        }
        else
        {
            return false;
        }

        return day is >= 1 and <= 31;
    }

    /// <summary>A four-digit year between 1000 and 2199, or an apostrophe year ("'98").</summary>
    private bool TryYearNumber(int i, out int year)
    {
        year = 0;
        if (i < Count && _tokens[i].Kind == TimeTokenKind.Number && _tokens[i].Length == 4 && TryInt(i, out year))
        {
            // "2082.1" and "1,998" are amounts, not years.
            return year is >= 1000 and <= 2199 && !IsPunct(i + 1, '%')
                && !((IsPunct(i + 1, ',') || IsPunct(i + 1, '.')) && Touches(i + 1) && TryInt(i + 2, out _) && Touches(i + 2));
        }

        return false;
    }

    // How far (in days) on the wrong side of the article's date a month or day may fall before the tense moves it
    // to the year before or after.
    private const int _tenseWindowDays = 90;

    // The same for a month named without a day, counted as 31 days a month: one month either side.
    private const int _monthTenseWindowDays = 31;

    /// <summary>The year that makes a month (and day) without a year agree with the sentence's tense: past
    /// events happened on or before the article's date, future ones happen on or after it.</summary>
    private static int YearByTense(DateOnly anchor, int month, int day, SentenceTense tense)
    {
        if (tense is SentenceTense.Unknown or SentenceTense.Present)
        {
            // No tense: the nearest occurrence to the article's date.
            var best = anchor.Year;
            var bestDistance = int.MaxValue;
            for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
            {
                var date = new DateOnly(year, month, day == 0 ? 15 : Math.Min(day, DateTime.DaysInMonth(year, month)));
                var distance = Math.Abs(date.DayNumber - anchor.DayNumber);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (year, distance);
                }
            }

            return best;
        }

        // A tense cue moves the date a year only when the date of the article's year is far on the wrong side: cues
        // found without a parser often belong to another clause ("said ... payable Dec. 7 to holders of record
        // Nov. 22"), and news rarely names a day a season away without its year.
        var candidate = new DateOnly(anchor.Year, month, day == 0 ? 15 : Math.Min(day, DateTime.DaysInMonth(anchor.Year, month)));
        // A month alone counts in whole months and its window admits only the neighbouring month: "in September" said on
        // Aug. 16 with a past cue elsewhere in the sentence is still the coming September, but "closed in March" said
        // on Jan. 8 is last March.
        var ahead = day == 0 ? (month - anchor.Month) * 31 : candidate.DayNumber - anchor.DayNumber;
        var window = day == 0 ? _monthTenseWindowDays : _tenseWindowDays;
        return tense switch
        {
            SentenceTense.Past when ahead > window => anchor.Year - 1,
            SentenceTense.Future when ahead < -window => anchor.Year + 1,
            _ => anchor.Year,
        };
    }

    /// <summary>The year, near the article's date, in which a day of a month falls on the given weekday.</summary>
    private static int YearForWeekday(DateOnly anchor, int month, int day, int weekday)
    {
        foreach (var offset in (int[])[0, -1, 1])
        {
            var year = anchor.Year + offset;
            if (TimeCalendar.IsValidDay(year, month, day) && TimeCalendar.IsoDay(new DateOnly(year, month, day)) == weekday)
            {
                return year;
            }
        }

        return anchor.Year;
    }

    // ---- 1998, fiscal 1989, the year 2000, 1990s, '80s, the 20th century ----------------------------------

    private bool TryYear(int i, out Match match)
    {
        match = default;
        var j = SkipThe(i);
        var fiscal = false;
        if (IsWord(j, "fiscal") || IsWord(j, "FY"))
        {
            fiscal = true;
            j++;
        }
        else if (j > i && IsWord(j, "year"))
        {
            j++;
        }

        if (TrySpelledYear(j, out var spelled, out var afterSpelled))
        {
            match = new Match(afterSpelled, TimeType.Date, TimeCalendar.Year(spelled));
            return true;
        }

        if (TryYearNumber(j, out var year))
        {
            // A year on its own is a date only where nothing says it is an amount ("$1998", "1998 tons").
            if (!fiscal && j > 0 && (IsPunct(j - 1, '$') || IsPunct(j - 1, '#') || IsWord(j - 1, "No")))
            {
                return false;
            }

            if (!fiscal && j == i && year < 1900 && !AfterDatePreposition(j))
            {
                return false;
            }

            var end = j + 1;
            if ((IsWord(end, "period") || IsWord(end, "quarter")) && j > i && !fiscal)
            {
                // "the 1988 period", "the 1988 quarter" in earnings news: the quarter being compared, in that year.
                if (_lastQuarter is { } compared)
                {
                    match = new Match(end + 1, TimeType.Date, TimeCalendar.Quarter(year, compared.Quarter));
                    return true;
                }

                if (IsWord(end, "period"))
                {
                    end++;
                }
            }

            if (j > i && end == j + 1 && !fiscal && !IsWord(j - 1, "year"))
            {
                // "the 1998" is not an expression; leave "the" out.
                return false;
            }

            match = new Match(end, TimeType.Date, TimeCalendar.Year(year));
            return true;
        }

        return TryDecade(i, out match) || TryCentury(i, out match);
    }

    /// <summary>Years in words, as broadcast transcripts write them: "nineteen ninety-six", "two thousand".</summary>
    private bool TrySpelledYear(int i, out int year, out int end)
    {
        year = 0;
        end = i;
        if (IsWord(i, "two") && IsWord(i + 1, "thousand"))
        {
            year = 2000;
            end = i + 2;
            return true;
        }

        if (WordAt(i) is not { Number: >= 11 and <= 20 } century || IsWord(i, "dozen") || !TryAmount(i + 1, out var rest, out var afterRest)
            || rest is not { } r || r < 10 || r >= 100 || r != decimal.Truncate(r) || WordAt(i + 1) is not { Number: >= 10 })
        {
            return false;
        }

        year = (century.Number * 100) + (int)r;
        end = afterRest;
        return true;
    }

    private bool StartsLikeDecade(int i) =>
        i < Count && (IsPunct(i, '\'') || IsPunct(i, '’') || (_tokens[i].Kind == TimeTokenKind.Word && char.IsAsciiDigit(_text[_tokens[i].Start])));

    private bool TryDecade(int i, out Match match)
    {
        match = default;
        var j = SkipThe(i);
        var apostrophe = IsPunct(j, '\'') || IsPunct(j, '’');
        if (apostrophe)
        {
            j++;
        }

        var text = Text(j);
        if (j >= Count || _tokens[j].Kind != TimeTokenKind.Word || text.Length is not (3 or 5) || text[^1] != 's'
            || !int.TryParse(text[..^1], System.Globalization.CultureInfo.InvariantCulture, out var number) || number % 10 != 0)
        {
            return false;
        }

        int year;
        if (text.Length == 5 && !apostrophe)
        {
            year = number;
        }
        else if (text.Length == 3)
        {
            // "the '80s" and "the 80s" are in the century before the article's date when that is later.
            var century = _anchor is { } a ? a.Year / 100 * 100 : 1900;
            year = century + number;
            if (_anchor is { } b && year > b.Year)
            {
                year -= 100;
            }
        }
        else
        {
            return false;
        }

        match = new Match(j + 1, TimeType.Date, TimeCalendar.Decade(year));
        return true;
    }

    private bool TryCentury(int i, out Match match)
    {
        match = default;
        var j = SkipThe(i);
        int ordinal;
        if (WordAt(j) is { Ordinal: > 0 } entry)
        {
            ordinal = entry.Ordinal;
        }
        else if (!TryDayNumber(j, out ordinal, out _) || _tokens[j].Kind != TimeTokenKind.Word)
        {
            return false;
        }

        if (!IsWord(j + 1, "century"))
        {
            return false;
        }

        match = new Match(j + 2, TimeType.Date, TimeCalendar.Century(ordinal));
        return true;
    }

    // ---- seasons ---------------------------------------------------------------------------------------------

    private bool TrySeason(int i, out Match match)
    {
        match = default;
        var j = SkipThe(i);
        var deixis = WordAt(j) is { Deixis: not Deixis.None } d && !IsWord(j, "current") ? d.Deixis : Deixis.None;
        if (deixis != Deixis.None)
        {
            j++;
        }

        if (WordAt(j) is not { Season: { } code })
        {
            return false;
        }

        var end = j + 1;
        var explicitYear = 0;
        if (TryYearNumber(end, out var y))
        {
            explicitYear = y;
            end++;
        }
        else if (IsWord(end, "of") && TryYearNumber(end + 1, out y))
        {
            explicitYear = y;
            end += 2;
        }

        if (deixis == Deixis.None && explicitYear == 0 && j == i && !AfterDatePreposition(j))
        {
            return false;
        }

        if (IsWord(j, "fall") && deixis == Deixis.None && explicitYear == 0 && j == i && !(IsWord(j - 1, "in") || IsWord(j - 1, "this") || IsWord(j - 1, "last") || IsWord(j - 1, "next")))
        {
            return false;
        }

        int year;
        if (explicitYear > 0)
        {
            year = explicitYear;
        }
        else if (_anchor is { } anchor)
        {
            var start = code switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
            var current = anchor.Month < 3 ? 12 : (anchor.Month / 3) * 3;
            var currentYear = anchor.Month < 3 ? anchor.Year - 1 : anchor.Year;
            var tense = deixis switch
            {
                Deixis.Back => SentenceTense.Past,
                Deixis.Ahead => SentenceTense.Future,
                Deixis.Same => SentenceTense.Present,
                _ => TenseAt(j),
            };
            year = currentYear;
            if (tense == SentenceTense.Past && (start > current || (deixis == Deixis.Back && start == current)))
            {
                year--;
            }
            else if (tense == SentenceTense.Future && (start < current || (deixis == Deixis.Ahead && start == current)))
            {
                year++;
            }
        }
        else
        {
            match = new Match(end, TimeType.Date, "XXXX-" + code);
            return true;
        }

        match = new Match(end, TimeType.Date, TimeCalendar.Year(year) + "-" + code);
        return true;
    }

    // ---- holidays --------------------------------------------------------------------------------------------

    // Holidays of the English-language news calendar, by the words that name them and how to find their day.
    private static readonly (string[] Words, Func<int, DateOnly> Day)[] _holidays =
    [
        (["christmas", "eve"], y => new DateOnly(y, 12, 24)),
        (["christmas", "day"], y => new DateOnly(y, 12, 25)),
        (["christmas"], y => new DateOnly(y, 12, 25)),
        (["new", "year", "'", "s", "eve"], y => new DateOnly(y, 12, 31)),
        (["new", "year", "'", "s", "day"], y => new DateOnly(y, 1, 1)),
        (["new", "year", "’", "s", "eve"], y => new DateOnly(y, 12, 31)),
        (["new", "year", "’", "s", "day"], y => new DateOnly(y, 1, 1)),
        (["thanksgiving", "day"], y => TimeCalendar.NthWeekday(y, 11, 4, 4)),
        (["thanksgiving"], y => TimeCalendar.NthWeekday(y, 11, 4, 4)),
        (["easter", "sunday"], TimeCalendar.Easter),
        (["easter"], TimeCalendar.Easter),
        (["halloween"], y => new DateOnly(y, 10, 31)),
        (["independence", "day"], y => new DateOnly(y, 7, 4)),
        (["labor", "day"], y => TimeCalendar.NthWeekday(y, 9, 1, 1)),
        (["memorial", "day"], y => TimeCalendar.NthWeekday(y, 5, 1, 5).Month == 5 ? TimeCalendar.NthWeekday(y, 5, 1, 5) : TimeCalendar.NthWeekday(y, 5, 1, 4)),
        (["election", "day"], y => TimeCalendar.NthWeekday(y, 11, 1, 1).AddDays(1)),
        (["valentine", "'", "s", "day"], y => new DateOnly(y, 2, 14)),
        (["valentine", "’", "s", "day"], y => new DateOnly(y, 2, 14)),
    ];

    private bool IsHolidayStart(int i) =>
        IsWord(i, "christmas") || IsWord(i, "new") || IsWord(i, "thanksgiving") || IsWord(i, "easter") || IsWord(i, "halloween")
        || IsWord(i, "independence") || IsWord(i, "labor") || IsWord(i, "memorial") || IsWord(i, "election") || IsWord(i, "valentine");

    private bool TryHoliday(int i, out Match match)
    {
        match = default;
        var j = i;
        var deixis = WordAt(j) is { Deixis: Deixis.Back or Deixis.Ahead or Deixis.Same } d ? d.Deixis : Deixis.None;
        if (deixis != Deixis.None)
        {
            j++;
        }

        if (!IsCapitalized(j) && !IsWord(j, "election"))
        {
            return false;
        }

        foreach (var (words, day) in _holidays)
        {
            var k = 0;
            while (k < words.Length && (IsWord(j + k, words[k]) || IsPunct(j + k, words[k][0]) && words[k].Length == 1))
            {
                k++;
            }

            if (k != words.Length)
            {
                continue;
            }

            var end = j + k;
            int year;
            if (TryYearNumber(end, out var y))
            {
                year = y;
                end++;
            }
            else if (_anchor is { } anchor)
            {
                var thisYear = day(anchor.Year);
                var tense = deixis switch
                {
                    Deixis.Back => SentenceTense.Past,
                    Deixis.Ahead => SentenceTense.Future,
                    _ => deixis == Deixis.Same ? SentenceTense.Present : TenseAt(j),
                };
                year = anchor.Year;
                if (tense == SentenceTense.Past && thisYear > anchor)
                {
                    year--;
                }
                else if (tense == SentenceTense.Future && thisYear < anchor)
                {
                    year++;
                }
            }
            else
            {
                return false;
            }

            match = new Match(end, TimeType.Date, TimeCalendar.Day(day(year)));
            return true;
        }

        return false;
    }
}
