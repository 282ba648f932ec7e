namespace Newsdesk.Language.Entities;

/// <summary>One sentence of a CoNLL file: its tokens, the tag in the last column (null when the line has one column),
/// and the original lines, so that a tagger can append a column to them.</summary>
public sealed record ConllSentence(string[] Tokens, string?[] Tags, string[] Lines, int FirstLine);
