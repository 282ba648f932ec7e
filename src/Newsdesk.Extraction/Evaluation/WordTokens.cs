using System.Globalization;

namespace Newsdesk.Extraction.Evaluation;

/// <summary>
/// The words of the WCXB metric: maximal runs of word characters (Python's <c>\w</c>: letters, digits, marks and
/// the underscore), lowercased with the invariant culture.
/// </summary>
public static class WordTokens
{
    public static List<string> Split(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && IsWordChar(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                // Lowercased straight into the new string: one allocation per word instead of a substring and its copy.
                words.Add(string.Create(i - start, (text, start), static (word, source) => source.text.AsSpan(source.start, word.Length).ToLowerInvariant(word)));
                start = -1;
            }
        }

        return words;
    }

    private static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        };
    }
}
