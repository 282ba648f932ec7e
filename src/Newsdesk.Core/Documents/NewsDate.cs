using System.Globalization;

namespace Newsdesk.Documents;

/// <summary>
/// A publication date as written in the source: a calendar day, with the time of day and the UTC offset when the
/// source gives them. No time-zone conversion is applied, so the day is the day the source printed.
/// </summary>
public readonly record struct NewsDate(DateOnly Day, TimeOnly? TimeOfDay = null, TimeSpan? Offset = null) : IComparable<NewsDate>
{
    private static readonly string[] _dayFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy.MM.dd"];

    /// <summary>Builds a date from a timestamp whose offset is known.</summary>
    public static NewsDate FromDateTimeOffset(DateTimeOffset value) =>
        new(DateOnly.FromDateTime(value.DateTime), TimeOnly.FromDateTime(value.DateTime), value.Offset);

    /// <summary>
    /// Parses ISO 8601 forms: <c>2021-01-08</c>, <c>2021-01-08T10:30:00</c>, <c>2021-01-08T10:30:00+09:00</c>,
    /// <c>2021-01-08 10:30Z</c>, and the day forms <c>2021/01/08</c>, <c>20210108</c>, <c>2021.01.08</c>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out NewsDate date)
    {
        text = text.Trim();
        date = default;
        if (text.Length < 8)
        {
            return false;
        }

        foreach (var format in _dayFormats)
        {
            if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                date = new NewsDate(day);
                return true;
            }
        }

        if (text.Length < 11 || !DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datePart))
        {
            return false;
        }

        var separator = text[10];
        if (separator is not ('T' or 't' or ' '))
        {
            return false;
        }

        var rest = text[11..];
        var hasOffset = rest.EndsWith("Z") || rest.EndsWith("z") || HasNumericOffset(rest);
        if (hasOffset)
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withOffset))
            {
                date = new NewsDate(datePart, TimeOnly.FromTimeSpan(withOffset.TimeOfDay), withOffset.Offset);
                return true;
            }

            return false;
        }

        if (TimeOnly.TryParse(rest, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            date = new NewsDate(datePart, time);
            return true;
        }

        return false;
    }

    private static bool HasNumericOffset(ReadOnlySpan<char> timePart)
    {
        var sign = timePart.LastIndexOfAny('+', '-');
        return sign > 0 && timePart.Length - sign is 3 or 5 or 6;
    }

    /// <summary>ISO 8601: the day, then the time and offset when known.</summary>
    public override string ToString()
    {
        var day = Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (TimeOfDay is not { } time)
        {
            return day;
        }

        var clock = time.Second == 0 && time.Millisecond == 0
            ? time.ToString("HH:mm", CultureInfo.InvariantCulture)
            : time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is not { } offset)
        {
            return $"{day}T{clock}";
        }

        if (offset == TimeSpan.Zero)
        {
            return $"{day}T{clock}Z";
        }

        var offsetSign = offset < TimeSpan.Zero ? '-' : '+';
        var absolute = offset.Duration();
        return $"{day}T{clock}{offsetSign}{absolute.Hours:00}:{absolute.Minutes:00}";
    }

    /// <summary>Orders by day only: the time of day is not always known, and days are what filters compare.</summary>
    public int CompareTo(NewsDate other) => Day.CompareTo(other.Day);

    public static bool operator <(NewsDate left, NewsDate right) => left.CompareTo(right) < 0;

    public static bool operator <=(NewsDate left, NewsDate right) => left.CompareTo(right) <= 0;

    public static bool operator >(NewsDate left, NewsDate right) => left.CompareTo(right) > 0;

    public static bool operator >=(NewsDate left, NewsDate right) => left.CompareTo(right) >= 0;
}
