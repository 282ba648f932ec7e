using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Newsdesk.Documents;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// Turns a publication moment written in UTC into the day the newsroom printed, when the page itself writes the same
/// moment with its local offset. WordPress and Arc write <c>datePublished</c> in UTC ("2023-11-09T02:11:03+00:00")
/// while a video object, a <c>time</c> element or another tag of the same page gives that moment as
/// "2023-11-08T21:11:03-05:00": the article was published on the evening of 8 November, which is the day the page
/// shows and the day readers (and htmldate's labels) give it. Only an exact match of the moment (to the minute)
/// counts, so an unrelated local timestamp never moves a date; without one the UTC day is kept.
/// </summary>
internal static partial class LocalDayResolver
{
    /// <summary>At most this many candidate strings (meta contents, <c>time</c> attributes, JSON-LD blocks) are read.</summary>
    private const int MaxSources = 400;

    public static NewsDate Resolve(NewsDate date, IDocument page)
    {
        if (date is not { TimeOfDay: { } time, Offset: { } offset } || offset != TimeSpan.Zero)
        {
            return date;
        }

        var moment = new DateTimeOffset(date.Day.ToDateTime(time), TimeSpan.Zero);
        var examined = 0;
        foreach (var element in page.QuerySelectorAll("script[type='application/ld+json'], meta[content], time[datetime]"))
        {
            if (++examined > MaxSources)
            {
                break;
            }

            var text = element.LocalName switch
            {
                "script" => element.TextContent,
                "meta" => element.GetAttribute("content"),
                _ => element.GetAttribute("datetime"),
            };
            if (text is { Length: >= 20 } && SameMomentWithOffset(text, moment) is { } local)
            {
                return local;
            }
        }

        return date;
    }

    /// <summary>The first timestamp in <paramref name="text"/> with a non-zero offset that names
    /// <paramref name="moment"/> (seconds ignored).</summary>
    private static NewsDate? SameMomentWithOffset(string text, DateTimeOffset moment)
    {
        foreach (Match match in LocalTimestamp().Matches(text))
        {
            if (!DateTime.TryParseExact(match.Groups["t"].Value, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                continue;
            }

            var hours = int.Parse(match.Groups["oh"].ValueSpan, CultureInfo.InvariantCulture);
            var minutes = int.Parse(match.Groups["om"].ValueSpan, CultureInfo.InvariantCulture);
            var offset = new TimeSpan(hours, minutes, 0) * (match.Groups["sign"].Value == "-" ? -1 : 1);
            if (offset == TimeSpan.Zero || offset < TimeSpan.FromHours(-12) || offset > TimeSpan.FromHours(14))
            {
                continue;
            }

            var written = new DateTimeOffset(local, offset);
            if (Math.Abs((written - moment).TotalSeconds) < 60)
            {
                return new NewsDate(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), offset);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<t>\d{4}-\d\d-\d\dT\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(?<sign>[+-])(?<oh>\d\d):?(?<om>\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LocalTimestamp();
}
