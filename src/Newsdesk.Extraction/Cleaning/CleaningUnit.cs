using Newsdesk.Documents;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// The smallest piece of text the cleaner keeps or removes: one normalised line of a paragraph (a paragraph a tool
/// wrote as one line is one unit; a block whose lines a tool joined with single line breaks gives one unit per line,
/// after wrapped lines were rejoined).
/// </summary>
/// <param name="Text">The normalised line.</param>
/// <param name="Block">The index of the source paragraph it came from; kept units of one block stay one paragraph.</param>
/// <param name="Kind">The source paragraph's kind, or <see cref="ParagraphKind.ListItem"/> for a bulleted line.</param>
public sealed record CleaningUnit(string Text, int Block, ParagraphKind Kind);
