using System.Collections.Frozen;

namespace Newsdesk.Extraction.Content;

/// <summary>Which elements start a new block of text (the block rule of ../shared/data/README.md, after HTML's
/// block-level elements) and what kind of paragraph each makes.</summary>
internal static class BlockTags
{
    public static readonly FrozenSet<string> Blocks = new[]
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "legend", "li", "listing", "main", "menu", "nav", "noscript", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "thead", "tfoot", "tr", "ul", "caption", "xmp", "plaintext",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements whose text is a paragraph of its own for scoring (Readability's DEFAULT_TAGS_TO_SCORE, plus
    /// list items and definitions, which carry the content of documentation and listing pages).</summary>
    public static readonly FrozenSet<string> Scored = new[]
    {
        "p", "pre", "td", "li", "dd", "dt", "blockquote", "section", "div", "article", "main", "font", "center", "span",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsBlock(string tag) => Blocks.Contains(tag);

    public static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6';
}
