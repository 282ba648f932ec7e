using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Documents;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// Reads calendar dates from attribute values (ISO 8601, RFC 1123, Unix time) and finds them in free text
/// (<c>8 January 2021</c>, <c>January 8th, 2021</c>, <c>8. Januar 2021</c>, <c>08.01.2021</c>, <c>2021-01-08</c>,
/// <c>8 de enero de 2021</c>, <c>2021年1月8日</c>). Only dates with a day are returned: a month alone does not
/// date an article to the day. Thread-safe; never throws.
/// </summary>
internal static class DateTextParser
{
    private static readonly string _months = string.Join('|', MonthNames.ByName.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    /// <summary>One pattern per date form; groups y/m/d (numeric), mon (a month name), a/b (day or month, ambiguous).</summary>
    private static readonly Regex _dates = new(
        string.Join('|',
            // 2021-01-08, 2021/01/08, 2021.01.08 (one separator throughout)
            @"(?<!\d)(?<y>(?:19|20)\d\d)(?<s>[-/.])(?<m>[01]?\d)\k<s>(?<d>[0-3]?\d)(?![\d])",
            // 08.01.2021, 8. 1. 2021 (German and most of Europe)
            @"(?<![\d.])(?<d>[0-3]?\d)\.\s?(?<m>[01]?\d)\.\s?(?<y>(?:19|20)\d\d)(?!\d)",
            // 01/08/2021, 01-08-2021: day or month first depends on the page's language
            @"(?<![\d/-])(?<a>[0-3]?\d)(?<s2>[/-])(?<b>[0-3]?\d)\k<s2>(?<y>(?:19|20)\d\d)(?!\d)",
            // 8 January 2021, 8th of January, 2021, 8. Januar 2021, 8 de enero de 2021, 08-Jan-2021
            $@"(?<!\d)(?<d>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?[\s\-/]*(?:de\s+|of\s+)?(?<mon>{_months})(?!\p{{L}})\.?,?[\s\-/]*(?:de\s+)?(?<y>(?:19|20)\d\d)(?!\d)",
            // January 8, 2021, Jan. 8th 2021
            $@"(?<!\p{{L}})(?<mon>{_months})\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)(?!\d)",
            // 2021年1月8日 (Chinese, Japanese), 2021년 1월 8일 (Korean)
            @"(?<y>(?:19|20)\d\d)\s*[年년]\s*(?<m>[01]?\d)\s*[月월]\s*(?<d>[0-3]?\d)\s*[日일]"),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));

    /// <summary>
    /// A day and month with a two-digit year, dotted as in German, Swiss and Austrian datelines ("30.10.23"), each
    /// part written with two digits as those datelines do. Not letters, digits, dots or commas around it, so that version numbers ("v1.2.19", "3.10.2.1") and decimals do
    /// not match. Read only in datelines (<see cref="FindInDateline"/>): in running text it is too ambiguous.
    /// </summary>
    private static readonly Regex _shortYearDate = new(
        @"(?<![\p{L}\d.,])(?<d>[0-3]\d)\.(?<m>[01]\d)\.(?<y>\d\d)(?![\p{L}\d]|[.,]\d)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));

    /// <summary>Text longer than this is not searched: a dateline sits near the top of a page.</summary>
    public const int MaxSearchLength = 300_000;

    /// <summary>
    /// Parses an attribute value (a meta <c>content</c>, a <c>datetime</c>, a JSON-LD date): ISO 8601 keeps its time
    /// and offset; otherwise the first date found in the value is used.
    /// </summary>
    public static NewsDate? ParseValue(string? value, DateOrder order)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.AsSpan().Trim();
        if (text.Length > 200)
        {
            text = text[..200];
        }

        if (NewsDate.TryParse(text, out var exact))
        {
            return exact;
        }

        // ISO day followed by something NewsDate does not take (fractions with odd digits, a zone name).
        if (text.Length >= 10 && text[4] == '-' && text[7] == '-'
            && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDay))
        {
            return new NewsDate(isoDay);
        }

        if (IsUnixTime(text, out var unixDay))
        {
            return new NewsDate(unixDay);
        }

        foreach (var match in Find(text.ToString(), order))
        {
            return new NewsDate(match.Day);
        }

        return null;
    }

    /// <summary>How far before a year a date may start ("29th of September, 2021" and a little more).</summary>
    private const int WindowBefore = 40;

    /// <summary>How far after a year's first digit a date may end ("2021년 12월 31일").</summary>
    private const int WindowAfter = 16;

    /// <summary>
    /// Every date in <paramref name="text"/>, in order of position. Every form holds a four-digit year, so the
    /// pattern runs only in a small window around each year-like number: running it over a whole page was 100×
    /// slower (160 KB/s) because the month-name alternation is tried at every position.
    /// </summary>
    public static IEnumerable<DateMatch> Find(string text, DateOrder order)
    {
        var length = Math.Min(text.Length, MaxSearchLength);
        var position = 0;
        var consumed = 0;
        while (position < length)
        {
            var year = YearAt(text, position, length);
            if (year < 0)
            {
                yield break;
            }

            var start = Math.Max(consumed, year - WindowBefore);
            var end = Math.Min(length, year + WindowAfter);
            Match? found = null;
            try
            {
                for (var match = _dates.Match(text, start, end - start); match.Success; match = match.NextMatch())
                {
                    if (match.Index <= year && year < match.Index + match.Length)
                    {
                        found = match;
                        break;
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                yield break;
            }

            if (found is not null && ToDay(found, order) is { } day)
            {
                yield return new DateMatch(day, found.Index, found.Length);
                consumed = found.Index + found.Length;
                position = Math.Max(year + 4, consumed);
            }
            else
            {
                position = year + 4;
            }
        }
    }

    /// <summary>
    /// As <see cref="Find"/>, plus dotted dates with a two-digit year ("30.10.23" is 30 October 2023), for short
    /// datelines and the text near a headline, where a date is what such a number is. A two-digit year is read in
    /// the century that puts it no later than <paramref name="latest"/>.
    /// </summary>
    public static IEnumerable<DateMatch> FindInDateline(string text, DateOrder order, DateOnly latest)
    {
        var matches = Find(text, order).ToList();
        if (!text.Contains('.', StringComparison.Ordinal))
        {
            return matches;
        }

        var length = Math.Min(text.Length, MaxSearchLength);
        try
        {
            for (var match = _shortYearDate.Match(text, 0, length); match.Success; match = match.NextMatch())
            {
                if (matches.Any(m => match.Index < m.Index + m.Length && m.Index < match.Index + match.Length))
                {
                    continue;
                }

                var year = 2000 + int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
                if (year > latest.Year)
                {
                    year -= 100;
                }

                var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
                var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
                if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                {
                    matches.Add(new DateMatch(new DateOnly(year, month, day), match.Index, match.Length));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // The dates found so far stand.
        }

        matches.Sort((a, b) => a.Index.CompareTo(b.Index));
        return matches;
    }

    /// <summary>The index of the next "19xx" or "20xx" not inside a longer number, or -1.</summary>
    private static int YearAt(string text, int from, int length)
    {
        var index = from;
        while (index < length)
        {
            var digit = text.AsSpan(index, length - index).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                return -1;
            }

            index += digit;
            var run = index;
            while (run < length && char.IsAsciiDigit(text[run]))
            {
                run++;
            }

            // A run of exactly four digits starting 19 or 20; longer runs (phone numbers, ids) are no year.
            if (run - index == 4 && (text[index] == '1' && text[index + 1] == '9' || text[index] == '2' && text[index + 1] == '0'))
            {
                return index;
            }

            index = run;
        }

        return -1;
    }

    private static DateOnly? ToDay(Match match, DateOrder order)
    {
        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        int month;
        int day;
        if (match.Groups["mon"].Success)
        {
            month = MonthNames.ByName.GetValueOrDefault(match.Groups["mon"].Value);
            day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        }
        else if (match.Groups["a"].Success)
        {
            var first = int.Parse(match.Groups["a"].ValueSpan, CultureInfo.InvariantCulture);
            var second = int.Parse(match.Groups["b"].ValueSpan, CultureInfo.InvariantCulture);
            // A number above 12 cannot be a month, whatever the convention says.
            var monthFirst = first > 12 ? false : second > 12 || order == DateOrder.MonthFirst;
            (month, day) = monthFirst ? (first, second) : (second, first);
        }
        else
        {
            month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>Seconds (10 digits) or milliseconds (13 digits) since 1970, as some CMSs write in meta tags.</summary>
    private static bool IsUnixTime(ReadOnlySpan<char> text, out DateOnly day)
    {
        day = default;
        if (text.Length is not (10 or 13) || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var seconds = text.Length == 13 ? number / 1000 : number;
        day = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        return true;
    }
}
