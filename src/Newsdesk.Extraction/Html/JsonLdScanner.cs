namespace Newsdesk.Extraction.Html;

/// <summary>
/// Collects the JSON-LD blocks (<c>&lt;script type="application/ld+json"&gt;</c>) of a page by scanning the text,
/// because the parser is configured to drop script text (it is most of a modern page's bytes).
/// </summary>
internal static class JsonLdScanner
{
    private const int MaxBlocks = 32;

    public static IReadOnlyList<string> Find(string html)
    {
        List<string>? blocks = null;
        var position = 0;
        while (position < html.Length && (blocks?.Count ?? 0) < MaxBlocks)
        {
            var marker = html.IndexOf("ld+json", position, StringComparison.OrdinalIgnoreCase);
            if (marker < 0)
            {
                break;
            }

            var tagStart = html.LastIndexOf('<', marker);
            var tagEnd = html.IndexOf('>', marker);
            if (tagStart < 0 || tagEnd < 0)
            {
                break;
            }

            position = tagEnd + 1;
            if (string.Compare(html, tagStart, "<script", 0, 7, StringComparison.OrdinalIgnoreCase) != 0 || marker - tagStart > 200)
            {
                continue;
            }

            var close = html.IndexOf("</script", position, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break;
            }

            (blocks ??= []).Add(html[position..close]);
            position = close + 8;
        }

        return blocks ?? (IReadOnlyList<string>)[];
    }
}
