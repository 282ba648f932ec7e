using Newsdesk.Documents;

namespace Newsdesk.Times;

/// <summary>Expressions relative to the article's date: day words, weekdays, deictic units, clock times and fuzzy
/// references.</summary>
internal sealed partial class TimeGrammar
{
    // ---- today, yesterday morning, tonight, last night, this morning ---------------------------------------

    private bool TryDayWord(int i, out Match match)
    {
        match = default;
        int offset;
        int end;
        string? part = null;
        if (WordAt(i) is { DayOffset: { } o } entry)
        {
            offset = o;
            end = i + 1;
            part = entry.PartOfDay;
            if (part is null && WordAt(end) is { PartOfDay: { } p } && !IsWord(end, "tonight"))
            {
                part = p;
                end++;
            }
        }
        else if (IsWord(i, "last") && IsWord(i + 1, "night"))
        {
            (offset, end, part) = (-1, i + 2, "NI");
        }
        else if (IsWord(i, "this") && WordAt(i + 1) is { PartOfDay: { } p } && !IsWord(i + 1, "tonight"))
        {
            (offset, end, part) = (0, i + 2, p);
        }
        else
        {
            return false;
        }

        if (_anchor is not { } anchor)
        {
            match = new Match(end, part is null ? TimeType.Date : TimeType.Time, offset == 0 ? "PRESENT_REF" : offset < 0 ? "PAST_REF" : "FUTURE_REF");
            return true;
        }

        var day = TimeCalendar.Day(anchor.AddDays(offset));
        match = part is null ? new Match(end, TimeType.Date, day) : new Match(end, TimeType.Time, day + "T" + part);
        return true;
    }

    // ---- [last|this|next] Friday [morning] | Fridays ---------------------------------------------------------

    private bool TryWeekday(int i, out Match match)
    {
        match = default;
        var j = WordAt(SkipThe(i)) is { Deixis: not Deixis.None } ? SkipThe(i) : i;
        var deixis = WordAt(j) is { Deixis: Deixis.Back or Deixis.Ahead or Deixis.Same } d && !IsWord(j, "current") && !IsWord(j, "latest") ? d.Deixis : Deixis.None;
        if (deixis != Deixis.None)
        {
            j++;
        }

        if (WordAt(j) is not { Weekday: > 0 } entry || !IsCapitalized(j))
        {
            return false;
        }

        var end = j + 1;
        string? part = null;
        if (WordAt(end) is { PartOfDay: { } p, DayOffset: null })
        {
            part = p;
            end++;
        }

        if (entry.IsPlural)
        {
            match = new Match(end, TimeType.Set, $"XXXX-WXX-{entry.Weekday}" + (part is null ? "" : "T" + part));
            return true;
        }

        if (_anchor is not { } anchor)
        {
            match = new Match(end, part is null ? TimeType.Date : TimeType.Time, $"XXXX-WXX-{entry.Weekday}" + (part is null ? "" : "T" + part));
            return true;
        }

        // "Wednesday's ruling" names an event already reported: the past.
        var possessive = (IsPunct(j + 1, '\'') || IsPunct(j + 1, '’')) && IsWord(j + 2, "s");
        var from = deixis == Deixis.None ? anchor : DeicticAnchor(j - 1, TimeUnit.Day) ?? anchor;
        var day = ResolveWeekday(from, entry.Weekday, deixis, possessive ? SentenceTense.Past : TenseAt(j));
        match = part is null ? new Match(end, TimeType.Date, TimeCalendar.Day(day)) : new Match(end, TimeType.Time, TimeCalendar.Day(day) + "T" + part);
        return true;
    }

    /// <summary>
    /// News convention (issue 7): a bare weekday in a past or present sentence is the most recent one on or before
    /// the article's date, in a future sentence the first on or after it; "last" and "next" exclude the date itself
    /// and "this" stays in the date's ISO week.
    /// </summary>
    private static DateOnly ResolveWeekday(DateOnly anchor, int weekday, Deixis deixis, SentenceTense tense) => deixis switch
    {
        Deixis.Back => TimeCalendar.NearestWeekday(anchor.AddDays(-1), weekday, forward: false),
        Deixis.Ahead => TimeCalendar.NearestWeekday(anchor.AddDays(1), weekday, forward: true),
        Deixis.Same => anchor.AddDays(weekday - TimeCalendar.IsoDay(anchor)),
        _ => TimeCalendar.NearestWeekday(anchor, weekday, forward: tense == SentenceTense.Future),
    };

    // ---- [the] last week, this month, next year, the past two months, last November ------------------------

    private bool TryDeictic(int i, out Match match)
    {
        match = default;
        var j = SkipThe(i);
        if (WordAt(j) is not { Deixis: not Deixis.None } entry)
        {
            return false;
        }

        var deixis = entry.Deixis;
        var k = j + 1;

        // "the past two months", "the next few days": a duration.
        if (TryAmount(k, out var amount, out var afterAmount) && WordAt(afterAmount) is { Unit: not TimeUnit.None } counted)
        {
            match = new Match(afterAmount + 1, TimeType.Duration, TimeCalendar.Duration(amount, counted.Unit));
            return true;
        }

        if (WordAt(k) is { Unit: not TimeUnit.None } unitWord)
        {
            var unit = unitWord.Unit;
            if (unitWord.IsPlural)
            {
                // "the coming weeks", "the past years": an unspecified stretch.
                match = new Match(k + 1, TimeType.Duration, TimeCalendar.Duration(null, unit));
                return true;
            }

            if (unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
            {
                match = new Match(k + 1, TimeType.Duration, TimeCalendar.Duration(1, unit));
                return true;
            }

            if (DeicticAnchor(j, unit) is not { } anchor)
            {
                match = new Match(k + 1, TimeType.Date, deixis switch { Deixis.Back => "PAST_REF", Deixis.Ahead => "FUTURE_REF", _ => "PRESENT_REF" });
                return true;
            }

            var count = deixis switch { Deixis.Back => -1, Deixis.Ahead => 1, _ => 0 };
            if (unit == TimeUnit.Weekend)
            {
                var saturday = TimeCalendar.NearestWeekday(anchor, 6, forward: deixis == Deixis.Ahead);
                if (deixis == Deixis.Back && saturday == anchor)
                {
                    saturday = saturday.AddDays(-7);
                }

                match = new Match(k + 1, TimeType.Date, TimeCalendar.Week(saturday) + "-WE");
                return true;
            }

            if (unit == TimeUnit.Quarter && count != 0)
            {
                _lastQuarter = QuarterParts(TimeCalendar.Shifted(anchor, unit, count));
            }
            else if (unit == TimeUnit.Quarter)
            {
                _lastQuarter = (anchor.Year, TimeCalendar.QuarterOf(anchor));
            }

            var stop = IsWord(k + 1, "or") && IsWord(k + 2, "so") ? k + 3 : k + 1;
            match = new Match(stop, TimeType.Date, TimeCalendar.Shifted(anchor, unit, count));
            return true;
        }

        // "last November", "this September", "next March".
        if (WordAt(k) is { Month: > 0 } monthWord && (!monthWord.IsAbbreviation || IsCapitalized(k)) && IsCapitalized(k) && deixis != Deixis.None && !IsWord(j, "past"))
        {
            var end = k + 1 + (monthWord.IsAbbreviation && IsPunct(k + 1, '.') ? 1 : 0);
            if (TryDayNumber(end, out _, out _))
            {
                return false;
            }

            if (_anchor is not { } anchor)
            {
                match = new Match(end, TimeType.Date, $"XXXX-{monthWord.Month:D2}");
                return true;
            }

            var month = monthWord.Month;
            var year = deixis switch
            {
                Deixis.Back => month < anchor.Month ? anchor.Year : anchor.Year - 1,
                Deixis.Ahead => month > anchor.Month ? anchor.Year : anchor.Year + 1,
                _ => anchor.Year,
            };
            match = new Match(end, TimeType.Date, TimeCalendar.Month(year, month));
            return true;
        }

        return false;
    }

    private static (int, int) QuarterParts(string value) => (int.Parse(value.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture), value[^1] - '0');

    // ---- now, currently, recently, the past, the future, soon, current -------------------------------------

    private bool TryFuzzy(int i, out Match match)
    {
        match = default;
        if (WordAt(i) is { Fuzzy: not FuzzyRef.None } entry)
        {
            // "now that" is a conjunction, not a time.
            if (IsWord(i, "now") && IsWord(i + 1, "that"))
            {
                return false;
            }

            match = new Match(i + 1, TimeType.Date, FuzzyValue(entry.Fuzzy));
            return true;
        }

        var j = SkipThe(i);
        if (j > i && (IsWord(j, "past") || IsWord(j, "future") || IsWord(j, "present")) && WordAt(j + 1) is not { Unit: not TimeUnit.None } && !TryAmount(j + 1, out _, out _))
        {
            match = new Match(j + 1, TimeType.Date, IsWord(j, "past") ? "PAST_REF" : IsWord(j, "future") ? "FUTURE_REF" : "PRESENT_REF");
            return true;
        }

        if (j > i && IsWord(j, "near") && IsWord(j + 1, "future"))
        {
            match = new Match(j + 2, TimeType.Date, "FUTURE_REF");
            return true;
        }

        if (IsWord(i, "future") && i > 0 && (IsWord(i - 1, "in") || IsWord(i - 1, "for")))
        {
            match = new Match(i + 1, TimeType.Date, "FUTURE_REF");
            return true;
        }

        if (IsWord(i, "these") && IsWord(i + 1, "days"))
        {
            match = new Match(i + 2, TimeType.Date, "PRESENT_REF");
            return true;
        }

        if (IsWord(i, "recent"))
        {
            // "recent weeks" is an unspecified stretch; "recent" before any other noun points to the past.
            if (WordAt(i + 1) is { Unit: not TimeUnit.None, IsPlural: true } unitWord)
            {
                match = new Match(i + 2, TimeType.Duration, TimeCalendar.Duration(null, unitWord.Unit));
                return true;
            }

            match = new Match(i + 1, TimeType.Date, "PAST_REF");
            return true;
        }

        if (IsWord(i, "current") && WordAt(i + 1) is not { Unit: not TimeUnit.None } && i + 1 < Count && _tokens[i + 1].Kind == TimeTokenKind.Word)
        {
            match = new Match(i + 1, TimeType.Date, "PRESENT_REF");
            return true;
        }

        return false;
    }

    private static string FuzzyValue(FuzzyRef fuzzy) => fuzzy switch
    {
        FuzzyRef.Present => "PRESENT_REF",
        FuzzyRef.Past => "PAST_REF",
        _ => "FUTURE_REF",
    };

    // ---- 10:35 a.m., 6 a.m. EST Tuesday, noon, midnight Friday, 4 in the morning ---------------------------

    // Time-zone abbreviations that stay in a clock time's extent ("9 a.m. EST").
    private static readonly string[] _timeZones = ["EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST"];

    private bool TryClock(int i, out Match match)
    {
        match = default;
        int hour, minute = 0, end;
        if (IsWord(i, "noon") || IsWord(i, "midday"))
        {
            (hour, end) = (12, i + 1);
        }
        else if (IsWord(i, "midnight"))
        {
            (hour, end) = (24, i + 1);
        }
        else if (TryInt(i, out hour) && _tokens[i].Length <= 2 && hour <= 24)
        {
            end = i + 1;
            var hasMinutes = IsPunct(end, ':') && Touches(end) && TryInt(end + 1, out minute) && _tokens[end + 1].Length == 2 && minute < 60;
            if (hasMinutes)
            {
                end += 2;
            }

            var meridiem = MatchMeridiem(end, out var pm);
            if (meridiem > end)
            {
                if (hour is 0 or > 12)
                {
                    return false;
                }

                hour = pm ? (hour % 12) + 12 : hour % 12;
                end = meridiem;
            }
            else if (IsWord(end, "o'clock") || IsWord(end, "o’clock"))
            {
                end++;
            }
            else if (IsWord(end, "in") && IsWord(end + 1, "the") && WordAt(end + 2) is { PartOfDay: "MO" or "AF" or "EV" or "NI" } partWord)
            {
                if (partWord.PartOfDay is "AF" or "EV" || (partWord.PartOfDay == "NI" && hour >= 6))
                {
                    hour = (hour % 12) + 12;
                }

                end += 3;
            }
            else if (!hasMinutes)
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        foreach (var zone in _timeZones)
        {
            if (i < Count && end < Count && Text(end).SequenceEqual(zone))
            {
                end++;
                break;
            }
        }

        // The day: a following weekday, day word or date; else the article's date.
        string? day = null;
        var dayAt = IsPunct(end, ',') ? end + 1 : end;
        if (TryMonthDate(dayAt, out var dated) || TryWeekday(dayAt, out dated) || TryDayWord(dayAt, out dated))
        {
            if (dated.Type == TimeType.Date && dated.Value.Length == 10)
            {
                day = dated.Value;
                end = dated.End;
            }
        }

        // A clock time without its day happens on the day the story last named ("on Friday ... at 10:35 a.m."), else
        // on the article's date.
        day ??= _reference is { Granularity: TimeUnit.Day } reference ? TimeCalendar.Day(reference.Day)
            : _anchor is { } anchor ? TimeCalendar.Day(anchor) : "XXXX-XX-XX";
        match = new Match(end, TimeType.Time, $"{day}T{hour:D2}:{minute:D2}");
        return true;
    }

    /// <summary>"a.m.", "a.m", "am", "p.m." after a clock number; returns the token after it.</summary>
    private int MatchMeridiem(int i, out bool pm)
    {
        pm = false;
        if (IsWord(i, "am") || IsWord(i, "pm"))
        {
            pm = IsWord(i, "pm");
            return i + 1;
        }

        if ((IsWord(i, "a") || IsWord(i, "p")) && IsPunct(i + 1, '.') && Touches(i + 1) && IsWord(i + 2, "m") && Touches(i + 2))
        {
            pm = IsWord(i, "p");
            return IsPunct(i + 3, '.') && Touches(i + 3) ? i + 4 : i + 3;
        }

        return i;
    }
}
