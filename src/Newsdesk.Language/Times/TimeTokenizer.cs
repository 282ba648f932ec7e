namespace Newsdesk.Times;

/// <summary>
/// Splits a range of text into the coarse tokens the time grammar matches on: runs of letters and digits (one
/// token when they touch, so "1990s" and "20th" stay whole), and single punctuation characters, so "five-year" is
/// three tokens and "a.m." four. Kept apart from the general tokenizer because the grammar needs hyphens and
/// periods as separate tokens with their adjacency, and must run on text without a token layer.
/// </summary>
internal static class TimeTokenizer
{
    /// <summary>Appends the tokens of <c>text[start..end)</c> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<TimeToken> tokens)
    {
        var i = start;
        var spaceBefore = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                spaceBefore = true;
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var tokenStart = i;
                var allDigits = true;
                while (i < end)
                {
                    c = text[i];
                    if (char.IsLetterOrDigit(c))
                    {
                        allDigits &= char.IsAsciiDigit(c);
                        i++;
                    }
                    else if (c is '\'' or '’' && i + 1 < end && char.IsLetter(text[i + 1]) && !IsPossessiveS(text, i, end))
                    {
                        allDigits = false;
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new TimeToken(tokenStart, i, allDigits ? TimeTokenKind.Number : TimeTokenKind.Word, spaceBefore));
            }
            else
            {
                tokens.Add(new TimeToken(i, i + 1, TimeTokenKind.Punct, spaceBefore));
                i++;
            }

            spaceBefore = false;
        }
    }

    // "Friday's" is kept as "Friday" + "'" + "s" so a time expression can end before the possessive.
    private static bool IsPossessiveS(string text, int apostrophe, int end) =>
        apostrophe + 1 < end && text[apostrophe + 1] is 's' or 'S' && (apostrophe + 2 >= end || !char.IsLetterOrDigit(text[apostrophe + 2]));
}
