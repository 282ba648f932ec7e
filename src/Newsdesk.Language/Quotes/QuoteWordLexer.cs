namespace Newsdesk.Language.Quotes;

/// <summary>
/// Splits a range of text into <see cref="QuoteWord"/>s. The quote rules need words with their case and the exact
/// punctuation around them (a comma before a closing mark, a colon before an opening one), which is why they lex the
/// text themselves instead of depending on how the tokenizer treats contractions and abbreviations.
/// </summary>
internal static class QuoteWordLexer
{
    /// <summary>Appends the words of <c>text[start..end)</c> to <paramref name="words"/>.</summary>
    public static void Lex(string text, int start, int end, List<QuoteWord> words)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            // Zero-width spaces and other format characters ("Traeger\u200B said") separate words like spaces.
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < end)
                {
                    var d = text[j];
                    if (char.IsLetterOrDigit(d))
                    {
                        j++;
                    }
                    else if (IsInnerJoiner(d) && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
                    {
                        // don't, Wilson-Raybould, 1.4, U.S: a joiner between two letters or digits stays inside.
                        j += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                // An abbreviation keeps its dot ("Mr.", "Dr.", "U.S.") so that it never looks like a sentence end.
                if (j < end && text[j] == '.' && QuoteLexicon.IsAbbreviation(text.AsSpan(i, j - i)))
                {
                    j++;
                }

                words.Add(new QuoteWord(i, j, QuoteWordKind.Word));
                i = j;
                continue;
            }

            words.Add(new QuoteWord(i, i + 1, QuotationMarks.IsQuotationMark(c) ? QuoteWordKind.QuoteMark : QuoteWordKind.Punctuation));
            i++;
        }
    }

    private static bool IsInnerJoiner(char c) =>
        c is '\'' or '’' or '-' or '‐' or '.' or '&' or '/';
}
