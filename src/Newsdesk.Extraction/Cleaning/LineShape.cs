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
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    words++;
                    inWord = true;
                    if (char.IsUpper(c))
                    {
                        capitalised++;
                    }
                }

                if (char.IsDigit(c))
                {
                    digits++;
                }
                else
                {
                    letters++;
                }

                continue;
            }

            if (c is '\'' or '’' or '-' && inWord)
            {
                continue;
            }

            inWord = false;
            if (c == ' ')
            {
                continue;
            }

            symbols++;
            if (c is '|' or '›' or '»' or '·' or '•' or '/')
            {
                separators++;
            }
            else if (c is '.' or '!' or '?' && i + 2 < line.Length && line[i + 1] == ' ' && char.IsUpper(line[i + 2]))
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
