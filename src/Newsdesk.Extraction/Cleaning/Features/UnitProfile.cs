namespace Newsdesk.Extraction.Cleaning.Features;

/// <summary>What the cleaner measured about one unit before deciding on it.</summary>
/// <param name="Shape">The line's form.</param>
/// <param name="Vocabulary">Per <see cref="BoilerplateVocabulary.All"/> class: 0 no match, 1 a phrase inside the
/// line, 2 the whole line is the phrase.</param>
/// <param name="Key">The line's <see cref="LineKey"/> (0 when it has no letters).</param>
/// <param name="FirstIndex">The index of the first unit of the document with the same key.</param>
/// <param name="TrailingCredit">The line ends with a parenthesised photo credit.</param>
/// <param name="CaptionWords">With a trailing credit: the words before it.</param>
/// <param name="CorpusCount">Documents of the corpus index containing the line (0 without an index).</param>
public sealed record UnitProfile(
    LineShape Shape, byte[] Vocabulary, ulong Key, int FirstIndex, bool TrailingCredit, int CaptionWords, int CorpusCount)
{
    /// <summary>How many units of the document share <see cref="Key"/>, this one included.</summary>
    public int Repeats { get; init; } = 1;
}
