using System.Text;

namespace Newsdesk.Extraction.Html;

/// <summary>How a page's charset was decided, most trusted first.</summary>
public enum CharsetSource
{
    /// <summary>The text was already decoded by the reader.</summary>
    Decoded,
    ByteOrderMark,
    HttpHeader,
    MetaTag,
    /// <summary>Guessed from the bytes: nothing was declared, or the declaration contradicted the bytes.</summary>
    Sniffed,
}

/// <summary>A page's text with the encoding used to decode it.</summary>
/// <param name="Html">The decoded markup.</param>
/// <param name="Encoding">The encoding used (null when the reader had already decoded the page).</param>
/// <param name="Source">Where the encoding came from.</param>
/// <param name="Note">Why the decision is worth knowing (a declaration that lied, replaced bytes), or null.</param>
public sealed record DecodedHtml(string Html, Encoding? Encoding, CharsetSource Source, string? Note = null);
