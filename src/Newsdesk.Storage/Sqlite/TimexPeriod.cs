using System.Globalization;

namespace Newsdesk.Storage.Sqlite;

/// <summary>
/// The calendar period a TIMEX3 value names, as first and last day: <c>2021</c>, <c>2021-01</c>, <c>2021-01-08</c>
/// (with or without a time), <c>2021-W01</c>, <c>2021-Q1</c>, <c>2021-H1</c>, seasons <c>2021-SU</c>, decades
/// <c>199</c> and centuries <c>19</c>. Durations, sets and references (<c>P2Y</c>, <c>PRESENT_REF</c>) name no period.
/// </summary>
public static class TimexPeriod
{
    public static bool TryParse(string? value, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        if (string.IsNullOrEmpty(value) || !char.IsDigit(value[0]))
        {
            return false;
        }

        var core = value.Split('T')[0];
        var parts = core.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        switch (parts[0].Length)
        {
            // Century 00 and decade 000 start at year 0, which the calendar lacks: they start at year 1.
            case 2 when parts.Length == 1:
                return Range(new DateOnly(Math.Max(1, number * 100), 1, 1), new DateOnly(number * 100 + 99, 12, 31), out first, out last);
            case 3 when parts.Length == 1:
                return Range(new DateOnly(Math.Max(1, number * 10), 1, 1), new DateOnly(number * 10 + 9, 12, 31), out first, out last);
            case 4:
                break;
            default:
                return false;
        }

        var year = number;
        if (year < 1)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            return Range(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), out first, out last);
        }

        var second = parts[1];
        if (second.Length == 3 && second[0] == 'W' && int.TryParse(second[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
            return Range(monday, monday.AddDays(6), out first, out last);
        }

        if (second.Length == 2 && second[0] == 'Q' && second[1] is >= '1' and <= '4')
        {
            return Months(year, (second[1] - '1') * 3 + 1, 3, out first, out last);
        }

        if (second.Length == 2 && second[0] == 'H' && second[1] is '1' or '2')
        {
            return Months(year, second[1] == '1' ? 1 : 7, 6, out first, out last);
        }

        var season = second switch
        {
            "SP" => (3, 5),
            "SU" => (6, 8),
            "FA" => (9, 11),
            "WI" => (12, 14),
            _ => (0, 0),
        };
        if (season.Item1 > 0)
        {
            return Months(year, season.Item1, 3, out first, out last);
        }

        if (!int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (parts.Length == 2)
        {
            return Months(year, month, 1, out first, out last);
        }

        if (int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            var date = new DateOnly(year, month, day);
            return Range(date, date, out first, out last);
        }

        return false;
    }

    /// <summary>The <paramref name="count"/> months from <paramref name="firstMonth"/> of <paramref name="year"/>; false
    /// when they run past the calendar's last year (9999), where <see cref="DateOnly.AddMonths"/> would throw.</summary>
    private static bool Months(int year, int firstMonth, int count, out DateOnly first, out DateOnly last)
    {
        var lastMonthIndex = firstMonth - 1 + count - 1;
        var lastYear = year + lastMonthIndex / 12;
        var lastMonth = lastMonthIndex % 12 + 1;
        if (lastYear > DateOnly.MaxValue.Year)
        {
            first = last = default;
            return false;
        }

        return Range(new DateOnly(year, firstMonth, 1), new DateOnly(lastYear, lastMonth, DateTime.DaysInMonth(lastYear, lastMonth)), out first, out last);
    }

    private static bool Range(DateOnly start, DateOnly end, out DateOnly first, out DateOnly last)
    {
        first = start;
        last = end;
        return true;
    }
}
