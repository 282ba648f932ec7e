using System.Globalization;
using Newsdesk.Documents;

namespace Newsdesk.Times;

/// <summary>
/// The narrative reference time: "the following year", "the previous Friday", "that day" count from the date the
/// story last mentioned, not from the article's date. HeidelTime resolves such anaphoric expressions the same way
/// (Strötgen and Gertz 2013, §4.2); the TimeML guidelines give "the previous day" as relative to a reference time
/// set by the text. Expressions that name their own point of view ("last year", "next week") keep the article's
/// date, which is what news means by them.
/// </summary>
internal sealed partial class TimeGrammar
{
    /// <summary>The last calendar date mentioned in the document and the unit it was named at: "1995" is a Year,
    /// "March 1995" a Month, "the third quarter" a Quarter, "Friday" a Day.</summary>
    private (DateOnly Day, TimeUnit Granularity)? _reference;

    /// <summary>Makes a resolved date the reference for later anaphoric expressions.</summary>
    private void Remember(TimeType type, string value)
    {
        if (type is TimeType.Date or TimeType.Time && TryParseCalendarValue(value, out var day, out var granularity))
        {
            _reference = (day, granularity);
        }
    }

    /// <summary>The first day and unit of a TIMEX3 calendar value: <c>1995</c>, <c>1995-03</c>, <c>1995-Q3</c>,
    /// <c>1995-03-07</c> (with or without a time); false for weeks, seasons, decades and fuzzy values.</summary>
    private static bool TryParseCalendarValue(string value, out DateOnly day, out TimeUnit granularity)
    {
        day = default;
        granularity = TimeUnit.None;
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000)
        {
            return false;
        }

        if (value.Length == 4)
        {
            (day, granularity) = (new DateOnly(year, 1, 1), TimeUnit.Year);
            return true;
        }

        if (value.Length == 7 && value[4] == '-' && value[5] == 'Q' && value[6] is >= '1' and <= '4')
        {
            (day, granularity) = (new DateOnly(year, ((value[6] - '1') * 3) + 1, 1), TimeUnit.Quarter);
            return true;
        }

        if (value.Length < 7 || value[4] != '-' || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (value.Length == 7)
        {
            (day, granularity) = (new DateOnly(year, month, 1), TimeUnit.Month);
            return true;
        }

        if (value.Length >= 10 && value[7] == '-' && int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var dayOfMonth)
            && TimeCalendar.IsValidDay(year, month, dayOfMonth) && (value.Length == 10 || value[10] == 'T'))
        {
            (day, granularity) = (new DateOnly(year, month, dayOfMonth), TimeUnit.Day);
            return true;
        }

        return false;
    }

    /// <summary>True when the deictic word at <paramref name="k"/> points from the story's reference time rather
    /// than the article's date: "the following", "the previous", "the preceding".</summary>
    private bool IsAnaphoric(int k) =>
        IsWord(k - 1, "the") && (IsWord(k, "following") || IsWord(k, "previous") || IsWord(k, "preceding"));

    /// <summary>The date a deictic expression at <paramref name="k"/> counting in <paramref name="unit"/> starts
    /// from: the reference time for an anaphoric one when it was named at least as finely as the unit, else the
    /// article's date.</summary>
    private DateOnly? DeicticAnchor(int k, TimeUnit unit) =>
        IsAnaphoric(k) && _reference is { } reference && reference.Granularity <= unit ? reference.Day : _anchor;

    // ---- that year, that same day, that quarter -------------------------------------------------------------

    /// <summary>"that day", "that same year": the reference time at the unit named, when there is one this fine.</summary>
    private bool TryThat(int i, out Match match)
    {
        match = default;
        if (!IsWord(i, "that") || _reference is not { } reference)
        {
            return false;
        }

        var k = IsWord(i + 1, "same") ? i + 2 : i + 1;
        if (WordAt(k) is not { Unit: TimeUnit.Day or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year, IsPlural: false } word
            || reference.Granularity > word.Unit || IsHyphen(k + 1))
        {
            return false;
        }

        match = new Match(k + 1, TimeType.Date, TimeCalendar.Shifted(reference.Day, word.Unit, 0));
        return true;
    }
}
