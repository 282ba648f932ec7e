namespace Newsdesk.Language.Entities;

/// <summary>A CoNLL document: the sentences between two <c>-DOCSTART-</c> lines, with the DOCSTART line (if any) kept
/// so that output can reproduce the file.</summary>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences, string? DocStartLine)
{
    public int TokenCount => Sentences.Sum(s => s.Tokens.Length);
}
