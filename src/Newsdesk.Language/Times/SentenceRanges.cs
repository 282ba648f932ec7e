using Newsdesk.Text;

namespace Newsdesk.Times;

/// <summary>
/// A minimal sentence splitter for texts without a sentence layer (TimeML evaluation, plain strings): the time
/// grammar only needs sentences to scope tense cues and to keep long texts in small pieces. Splits at line breaks
/// and after <c>. ! ?</c> followed by white space and a capital, digit or quote, except after abbreviations and
/// initials ("Sept. 30", "Mr. Kim", "9 a.m. Tuesday").
/// </summary>
internal static class SentenceRanges
{
    // Abbreviations after which a period does not end a sentence: titles, months, company suffixes.
    private static readonly HashSet<string> _abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "prof",
        "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "mt", "ft", "ave", "u.s", "a.m", "p.m", "m",
    };

    /// <summary>Sentences of <paramref name="text"/>, none longer than <paramref name="maxLength"/> characters
    /// (longer ones are cut at white space).</summary>
    public static List<TextSpan> Split(string text, int maxLength)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(text, start, i, maxLength, sentences);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' && i + 2 < text.Length && text[i + 1] == ' '
                && (char.IsUpper(text[i + 2]) || char.IsAsciiDigit(text[i + 2]) || text[i + 2] is '"' or '“' or '\'')
                && !(c == '.' && EndsWithAbbreviation(text, start, i)))
            {
                Add(text, start, i + 1, maxLength, sentences);
                start = i + 1;
            }
        }

        Add(text, start, text.Length, maxLength, sentences);
        return sentences;
    }

    /// <summary>Adds <c>[start, end)</c> trimmed, cut into pieces of at most <paramref name="maxLength"/> at white space.</summary>
    public static void Add(string text, int start, int end, int maxLength, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end - start > maxLength)
        {
            var cut = start + maxLength;
            while (cut > start + (maxLength / 2) && !char.IsWhiteSpace(text[cut]))
            {
                cut--;
            }

            sentences.Add(new TextSpan(start, cut));
            start = cut;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }

    private static bool EndsWithAbbreviation(string text, int start, int period)
    {
        var wordStart = period;
        while (wordStart > start && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
