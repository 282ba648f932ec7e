using System.Buffers;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>Measures of a line's form, computed in one pass over its characters. Thread-safe, allocation-free.</summary>
public readonly record struct LineShape
{
    public int Words { get; init; }
    public int Letters { get; init; }
    public int Digits { get; init; }

    /// <summary>Characters that are neither letters, digits nor spaces.</summary>
    public int Symbols { get; init; }

    /// <summary>Words that start with an uppercase letter.</summary>
    public int CapitalisedWords { get; init; }

    /// <summary>Sentence ends inside the line (". ", "! ", "? " followed by more text).</summary>
    public int InnerSentenceEnds { get; init; }

    /// <summary>Separators typical of link lists and breadcrumbs: | › » · •.</summary>
    public int Separators { get; init; }

    public bool EndsSentence { get; init; }
    public bool EndsWithColon { get; init; }
    public bool EndsWithQuestion { get; init; }
    public bool StartsUpper { get; init; }
    public bool StartsLower { get; init; }
    public bool HasUrl { get; init; }

    // "http" or "www." in any case. A vectorised multi-string search: under InvariantGlobalization (Directory.Build.props)
    // Contains(…, OrdinalIgnoreCase) compares char by char, and this check runs on every line (issue 4's speed target).
    private static readonly SearchValues<string> _urlMarks = SearchValues.Create(["http", "www."], StringComparison.OrdinalIgnoreCase);

    public static LineShape Measure(ReadOnlySpan<char> line)
    {
        int words = 0, letters = 0, digits = 0, symbols = 0, capitalised = 0, innerEnds = 0, separators = 0;
        // Integer arithmetic on the character's class bits instead of branches: letters, spaces and punctuation
        // alternate unpredictably, and every line of every document is measured (issue 4's speed target).
        var inWord = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var kind = c < 128 ? _asciiKinds[c] : KindOf(c);
            var wordChar = kind & WordChar;
            var starts = wordChar & (inWord ^ 1);
            words += starts;
            capitalised += starts & (kind >> 1);
            var digit = (kind >> 2) & 1;
            digits += digit;
            letters += wordChar - digit;

            // An apostrophe or hyphen inside a word keeps it going ("don't", "well-known").
            var staysInWord = (kind >> 3) & inWord;
            inWord = wordChar | staysInWord;
            var symbol = ((inWord | (kind >> 4)) & 1) ^ 1;
            symbols += symbol;
            separators += symbol & (kind >> 5);
            if ((kind & SentenceEnd) != 0 && i + 2 < line.Length && line[i + 1] == ' ' && char.IsUpper(line[i + 2]))
            {
                innerEnds++;
            }
        }

        var trimmed = TrimClosers(line);
        var last = trimmed.IsEmpty ? ' ' : trimmed[^1];
        return new LineShape
        {
            Words = words,
            Letters = letters,
            Digits = digits,
            Symbols = symbols,
            CapitalisedWords = capitalised,
            InnerSentenceEnds = innerEnds,
            Separators = separators,
            EndsSentence = last is '.' or '!' or '?' or '…' or '。',
            EndsWithColon = last == ':',
            EndsWithQuestion = last == '?',
            StartsUpper = line.Length > 0 && char.IsUpper(line[0]),
            StartsLower = line.Length > 0 && char.IsLower(line[0]),
            HasUrl = line.ContainsAny(_urlMarks) || (line.Contains('@') && line.Contains('.')),
        };
    }

    // Character class bits for Measure. A word character is a letter or digit (Unicode categories, as char.IsLetterOrDigit).
    private const int WordChar = 1;
    private const int Upper = 2;
    private const int Digit = 4;
    private const int InWordJoiner = 8;
    private const int Space = 16;
    private const int Separator = 32;
    private const int SentenceEnd = 64;

    private static readonly byte[] _asciiKinds = Build_asciiKinds();

    private static byte[] Build_asciiKinds()
    {
        var kinds = new byte[128];
        for (var c = (char)0; c < 128; c++)
        {
            kinds[c] = (byte)KindOf(c);
        }

        return kinds;
    }

    private static int KindOf(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return WordChar | (char.IsUpper(c) ? Upper : 0) | (char.IsDigit(c) ? Digit : 0);
        }

        return c switch
        {
            '\'' or '’' or '-' => InWordJoiner,
            ' ' => Space,
            // Separators typical of link lists and breadcrumbs.
            '|' or '›' or '»' or '·' or '•' or '/' => Separator,
            '.' or '!' or '?' => SentenceEnd,
            _ => 0,
        };
    }

    /// <summary>True for "- item", "• item", "* item", "1. item", "2) item".</summary>
    public static bool StartsWithBullet(ReadOnlySpan<char> line)
    {
        if (line.Length < 2)
        {
            return false;
        }

        if (line[0] is '-' or '•' or '*' or '–' or '·' or '▪' or '►' && line[1] == ' ')
        {
            return true;
        }

        var i = 0;
        while (i < line.Length && i < 3 && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        return i > 0 && i + 1 < line.Length && line[i] is '.' or ')' && line[i + 1] == ' ';
    }

    // Closing quotes and brackets after a full stop still end the sentence: He said "no." / (See below.)
    private static ReadOnlySpan<char> TrimClosers(ReadOnlySpan<char> line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or ' ')
        {
            end--;
        }

        return line[..end];
    }
}
