using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// Finds a full date in a URL's path: <c>/2021/01/08/</c>, <c>/2021-01-08-title</c>, <c>_2021_01_08</c>. A year and
/// month alone (<c>/2021/01/</c>) are not enough. The web-archive prefix (<c>/web/20130307194448/</c>) is skipped.
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
        var match = FullDate().Match(path);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
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
}
