using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Documents;

namespace Newsdesk.Ingest.Feeds;

/// <summary>
/// Reads feed dates as written, without time-zone conversion: RFC 822 / RFC 2822 (RSS <c>pubDate</c>:
/// <c>Fri, 08 Jan 2021 10:00:00 GMT</c>, <c>8 Jan 21 10:00 +0100</c>, a missing or wrong day name, full month
/// names, named US zones) and ISO 8601 / RFC 3339 (Atom <c>published</c>, <c>dc:date</c>).
/// </summary>
public static partial class FeedDateParser
{
    /// <summary>RFC 822 section 5.1 zone names, plus UTC; military single letters are ambiguous in practice and left out.</summary>
    private static readonly Dictionary<string, int> _zoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
    };

    public static bool TryParse(string? value, out NewsDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        if (NewsDate.TryParse(text, out date))
        {
            return true;
        }

        var match = Rfc822().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["year"].Length == 2)
        {
            // RFC 2822 section 4.3: two-digit years below 50 are 20xx.
            year += year < 50 ? 2000 : 1900;
        }

        var month = Month(match.Groups["month"].Value);
        if (month == 0 || year < 1 || day > DateTime.DaysInMonth(year, month) || day < 1)
        {
            return false;
        }

        var calendarDay = new DateOnly(year, month, day);
        if (!match.Groups["hour"].Success)
        {
            date = new NewsDate(calendarDay);
            return true;
        }

        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
        var second = match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 60)
        {
            date = new NewsDate(calendarDay);
            return true;
        }

        date = new NewsDate(calendarDay, new TimeOnly(hour, minute, Math.Min(second, 59)), Offset(match.Groups["zone"].Value));
        return true;
    }

    private static int Month(string name)
    {
        if (name.Length < 3)
        {
            return 0;
        }

        var prefix = name[..3].ToLowerInvariant();
        var index = Array.IndexOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], prefix);
        return index + 1;
    }

    private static TimeSpan? Offset(string zone)
    {
        if (zone.Length == 0)
        {
            return null;
        }

        if (_zoneHours.TryGetValue(zone, out var hours))
        {
            return TimeSpan.FromHours(hours);
        }

        var numeric = NumericZone().Match(zone);
        if (!numeric.Success)
        {
            return null;
        }

        var offset = new TimeSpan(int.Parse(numeric.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture), 0);
        return numeric.Groups["sign"].Value == "-" ? -offset : offset;
    }

    // [day-name ","] day month year [hour ":" minute [":" second]] [zone]; month names may be full or abbreviated.
    [GeneratedRegex(@"^(?:[A-Za-z]+\.?,?\s*)?(?<day>\d{1,2})[\s-]+(?<month>[A-Za-z]{3,9})\.?[\s-]+(?<year>\d{4}|\d{2})(?:[\sT]+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\.\d+)?)?\s*(?<zone>[A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^(?<sign>[+-])(?<h>\d{2}):?(?<m>\d{2})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumericZone();
}
