using System.Globalization;

namespace Newsdesk.Cli;

/// <summary>
/// Parses the days of <c>--from</c> / <c>--to</c>: <c>2021-01-08</c>, or a month <c>2021-01</c> or year <c>2021</c>
/// (the first day for a start, the last day for an end).
/// </summary>
internal static class DayArgument
{
    public static DateOnly? Parse(string? value, string option, bool isEnd)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return isEnd ? month.AddMonths(1).AddDays(-1) : month;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            return isEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        throw new UsageException($"{option} expects a date such as 2021-01-08, 2021-01 or 2021 (got '{value}')");
    }
}
