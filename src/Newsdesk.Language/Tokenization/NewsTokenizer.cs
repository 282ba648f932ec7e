using Newsdesk.Text;

namespace Newsdesk.Language.Tokenization;

/// <summary>
/// Splits news English into tokens, as spans of the original text (nothing is normalised or copied). Conventions
/// follow the Penn Treebank as CoNLL-2003 uses it, so the entity model sees the tokens it was trained on:
/// <list type="number">
/// <item>URLs (<c>http://</c>, <c>https://</c>, <c>www.</c>) and e-mail addresses stay whole, without trailing punctuation.</item>
/// <item>Words keep inner hyphens ("US-led"), inner apostrophes of names ("O'Brien"), dotted letter groups ("U.S.",
/// "a.m."), listed abbreviations with their dot ("Mr.", "Jan.", see <see cref="Abbreviations"/>) and initials ("J.").</item>
/// <item>Numbers keep inner separators ("1,000.50", "10:30", "1996-08-30"); currency signs and "%" are tokens.</item>
/// <item>Possessives and contractions split off: "Kim's" → "Kim" "'s", "don't" → "do" "n't"; curly apostrophes alike.</item>
/// <item>Every other symbol is a token; "..." and runs of dashes ("--") are one token; em dashes are tokens.</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
public static class NewsTokenizer
{
    /// <summary>Tokens of <paramref name="text"/> in order.</summary>
    public static List<TextSpan> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TextSpan>(text.Length / 5 + 1);
        Tokenize(text, new TextSpan(0, text.Length), tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <c>text[range]</c> to <paramref name="tokens"/>; offsets index <paramref name="text"/>.</summary>
    public static void Tokenize(string text, TextSpan range, List<TextSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var s = text.AsSpan(0, range.End);
        var i = range.Start;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF')
            {
                i++;
                continue;
            }

            var end = ScanUrl(s, i);
            if (end == i)
            {
                end = ScanEmail(s, i);
            }

            if (end > i)
            {
                tokens.Add(new TextSpan(i, end));
                i = end;
                continue;
            }

            if (IsWordChar(c))
            {
                i = ScanWord(s, i, tokens);
                continue;
            }

            i = ScanSymbol(s, i, tokens);
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Scans a word starting at <paramref name="start"/>, adds it (and a split-off contraction), returns the next index.</summary>
    private static int ScanWord(ReadOnlySpan<char> s, int start, List<TextSpan> tokens)
    {
        var j = start;
        var segmentStart = start;
        var hasInnerDot = false;
        while (j < s.Length)
        {
            var ch = s[j];
            if (IsWordChar(ch))
            {
                j++;
                continue;
            }

            var hasNext = j + 1 < s.Length;
            var next = hasNext ? s[j + 1] : '\0';
            var prev = s[j - 1];
            if (IsHyphen(ch) && hasNext && IsWordChar(next))
            {
                j++;
                continue;
            }

            if (ch is '.' or ',' or ':' && char.IsDigit(prev) && hasNext && char.IsDigit(next))
            {
                j++;
                continue;
            }

            // Dotted letter groups: "U.S", "e.g", "a.m" (every segment one letter); the final dot is taken below.
            if (ch == '.' && char.IsLetter(prev) && j - segmentStart == 1 && hasNext && char.IsLetter(next)
                && (j + 2 >= s.Length || !IsWordChar(s[j + 2])))
            {
                hasInnerDot = true;
                j++;
                segmentStart = j;
                continue;
            }

            if (ch == '&' && char.IsUpper(prev) && hasNext && char.IsUpper(next))
            {
                j++;
                continue;
            }

            if (IsApostrophe(ch) && hasNext && char.IsLetter(next))
            {
                var rest = LetterRun(s, j + 1);
                if ((next is 't' or 'T') && (prev is 'n' or 'N') && rest == 1 && j - 1 > start)
                {
                    // "don't" → "do" "n't" (Penn Treebank).
                    tokens.Add(new TextSpan(start, j - 1));
                    tokens.Add(new TextSpan(j - 1, j + 2));
                    return j + 2;
                }

                if (IsContractionSuffix(s.Slice(j + 1, rest)))
                {
                    tokens.Add(new TextSpan(start, j));
                    tokens.Add(new TextSpan(j, j + 1 + rest));
                    return j + 1 + rest;
                }

                j++;
                continue;
            }

            break;
        }

        // A dot after a dotted group ("U.S."), an initial ("J."), or a listed abbreviation ("Mr.") belongs to the word.
        if (j < s.Length && s[j] == '.')
        {
            var word = s[start..j];
            var isInitial = word.Length == 1 && char.IsLetter(word[0]);
            if (hasInnerDot || isInitial || Abbreviations.KeepsDot(word))
            {
                j++;
            }
        }

        tokens.Add(new TextSpan(start, j));
        return j;
    }

    private static int LetterRun(ReadOnlySpan<char> s, int start)
    {
        var k = start;
        while (k < s.Length && char.IsLetter(s[k]))
        {
            k++;
        }

        return k - start;
    }

    /// <summary>The clitics split off in Penn Treebank style: 's 'm 'd 'll 're 've.</summary>
    private static bool IsContractionSuffix(ReadOnlySpan<char> letters) =>
        letters.Equals("s", StringComparison.OrdinalIgnoreCase)
        || letters.Equals("m", StringComparison.OrdinalIgnoreCase)
        || letters.Equals("d", StringComparison.OrdinalIgnoreCase)
        || letters.Equals("ll", StringComparison.OrdinalIgnoreCase)
        || letters.Equals("re", StringComparison.OrdinalIgnoreCase)
        || letters.Equals("ve", StringComparison.OrdinalIgnoreCase);

    private static int ScanSymbol(ReadOnlySpan<char> s, int i, List<TextSpan> tokens)
    {
        var c = s[i];
        var end = i + 1;
        if (c == '.' && i + 2 < s.Length && s[i + 1] == '.' && s[i + 2] == '.')
        {
            end = i + 3;
            while (end < s.Length && s[end] == '.')
            {
                end++;
            }
        }
        else if (c == '-' && i + 1 < s.Length && s[i + 1] == '-')
        {
            while (end < s.Length && s[end] == '-')
            {
                end++;
            }
        }
        else if (IsApostrophe(c) && i > 0 && char.IsLetter(s[i - 1]) && i + 1 < s.Length && char.IsLetter(s[i + 1]))
        {
            // A clitic after a word the word scanner closed already ("Workers'"), or "'s" right after a token.
            var rest = LetterRun(s, i + 1);
            if (IsContractionSuffix(s.Slice(i + 1, rest)))
            {
                end = i + 1 + rest;
            }
        }
        else if ((c is '#' or '@') && i + 1 < s.Length && char.IsLetter(s[i + 1]) && (i == 0 || !IsWordChar(s[i - 1])))
        {
            // Hashtags and handles stay whole.
            end = i + 1;
            while (end < s.Length && (IsWordChar(s[end]) || s[end] == '_'))
            {
                end++;
            }
        }
        else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            end = i + 2;
        }

        tokens.Add(new TextSpan(i, end));
        return end;
    }

    /// <summary>The end of a URL starting at <paramref name="i"/>, or <paramref name="i"/> when there is none.</summary>
    private static int ScanUrl(ReadOnlySpan<char> s, int i)
    {
        var rest = s[i..];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]))))
        {
            return i;
        }

        var j = i;
        while (j < s.Length && !char.IsWhiteSpace(s[j]) && s[j] is not ('"' or '<' or '>' or '\u201C' or '\u201D'))
        {
            j++;
        }

        return TrimTrailing(s, i, j);
    }

    /// <summary>Drops sentence punctuation that follows a URL or address (and a closing bracket with no opening one).</summary>
    private static int TrimTrailing(ReadOnlySpan<char> s, int start, int end)
    {
        while (end > start)
        {
            var last = s[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' or ']' or '}')
            {
                end--;
            }
            else if (last == ')' && !s[start..end].Contains('('))
            {
                end--;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>The end of an e-mail address starting at <paramref name="i"/>, or <paramref name="i"/> when there is none.</summary>
    private static int ScanEmail(ReadOnlySpan<char> s, int i)
    {
        var j = i;
        while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] is '.' or '_' or '%' or '+' or '-'))
        {
            j++;
        }

        if (j == i || j >= s.Length || s[j] != '@' || s[j - 1] == '.')
        {
            return i;
        }

        var domainStart = j + 1;
        var k = domainStart;
        while (k < s.Length && (char.IsLetterOrDigit(s[k]) || s[k] is '.' or '-'))
        {
            k++;
        }

        var end = TrimTrailing(s, domainStart, k);
        var domain = s[domainStart..end];
        var lastDot = domain.LastIndexOf('.');
        return lastDot > 0 && domain.Length - lastDot > 2 ? end : i;
    }
}
