using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Newsdesk.Extraction.Html;

/// <summary>
/// Cuts what carries no article text out of the markup before it is parsed: <c>script</c> (keeping JSON-LD
/// blocks aside), <c>style</c>, <c>svg</c>, <c>template</c> elements and comments. On the evaluation pages these are
/// over half of the bytes (scripts 27%, styles 25%, inline SVG 6%), and skipping them with vectorised searches costs
/// far less than tokenising them. The rules follow the HTML tokenizer's for where these elements end (a
/// case-insensitive end tag; a comment ends at <c>--&gt;</c>); an element left open runs to the end of the page,
/// as in a browser.
/// </summary>
internal static class MarkupStripper
{
    private const int MaxJsonLdBlocks = 32;

    /// <summary>Elements cut whole, with what each is.</summary>
    private static readonly string[] _cutElements =
    [
        "script", // code; JSON-LD data is kept
        "style", // CSS
        "svg", // vector graphics: paths, rarely a title worth reading
        "template", // inert markup for scripts
    ];

    /// <summary>Elements whose end tag is usually left out (HTML §13.1.2.4 "optional tags") or that have none; they
    /// are not counted when estimating nesting depth.</summary>
    private static readonly FrozenSet<string> _uncountedTags = new[]
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rp", "rt", "tbody", "thead", "tfoot", "colgroup",
        "caption", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr", "param", "keygen", "image",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _uncountedLookup = _uncountedTags.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The markup without the cut elements and comments, and the JSON-LD blocks found.</summary>
    public static string Strip(string html, List<string> jsonLd) => Strip(html, jsonLd, int.MaxValue, out _);

    /// <summary>
    /// As <see cref="Strip(string, List{string})"/>, and flattens hostile nesting: the depth of open elements is
    /// estimated from start and end tags (leaving out elements whose end tag is optional or absent), and start tags
    /// beyond <paramref name="maxDepth"/> are dropped, keeping their text. Tree builders (AngleSharp's included) slow
    /// down quadratically on such nesting, so it is cut before parsing. <paramref name="flattened"/> says whether
    /// any tag was dropped.
    /// </summary>
    public static string Strip(string html, List<string> jsonLd, int maxDepth, out bool flattened)
    {
        flattened = false;
        var depth = 0;
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(jsonLd);
        var source = html.AsSpan();
        char[]? buffer = null;
        var written = 0;
        var copiedUpTo = 0;
        var position = 0;
        try
        {
            while (position < source.Length)
            {
                var open = source[position..].IndexOf('<');
                if (open < 0)
                {
                    break;
                }

                var tagStart = position + open;
                var cutEnd = CutEnd(html, tagStart, jsonLd);
                if (cutEnd < 0)
                {
                    var change = DepthChange(source, tagStart, out var tagEnd);
                    depth = Math.Max(0, depth + change);
                    if (change <= 0 || depth <= maxDepth)
                    {
                        position = tagStart + 1;
                        continue;
                    }

                    flattened = true;
                    cutEnd = tagEnd;
                }

                buffer ??= ArrayPool<char>.Shared.Rent(html.Length);
                source[copiedUpTo..tagStart].CopyTo(buffer.AsSpan(written));
                written += tagStart - copiedUpTo;
                copiedUpTo = position = cutEnd;
            }

            if (buffer is null)
            {
                return html;
            }

            source[copiedUpTo..].CopyTo(buffer.AsSpan(written));
            written += source.Length - copiedUpTo;
            return new string(buffer, 0, written);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>+1 for a counted start tag, −1 for a counted end tag, else 0; <paramref name="tagEnd"/> is just past
    /// the tag's <c>&gt;</c>.</summary>
    private static int DepthChange(ReadOnlySpan<char> source, int tagStart, out int tagEnd)
    {
        tagEnd = tagStart + 1;
        var rest = source[(tagStart + 1)..];
        var closing = !rest.IsEmpty && rest[0] == '/';
        if (closing)
        {
            rest = rest[1..];
        }

        var nameLength = 0;
        while (nameLength < rest.Length && nameLength < 16 && char.IsAsciiLetterOrDigit(rest[nameLength]))
        {
            nameLength++;
        }

        if (nameLength == 0 || !char.IsAsciiLetter(rest[0]) || _uncountedLookup.Contains(rest[..nameLength]))
        {
            return 0;
        }

        var close = source[tagStart..].IndexOf('>');
        if (close < 0)
        {
            return 0;
        }

        tagEnd = tagStart + close + 1;
        return closing ? -1 : source[tagEnd - 2] == '/' ? 0 : 1;
    }

    /// <summary>Where the cut starting at <paramref name="tagStart"/> ends, or −1 when nothing is cut there.</summary>
    private static int CutEnd(string html, int tagStart, List<string> jsonLd)
    {
        var rest = html.AsSpan(tagStart);
        if (rest.StartsWith("<!--"))
        {
            var close = html.IndexOf("-->", tagStart + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        foreach (var name in _cutElements)
        {
            if (rest.Length <= name.Length + 1 || !rest.Slice(1, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var after = rest[name.Length + 1];
            if (!(after is '>' or '/' || char.IsWhiteSpace(after)))
            {
                return -1;
            }

            var openEnd = html.IndexOf('>', tagStart);
            if (openEnd < 0)
            {
                return html.Length;
            }

            var close = IndexOfEndTag(html, openEnd + 1, name);
            if (name == "script" && html.AsSpan(tagStart, openEnd - tagStart).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                // JSON-LD stays in the markup too: the metadata extractor reads it from the DOM.
                if (jsonLd.Count < MaxJsonLdBlocks)
                {
                    jsonLd.Add(html[(openEnd + 1)..(close < 0 ? html.Length : close)]);
                }

                return -1;
            }

            if (close < 0)
            {
                return html.Length;
            }

            var closeEnd = html.IndexOf('>', close);
            return closeEnd < 0 ? html.Length : closeEnd + 1;
        }

        return -1;
    }

    /// <summary>Where <c>&lt;/name</c> (ASCII case-insensitive, followed by <c>&gt;</c>, <c>/</c>, white space or the
    /// end) first occurs from <paramref name="from"/>, or −1. Searches for <c>&lt;/</c> (vectorised) and compares the
    /// name in place: a case-insensitive substring search is char-by-char under invariant globalization, and this
    /// search runs over every script and style on the page.</summary>
    private static int IndexOfEndTag(string html, int from, string name)
    {
        var source = html.AsSpan();
        while (from < source.Length)
        {
            var found = source[from..].IndexOf("</");
            if (found < 0)
            {
                return -1;
            }

            var at = from + found;
            var next = at + 2 + name.Length;
            if (next <= source.Length && Ascii.EqualsIgnoreCase(source.Slice(at + 2, name.Length), name)
                && (next == source.Length || source[next] is '>' or '/' || char.IsWhiteSpace(source[next])))
            {
                return at;
            }

            from = at + 2;
        }

        return -1;
    }
}
