using System.Globalization;

namespace Newsdesk.Times;

/// <summary>
/// Calendar arithmetic and TIMEX3 value formats (TimeML 1.2.1 §2.2.1): <c>1998</c>, <c>1998-08</c>,
/// <c>1998-08-07</c>, ISO weeks <c>1998-W32</c>, quarters <c>1998-Q3</c>, seasons <c>1998-SU</c>, decades
/// <c>199</c>, centuries <c>19</c>, durations <c>P2Y</c> / <c>PT3H</c> / <c>PXY</c>.
/// </summary>
internal static class TimeCalendar
{
    private static readonly CultureInfo _invariant = CultureInfo.InvariantCulture;

    public static string Year(int year) => year.ToString("D4", _invariant);

    public static string Month(int year, int month) => string.Create(_invariant, $"{year:D4}-{month:D2}");

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", _invariant);

    public static string Week(DateOnly day) =>
        string.Create(_invariant, $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):D2}");

    public static string Quarter(int year, int quarter) => string.Create(_invariant, $"{year:D4}-Q{quarter}");

    public static int QuarterOf(DateOnly day) => ((day.Month - 1) / 3) + 1;

    public static string Decade(int year) => (year / 10).ToString("D3", _invariant);

    public static string Century(int century) => (century - 1).ToString("D2", _invariant);

    /// <summary>The value of the unit holding <paramref name="anchor"/> shifted by <paramref name="count"/> units, at
    /// that unit's granularity: "last week" is <c>Shifted(date, Week, -1)</c>.</summary>
    public static string Shifted(DateOnly anchor, TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Day => Day(anchor.AddDays(count)),
        TimeUnit.Week or TimeUnit.Fortnight => Week(anchor.AddDays(7 * count * (unit == TimeUnit.Fortnight ? 2 : 1))),
        TimeUnit.Weekend => Week(anchor.AddDays(7 * count)) + "-WE",
        TimeUnit.Month => Month(anchor.AddMonths(count).Year, anchor.AddMonths(count).Month),
        TimeUnit.Quarter => ShiftedQuarter(anchor, count),
        TimeUnit.Year => Year(anchor.Year + count),
        TimeUnit.Decade => Decade(anchor.Year + (10 * count)),
        TimeUnit.Century => Century(((anchor.Year + (100 * count)) / 100) + 1),
        TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second => Day(anchor),
        _ => Day(anchor),
    };

    private static string ShiftedQuarter(DateOnly anchor, int count)
    {
        var index = (anchor.Year * 4) + QuarterOf(anchor) - 1 + count;
        return Quarter(index / 4, (index % 4) + 1);
    }

    /// <summary>A TIMEX3 duration: <c>P2Y</c>, <c>PT3H</c>, <c>PXY</c> (vague when <paramref name="amount"/> is null).</summary>
    public static string Duration(decimal? amount, TimeUnit unit)
    {
        var (multiplier, code, clock) = unit switch
        {
            TimeUnit.Second => (1, 'S', true),
            TimeUnit.Minute => (1, 'M', true),
            TimeUnit.Hour => (1, 'H', true),
            TimeUnit.Day => (1, 'D', false),
            TimeUnit.Weekend => (2, 'D', false),
            TimeUnit.Week => (1, 'W', false),
            TimeUnit.Fortnight => (2, 'W', false),
            TimeUnit.Month => (1, 'M', false),
            TimeUnit.Quarter => (1, 'Q', false),
            TimeUnit.Year => (1, 'Y', false),
            TimeUnit.Decade => (10, 'Y', false),
            TimeUnit.Century => (100, 'Y', false),
            _ => (1, 'D', false),
        };
        var number = amount is { } a ? (a * multiplier).ToString("0.##", _invariant) : "X";
        return clock ? $"PT{number}{code}" : $"P{number}{code}";
    }

    /// <summary>The most recent <paramref name="weekday"/> (ISO 1–7) on or before <paramref name="anchor"/>, or the
    /// first on or after it when <paramref name="forward"/>.</summary>
    public static DateOnly NearestWeekday(DateOnly anchor, int weekday, bool forward)
    {
        var current = IsoDay(anchor);
        return forward
            ? anchor.AddDays((weekday - current + 7) % 7)
            : anchor.AddDays(-((current - weekday + 7) % 7));
    }

    public static int IsoDay(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    /// <summary>The <paramref name="n"/>-th <paramref name="weekday"/> (ISO) of a month, for holidays.</summary>
    public static DateOnly NthWeekday(int year, int month, int weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((weekday - IsoDay(first) + 7) % 7) + (7 * (n - 1)));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    public static bool IsValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
