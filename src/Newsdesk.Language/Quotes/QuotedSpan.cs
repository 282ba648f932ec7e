using Newsdesk.Text;

namespace Newsdesk.Language.Quotes;

/// <summary>
/// A run of text between quotation marks, found by <see cref="QuotedSpanScanner"/>. Offsets index the document's
/// text.
/// </summary>
/// <param name="Outer">From the opening mark to just past the closing mark (or to the end of the last line when the
/// quote is never closed).</param>
/// <param name="Inner">The words between the marks.</param>
/// <param name="IsSingle">True for a top-level single-quoted span (‘…’), which is more often a title or a scare quote.</param>
/// <param name="IsClosed">False when the line ended before a closing mark.</param>
/// <param name="Lines">How many lines (paragraphs) the quote spans; more than one when each new paragraph repeats
/// the opening mark.</param>
internal readonly record struct QuotedSpan(TextSpan Outer, TextSpan Inner, bool IsSingle, bool IsClosed, int Lines);
