using Newsdesk.Documents;

namespace Newsdesk.Extraction.Content;

/// <summary>One paragraph of candidate article text, with the counts the block filters need.</summary>
/// <param name="Text">Whitespace-normalised text; single <c>\n</c> for line breaks inside the block.</param>
/// <param name="Kind">What the block is in the article's structure.</param>
/// <param name="Chars">Non-whitespace characters.</param>
/// <param name="LinkChars">The part of <see cref="Chars"/> inside links.</param>
internal sealed record TextBlock(string Text, ParagraphKind Kind, int Chars, int LinkChars)
{
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
}
