using Newsdesk.Documents;

namespace Newsdesk.Times;

/// <summary>Durations ("about two years", "five-year"), counted offsets ("two days ago"), quarters and sets.</summary>
internal sealed partial class TimeGrammar
{
    /// <summary>
    /// An amount at <paramref name="i"/>: digits ("14", "2 1/2", "2.5"), number words ("twenty four", "twenty-four",
    /// "a", "a couple of") or a vague quantity ("a few", "several": <paramref name="amount"/> is null).
    /// </summary>
    private bool TryAmount(int i, out decimal? amount, out int end)
    {
        amount = null;
        end = i;
        if (i >= Count)
        {
            return false;
        }

        if (TryInt(i, out var whole) && !(IsPunct(i + 1, ',') && Touches(i + 1) && TryInt(i + 2, out _) && Touches(i + 2)))
        {
            amount = whole;
            end = i + 1;
            if (IsPunct(end, '.') && Touches(end) && TryInt(end + 1, out var fraction) && Touches(end + 1))
            {
                amount = decimal.Parse($"{whole}.{fraction}", System.Globalization.CultureInfo.InvariantCulture);
                end += 2;
            }
            else if (TryInt(end, out var numerator) && IsPunct(end + 1, '/') && TryInt(end + 2, out var denominator) && denominator > 0)
            {
                amount = whole + ((decimal)numerator / denominator);
                end += 3;
            }

            return true;
        }

        if (WordAt(i) is not { Number: >= 0 } entry)
        {
            return false;
        }

        if (entry.IsVagueNumber)
        {
            end = i + 1;
            return true;
        }

        if (IsWord(i, "a") || IsWord(i, "an"))
        {
            if (IsWord(i + 1, "few"))
            {
                end = i + 2;
                return true;
            }

            if (IsWord(i + 1, "couple") && IsWord(i + 2, "of"))
            {
                amount = 2;
                end = i + 3;
                return true;
            }

            if (IsWord(i + 1, "dozen"))
            {
                amount = 12;
                end = i + 2;
                return true;
            }

            if (IsWord(i + 1, "half"))
            {
                amount = 0.5m;
                end = i + 2;
                return true;
            }
        }

        if (IsWord(i, "couple") || IsWord(i, "dozen") || IsWord(i, "hundred"))
        {
            return false;
        }

        var value = entry.Number;
        end = i + 1;
        // "twenty four", "twenty-four", "one hundred".
        var next = IsHyphen(end) ? end + 1 : end;
        if (value is >= 20 and < 100 && value % 10 == 0 && WordAt(next) is { Number: > 0 and < 10 } ones && !IsWord(next, "a") && !IsWord(next, "an"))
        {
            value += ones.Number;
            end = next + 1;
        }
        else if (value < 10 && IsWord(end, "hundred"))
        {
            value *= 100;
            end++;
        }

        if (IsWord(end, "and") && IsWord(end + 1, "a") && IsWord(end + 2, "half"))
        {
            amount = value + 0.5m;
            end += 3;
            return true;
        }

        amount = value;
        return true;
    }

    // ---- about two years, the nine months, five-year, 16-hour, two days ago, a year earlier ----------------

    private bool TryDuration(int i, out Match match)
    {
        match = default;
        var j = SkipThe(i);
        if (j > i && IsWord(j, "first") && TryAmount(j + 1, out var firstAmount, out var afterFirst) && WordAt(afterFirst) is { Unit: not TimeUnit.None, IsPlural: true } firstUnit)
        {
            match = new Match(afterFirst + 1, TimeType.Duration, TimeCalendar.Duration(firstAmount, firstUnit.Unit));
            return true;
        }

        if (TryAmount(j, out var amount, out var k))
        {
            var isArticle = (IsWord(j, "a") || IsWord(j, "an")) && k == j + 1;
            // "five-year plan": a hyphenated adjective, annotated without its article.
            if (IsHyphen(k) && WordAt(k + 1) is { Unit: not TimeUnit.None, IsPlural: false } adjective && Touches(k + 1) && !isArticle)
            {
                var end = k + 2;
                if (j > i || (IsHyphen(end) && IsWord(end + 1, "old")))
                {
                    // Ages ("a 6-year-old") are not time expressions in TimeML.
                    return false;
                }

                if (IsHyphen(end) && IsWord(end + 1, "long"))
                {
                    end += 2;
                }

                match = new Match(end, TimeType.Duration, TimeCalendar.Duration(amount, adjective.Unit));
                return true;
            }

            if (WordAt(k) is not { Unit: not TimeUnit.None } unitWord || (unitWord.IsPlural && amount == 1 && !isArticle) || (isArticle && unitWord.IsPlural))
            {
                return false;
            }

            var unit = unitWord.Unit;
            var after = k + 1;

            // "a two day rally", "a five year low": the adjective written without its hyphen, as broadcast transcripts
            // do; only with the number in words, since "the 1988 quarter" is no duration.
            if (!unitWord.IsPlural && amount is >= 2 && j == i && _tokens[j].Kind == TimeTokenKind.Word && !isArticle
                && after < Count && _tokens[after].Kind == TimeTokenKind.Word && WordAt(after) is null && !IsWord(after, "old"))
            {
                match = new Match(after, TimeType.Duration, TimeCalendar.Duration(amount, unit));
                return true;
            }

            if (IsWord(after, "old") || (IsHyphen(after) && IsWord(after + 1, "old")) || (!unitWord.IsPlural && amount is not (null or 1)))
            {
                // "52 years old" is an age; "the 1988 quarter" is not 1988 quarters.
                return false;
            }

            if (IsWord(after, "or") && IsWord(after + 1, "so"))
            {
                after += 2;
            }

            // "two days ago", "a year earlier", "three weeks from now".
            var direction = IsWord(after, "ago") || IsWord(after, "earlier") || IsWord(after, "before") && !IsWord(after + 1, "the") ? -1
                : IsWord(after, "later") || (IsWord(after, "from") && IsWord(after + 1, "now")) || IsWord(after, "hence") ? 1 : 0;
            if (direction != 0 && (IsWord(after, "ago") || IsWord(after, "earlier") || IsWord(after, "later") || IsWord(after, "hence") || IsWord(after, "from")))
            {
                var end = after + (IsWord(after, "from") ? 2 : 1);
                match = new Match(end, TimeType.Date, CountedOffset(amount, unit, direction), IsRelativeCount: true);
                return true;
            }

            // "$5 a year", "twice a week": a frequency.
            if (isArticle && amount == 1 && j == i && j > 0 && (_tokens[j - 1].Kind == TimeTokenKind.Number || IsWord(j - 1, "twice") || IsWord(j - 1, "once")
                || IsWord(j - 1, "times") || IsWord(j - 1, "million") || IsWord(j - 1, "billion") || IsWord(j - 1, "percent") || IsPunct(j - 1, '%')))
            {
                match = new Match(k + 1, TimeType.Set, TimeCalendar.Duration(1, unit));
                return true;
            }

            match = new Match(after == k + 1 ? k + 1 : after, TimeType.Duration, TimeCalendar.Duration(amount, unit));
            return true;
        }

        // "day-long", "decades-long", "year-long".
        if (WordAt(j) is { Unit: not TimeUnit.None } longUnit && IsHyphen(j + 1) && IsWord(j + 2, "long") && Touches(j + 2))
        {
            match = new Match(j + 3, TimeType.Duration, TimeCalendar.Duration(longUnit.IsPlural ? null : 1, longUnit.Unit));
            return true;
        }

        // "for years", "within days": an unspecified stretch.
        if (j == i && WordAt(i) is { Unit: not TimeUnit.None, IsPlural: true } bare && i > 0
            && (IsWord(i - 1, "for") || IsWord(i - 1, "within") || IsWord(i - 1, "in") || IsWord(i - 1, "over") || IsWord(i - 1, "after")))
        {
            match = new Match(i + 1, TimeType.Duration, TimeCalendar.Duration(null, bare.Unit));
            return true;
        }

        // "the year", "the full year", "the fiscal year": a date in reports of results, a duration after "for".
        if (j > i && _anchor is { } yearAnchor)
        {
            var y = IsWord(j, "full") || IsWord(j, "fiscal") || IsWord(j, "current") ? j + 1 : j;
            if (IsWord(y, "year") && !IsHyphen(y + 1) && !IsWord(y + 1, "ago") && !IsWord(y + 1, "earlier") && !IsWord(y + 1, "before") && !TryYearNumber(y + 1, out _))
            {
                var lasting = i > 0 && (IsWord(i - 1, "for") || IsWord(i - 1, "over") || IsWord(i - 1, "throughout") || IsWord(i - 1, "during"));
                match = lasting
                    ? new Match(y + 1, TimeType.Duration, TimeCalendar.Duration(1, TimeUnit.Year))
                    : new Match(y + 1, TimeType.Date, TimeCalendar.Year(yearAnchor.Year));
                return true;
            }
        }

        // "the week" in market reports ("for the week, the index dropped 3.8%"): the annotation guidelines leave a week
        // named without a number underspecified within the article's year (TimeBank writes 1989-WXX).
        if (j > i && IsWord(j, "week") && _anchor is { } weekAnchor && !IsHyphen(j + 1) && !IsWord(j + 1, "of") && !IsWord(j + 1, "ago")
            && !IsWord(j + 1, "earlier") && !IsWord(j + 1, "before") && !IsWord(j + 1, "later"))
        {
            match = new Match(j + 1, TimeType.Date, TimeCalendar.Year(weekAnchor.Year) + "-WXX");
            return true;
        }

        // "the weekend": the one before the article's date, or after it in a future sentence.
        if (j > i && WordAt(j) is { Unit: TimeUnit.Weekend, IsPlural: false } && _anchor is { } anchor)
        {
            var saturday = TimeCalendar.NearestWeekday(anchor, 6, forward: TenseAt(j) == SentenceTense.Future);
            match = new Match(j + 1, TimeType.Date, TimeCalendar.Week(saturday) + "-WE");
            return true;
        }

        return false;
    }

    /// <summary>The date <paramref name="amount"/> units before or after the article's date, at the unit's
    /// granularity; in earnings news "a year earlier" is the last quarter mentioned, a year before.</summary>
    private string CountedOffset(decimal? amount, TimeUnit unit, int direction)
    {
        if (_anchor is not { } anchor || amount is not { } a || a != decimal.Truncate(a))
        {
            return direction < 0 ? "PAST_REF" : "FUTURE_REF";
        }

        var count = (int)a * direction;
        if (unit == TimeUnit.Year && a == 1 && _lastQuarter is { } quarter)
        {
            return TimeCalendar.Quarter(quarter.Year - 1, quarter.Quarter);
        }

        return unit switch
        {
            TimeUnit.Decade => TimeCalendar.Year(anchor.Year + (10 * count)),
            TimeUnit.Century => TimeCalendar.Year(anchor.Year + (100 * count)),
            TimeUnit.Fortnight => TimeCalendar.Day(anchor.AddDays(14 * count)),
            TimeUnit.Weekend => TimeCalendar.Week(anchor.AddDays(7 * count)) + "-WE",
            _ => TimeCalendar.Shifted(anchor, unit, count),
        };
    }

    // ---- the third quarter, third-quarter, fiscal first quarter, the quarter, year-earlier, first half -----

    private bool TryQuarter(int i, out Match match)
    {
        match = default;
        var j = SkipThe(i);

        // "year-ago", "year-earlier" [quarter|period]; "the" only belongs to the noun phrase.
        if (IsWord(j, "year") && IsHyphen(j + 1) && (IsWord(j + 2, "ago") || IsWord(j + 2, "earlier")) && Touches(j + 2))
        {
            var end = j + 3;
            if (WordAt(end) is { Ordinal: > 0 and <= 4 } && (IsWord(end + 1, "quarter") || IsWord(end + 1, "period")))
            {
                end += 2;
            }
            else if (IsWord(end, "quarter") || IsWord(end, "period"))
            {
                end++;
            }
            else if (j > i)
            {
                return false;
            }

            var reference = _lastQuarter ?? (_anchor is { } a ? QuarterParts(TimeCalendar.Shifted(a, TimeUnit.Quarter, -1)) : (0, 0));
            if (reference.Item1 == 0)
            {
                return false;
            }

            match = new Match(end, TimeType.Date, TimeCalendar.Quarter(reference.Item1 - 1, reference.Item2));
            return true;
        }

        var explicitYear = 0;
        var fiscal = false;
        if (IsWord(j, "fiscal"))
        {
            fiscal = true;
            j++;
        }

        if (TryYearNumber(j, out var y))
        {
            explicitYear = y;
            j++;
            if ((IsPunct(j, '\'') || IsPunct(j, '’')) && IsWord(j + 1, "s"))
            {
                j += 2;
            }
        }
        else if ((IsWord(j, "this") || IsWord(j, "last") || IsWord(j, "next")) && IsWord(j + 1, "year") && (IsPunct(j + 2, '\'') || IsPunct(j + 2, '’')) && IsWord(j + 3, "s") && _anchor is { } yearAnchor)
        {
            explicitYear = yearAnchor.Year + (IsWord(j, "last") ? -1 : IsWord(j, "next") ? 1 : 0);
            j += 4;
        }

        if (IsWord(j, "fiscal"))
        {
            fiscal = true;
            j++;
        }

        if (WordAt(j) is not { Ordinal: > 0 and <= 4 } ordinal)
        {
            // "the quarter", "the latest period": the quarter just reported.
            if (j > i && !fiscal && explicitYear == 0 && (IsWord(j, "quarter") && !IsWord(j + 1, "of") || ((IsWord(j, "latest") || IsWord(j, "recent")) && IsWord(j + 1, "period"))) && _anchor is { } a)
            {
                var end = IsWord(j, "quarter") ? j + 1 : j + 2;
                var quarter = _lastQuarter ?? QuarterParts(TimeCalendar.Shifted(a, TimeUnit.Quarter, -1));
                match = new Match(end, TimeType.Date, TimeCalendar.Quarter(quarter.Item1, quarter.Item2));
                return true;
            }

            return false;
        }

        var k = j + 1;
        if (IsHyphen(k))
        {
            k++;
        }

        string code;
        int number = ordinal.Ordinal;
        if (IsWord(k, "quarter"))
        {
            code = "Q";
        }
        else if (IsWord(k, "half") && number <= 2)
        {
            code = "H";
        }
        else
        {
            return false;
        }

        var stop = k + 1;
        if (IsWord(stop, "of") && TryYearNumber(stop + 1, out y))
        {
            explicitYear = y;
            stop += 2;
        }
        else if (TryYearNumber(stop, out y) && explicitYear == 0)
        {
            explicitYear = y;
            stop++;
        }

        int year;
        if (explicitYear > 0)
        {
            year = explicitYear;
        }
        else if (_anchor is { } anchor)
        {
            var current = code == "Q" ? TimeCalendar.QuarterOf(anchor) : (anchor.Month <= 6 ? 1 : 2);
            year = number > current && TenseAt(j) != SentenceTense.Future ? anchor.Year - 1 : anchor.Year;
        }
        else
        {
            match = new Match(stop, TimeType.Date, $"XXXX-{code}{number}");
            return true;
        }

        if (code == "Q")
        {
            _lastQuarter = (year, number);
        }

        match = new Match(stop, TimeType.Date, $"{TimeCalendar.Year(year)}-{code}{number}");
        return true;
    }

    // ---- daily, every Monday, each year, every two weeks, per day ------------------------------------------

    private bool TrySet(int i, out Match match)
    {
        match = default;
        if (WordAt(i) is { SetUnit: not TimeUnit.None } frequency)
        {
            match = new Match(i + 1, TimeType.Set, TimeCalendar.Duration(1, frequency.SetUnit));
            return true;
        }

        if (!IsWord(i, "every") && !IsWord(i, "each") && !IsWord(i, "per"))
        {
            return false;
        }

        var j = i + 1;
        decimal? amount = 1;
        if (IsWord(j, "other"))
        {
            amount = 2;
            j++;
        }
        else if (!IsWord(i, "per") && TryAmount(j, out var counted, out var afterAmount) && WordAt(afterAmount) is { Unit: not TimeUnit.None })
        {
            amount = counted;
            j = afterAmount;
        }

        var word = WordAt(j);
        if (word is { Unit: not TimeUnit.None })
        {
            match = new Match(j + 1, TimeType.Set, TimeCalendar.Duration(amount, word.Unit));
            return true;
        }

        if (word is { Weekday: > 0 } && IsCapitalized(j))
        {
            match = new Match(j + 1, TimeType.Set, $"XXXX-WXX-{word.Weekday}");
            return true;
        }

        if (word is { Month: > 0, IsAbbreviation: false } && IsCapitalized(j))
        {
            match = new Match(j + 1, TimeType.Set, $"XXXX-{word.Month:D2}");
            return true;
        }

        if (word is { PartOfDay: { } part } && !IsWord(j, "tonight"))
        {
            match = new Match(j + 1, TimeType.Set, "XXXX-XX-XXT" + part);
            return true;
        }

        if (word is { Season: { } season })
        {
            match = new Match(j + 1, TimeType.Set, "XXXX-" + season);
            return true;
        }

        return false;
    }
}
