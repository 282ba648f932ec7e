using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Documents;

namespace Newsdesk.Ingest.Text;

/// <summary>
/// Reads the optional date line at the top of a scraped text file. Accepted forms (case-insensitive, leading
/// whitespace allowed):
/// <list type="number">
/// <item><c>date 2021-01-08</c>, <c>Date: 2021-01-08</c>, <c>date=2021-01-08T10:00:00Z</c>: a label and an ISO date;
/// text after the date on the same line belongs to the article (the seed file does this).</item>
/// <item><c>Date: Fri, 08 Jan 2021 10:00:00 GMT</c>, <c>Date: January 8, 2021</c>: a label and a date that fills the
/// rest of the line.</item>
/// <item>A line holding only an ISO date or timestamp.</item>
/// </list>
/// </summary>
public static partial class DateLineParser
{
    private static readonly string[] _writtenFormats =
    [
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "dddd, MMMM d, yyyy",
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz",
        "dd/MM/yyyy", "yyyy/MM/dd",
    ];

    /// <summary>The outcome of looking at the first line.</summary>
    /// <param name="Date">The date found, or null.</param>
    /// <param name="TextStart">Where the article text starts in the file's text.</param>
    /// <param name="UnparsedLabel">A labelled date line whose date could not be read, else null.</param>
    public readonly record struct DateLine(NewsDate? Date, int TextStart, string? UnparsedLabel);

    public static DateLine Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lineEnd = text.AsSpan().IndexOfAny('\r', '\n');
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        var line = text[..lineEnd];
        var next = lineEnd;
        if (next < text.Length && text[next] == '\r')
        {
            next++;
        }

        if (next < text.Length && text[next] == '\n')
        {
            next++;
        }

        var labelled = LabelledIsoDate().Match(line);
        if (labelled.Success && NewsDate.TryParse(labelled.Groups["date"].Value, out var isoDate))
        {
            var rest = labelled.Groups["rest"];
            // The rest of the line, if any, is article text: the seed's first line carries the site's error string.
            return new DateLine(isoDate, rest.Length > 0 ? rest.Index : next, null);
        }

        var label = Label().Match(line);
        if (label.Success)
        {
            var value = line[label.Length..].Trim();
            if (TryParseWritten(value, out var written))
            {
                return new DateLine(written, next, null);
            }

            return new DateLine(null, 0, line.Trim());
        }

        if (NewsDate.TryParse(line, out var bare) && line.AsSpan().Trim().Length >= 10 && char.IsDigit(line.AsSpan().Trim()[0]))
        {
            return new DateLine(bare, next, null);
        }

        return new DateLine(null, 0, null);
    }

    /// <summary>Parses an ISO date or a written one ("January 8, 2021", an RFC 1123 timestamp).</summary>
    public static bool TryParseWritten(string value, out NewsDate date)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = value.Trim();
        if (NewsDate.TryParse(value, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParseExact(value, _writtenFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            var hasTime = value.Contains(':', StringComparison.Ordinal);
            date = hasTime ? NewsDate.FromDateTimeOffset(parsed) : new NewsDate(DateOnly.FromDateTime(parsed.DateTime));
            return true;
        }

        return false;
    }

    // "date 2021-01-08 rest", "Date: 2021-01-08T10:00:00+09:00", "published=2021-01-08".
    [GeneratedRegex(@"^\s*(?:date|published|pubdate|dateline)\s*[:=]?\s*(?<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?:\s+(?<rest>\S.*?))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelledIsoDate();

    [GeneratedRegex(@"^\s*(?:date|published|pubdate)\s*[:=]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
