using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// Finds a full date in a URL's path: <c>/2021/01/08/</c>, <c>/2021-01-08-title</c>, <c>_2021_01_08</c>, a path
/// segment of eight digits (<c>/20210108/</c>) and a day-first segment (<c>/08-01-2021</c>, when the numbers say
/// which is the day). A year and month alone (<c>/2021/01/</c>) are not enough, nor is a slug that starts with a
/// number after them (<c>/2021/01/3-questions</c>: the 3 is no day). The web-archive prefix
/// (<c>/web/20130307194448/</c>) is skipped.
/// </summary>
internal static partial class UrlDateParser
{
    public static DateOnly? Parse(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 2000)
        {
            return null;
        }

        var path = url;
        var schemeEnd = path.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            var pathStart = path.IndexOf('/', schemeEnd + 3);
            path = pathStart < 0 ? string.Empty : path[pathStart..];
        }

        path = ArchivePrefix().Replace(path, "/");
        for (var match = FullDate().Match(path); match.Success; match = match.NextMatch())
        {
            // With slashes the day is a path segment of its own: "/2021/01/3-questions" names a month only.
            var end = match.Index + match.Length;
            if (match.Groups["s"].Value == "/" && end < path.Length && path[end] is not ('/' or '.' or '?' or '#' or '_'))
            {
                continue;
            }

            if (Day(match.Groups["y"].ValueSpan, match.Groups["m"].ValueSpan, match.Groups["d"].ValueSpan) is { } day)
            {
                return day;
            }
        }

        if (CompactDate().Match(path) is { Success: true } compact
            && Day(compact.Groups["y"].ValueSpan, compact.Groups["m"].ValueSpan, compact.Groups["d"].ValueSpan) is { } compactDay)
        {
            return compactDay;
        }

        if (DayFirstDate().Match(path) is { Success: true } dayFirst)
        {
            // Only when a number above 12 says which one is the day; "05-06-2021" could be either.
            var first = int.Parse(dayFirst.Groups["a"].ValueSpan, CultureInfo.InvariantCulture);
            var second = int.Parse(dayFirst.Groups["b"].ValueSpan, CultureInfo.InvariantCulture);
            var year = dayFirst.Groups["y"].ValueSpan;
            return first > 12 ? Day(year, dayFirst.Groups["b"].ValueSpan, dayFirst.Groups["a"].ValueSpan)
                : second > 12 ? Day(year, dayFirst.Groups["a"].ValueSpan, dayFirst.Groups["b"].ValueSpan)
                : null;
        }

        return null;
    }

    private static DateOnly? Day(ReadOnlySpan<char> yearText, ReadOnlySpan<char> monthText, ReadOnlySpan<char> dayText)
    {
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        var month = int.Parse(monthText, CultureInfo.InvariantCulture);
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    [GeneratedRegex(@"^/web/\d{8,14}[a-z_]*/(?:https?://)?[^/]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArchivePrefix();

    /// <summary>The same separator between the parts; a non-digit (or the end) on both sides.</summary>
    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)(?<s>[/_.-])(?<m>[01]?\d)\k<s>(?<d>[0-3]?\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    /// <summary>Eight digits forming a whole path segment (or a slug's first part): "/20210108/", "/20210108-title".</summary>
    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)(?<m>[01]\d)(?<d>[0-3]\d)(?=[/_.?#-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDate();

    /// <summary>Day or month, then the other, then the year, ending a segment: "/08-01-2021", "/news-08.01.2021".</summary>
    [GeneratedRegex(@"(?<![\d])(?<a>[0-3]?\d)(?<s>[-_.])(?<b>[0-3]?\d)\k<s>(?<y>(?:19|20)\d\d)(?=[/.?#]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstDate();
}
