using System.Buffers;
using System.Text;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// Finds whether a line contains any phrase of one <see cref="BoilerplateVocabulary.PhraseClass"/> at word
/// boundaries, case-insensitively (<see cref="StringComparison.OrdinalIgnoreCase"/>). A phrase that starts with a letter
/// or digit can only match where a word starts, so the line is walked once and only its word starts are looked at:
/// a 6 KB table of the phrases' first three characters rules out nearly all of them, and the rest are compared with
/// the few phrases that share their first two characters (issue 4's speed target: a vectorised multi-string search
/// over 300 phrases spends its time checking false candidates, and falls back to a scalar search on short lines).
/// Lines holding a non-ASCII character that case-folds to an ASCII one (the long s "ſ", the Kelvin sign…) take the
/// general search instead, so the result is always that of the plain definition. Immutable and thread-safe.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly SearchValues<string>? _search;
    private readonly string[] _phrases;

    // The ASCII phrases by their lowercased first character, for the general search: a candidate position is checked
    // only against the phrases that can start there. Phrases with other characters ("©", "loading…") are searched one
    // by one: a case-insensitive SearchValues with any non-ASCII value falls back to a much slower algorithm than its
    // vectorised ASCII one.
    private readonly string[][] _byFirst = new string[128][];
    private readonly string[] _nonAscii;

    // Per non-ASCII phrase: the characters equal to its first one ignoring case.
    private readonly SearchValues<char>[] _nonAsciiFirst;

    // The word-start walk: ASCII phrases that start with a letter or digit, by the classes of their first two
    // characters (Prefix), and a bit per class triple of their first three.
    private readonly string[]?[] _byPrefix = new string[]?[Classes * Classes];
    private readonly ulong[] _triples = new ulong[(Classes * Classes * Classes + 63) / 64];

    // ASCII phrases that the walk does not cover (starting with punctuation, "[...]", or of one character): searched
    // at every occurrence of their first character.
    private readonly string[] _anywhere;
    private readonly SearchValues<char>[] _anywhereFirst;

    /// <summary>Non-ASCII characters whose case-insensitive form is ASCII: a line with one takes the general search.</summary>
    private static readonly SearchValues<char> _foldsToAscii = SearchValues.Create(
        [.. Enumerable.Range(128, char.MaxValue - 127).Select(c => (char)c)
            .Where(c => char.ToUpperInvariant(c) < 128 || char.ToLowerInvariant(c) < 128)]);

    // Character classes of the walk: a–z, 0–9, and one for everything else.
    private const int Classes = 37;

    public PhraseMatcher(BoilerplateVocabulary.PhraseClass phraseClass)
    {
        ArgumentNullException.ThrowIfNull(phraseClass);
        Class = phraseClass;
        _phrases = phraseClass.Phrases;
        var ascii = _phrases.Where(p => p.Length > 0 && Ascii.IsValid(p)).ToArray();
        _nonAscii = [.. _phrases.Where(p => p.Length > 0 && !Ascii.IsValid(p))];
        _nonAsciiFirst = [.. _nonAscii.Select(p => CaseVariants(p[0]))];
        _search = ascii.Length == 0 ? null : SearchValues.Create(ascii, StringComparison.OrdinalIgnoreCase);
        for (var c = 0; c < 128; c++)
        {
            _byFirst[c] = [.. ascii.Where(p => char.ToLowerInvariant(p[0]) == c)];
        }

        var walked = ascii.Where(p => p.Length >= 2 && char.IsAsciiLetterOrDigit(p[0])).ToArray();
        _anywhere = [.. ascii.Except(walked)];
        _anywhereFirst = [.. _anywhere.Select(p => CaseVariants(p[0]))];
        foreach (var group in walked.GroupBy(p => Prefix(p[0], p[1])))
        {
            _byPrefix[group.Key] = [.. group];
        }

        foreach (var phrase in walked)
        {
            // A phrase of two characters matches whatever follows it: every third class.
            for (var third = 0; third < Classes; third++)
            {
                if (phrase.Length == 2 || ClassOf(phrase[2]) == third)
                {
                    var triple = (Prefix(phrase[0], phrase[1]) * Classes) + third;
                    _triples[triple >> 6] |= 1UL << triple;
                }
            }
        }
    }

    public BoilerplateVocabulary.PhraseClass Class { get; }

    /// <summary>True when <paramref name="line"/> contains one of the phrases with no letter or digit glued to it.</summary>
    public bool IsMatch(ReadOnlySpan<char> line) => MatchesAscii(line) || MatchesNonAscii(line);

    private bool MatchesAscii(ReadOnlySpan<char> line)
    {
        if (_search is null)
        {
            return false;
        }

        return line.ContainsAny(_foldsToAscii) ? SearchesAscii(line) : WalksWordStarts(line) || SearchesAnywhere(line);
    }

    /// <summary>The ASCII phrases starting with a letter or digit, looked for at each word start of a line with no
    /// character that case-folds to ASCII (so a match starts with the ASCII letter or digit of its phrase).</summary>
    private bool WalksWordStarts(ReadOnlySpan<char> line)
    {
        var previousIsWord = false;
        for (var at = 0; at + 1 < line.Length; at++)
        {
            var c = line[at];
            var isWord = c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);
            if (isWord && !previousIsWord && c < 128)
            {
                var prefix = Prefix(c, line[at + 1]);
                var triple = (prefix * Classes) + (at + 2 < line.Length ? ClassOf(line[at + 2]) : Classes - 1);
                if ((_triples[triple >> 6] & (1UL << triple)) != 0 && _byPrefix[prefix] is { } phrases)
                {
                    foreach (var phrase in phrases)
                    {
                        if (line[at..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && IsBounded(line, at, phrase))
                        {
                            return true;
                        }
                    }
                }
            }

            previousIsWord = isWord;
        }

        return false;
    }

    /// <summary>The ASCII phrases the walk leaves out, at every occurrence of their first character.</summary>
    private bool SearchesAnywhere(ReadOnlySpan<char> line)
    {
        for (var p = 0; p < _anywhere.Length; p++)
        {
            if (ContainsBounded(line, _anywhere[p], _anywhereFirst[p]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="line"/> at word boundaries, ignoring case.
    /// Candidates are found by the phrase's first character (<paramref name="firsts"/>: its case variants), then
    /// compared: IndexOf(…, OrdinalIgnoreCase) walks char by char under InvariantGlobalization.</summary>
    private static bool ContainsBounded(ReadOnlySpan<char> line, string phrase, SearchValues<char> firsts)
    {
        var offset = 0;
        while (offset < line.Length)
        {
            var found = line[offset..].IndexOfAny(firsts);
            if (found < 0)
            {
                return false;
            }

            var at = offset + found;
            if (line[at..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && IsBounded(line, at, phrase))
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    private static SearchValues<char> CaseVariants(char first)
    {
        var variants = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var candidate = (char)c;
            if (MemoryExtensions.Equals(new ReadOnlySpan<char>(in candidate), new ReadOnlySpan<char>(in first), StringComparison.OrdinalIgnoreCase))
            {
                variants.Add(candidate);
            }
        }

        return SearchValues.Create([.. variants]);
    }

    // The class of a character for the walk: its lowercase letter or digit, else "other" (a space, punctuation, any
    // non-ASCII character; a phrase's character of that class is checked when the phrase is compared).
    private static int ClassOf(char c) =>
        c >= 'a' && c <= 'z' ? c - 'a'
        : c >= 'A' && c <= 'Z' ? c - 'A'
        : c >= '0' && c <= '9' ? 26 + (c - '0')
        : Classes - 1;

    private static int Prefix(char first, char second) => (ClassOf(first) * Classes) + ClassOf(second);

    /// <summary>The general search over the ASCII phrases: a vectorised multi-string search for candidates, each
    /// checked against the phrases that start with its character.</summary>
    private bool SearchesAscii(ReadOnlySpan<char> line)
    {
        if (_search is null)
        {
            return false;
        }

        var offset = 0;
        while (offset < line.Length)
        {
            var found = line[offset..].IndexOfAny(_search);
            if (found < 0)
            {
                return false;
            }

            var at = offset + found;
            var first = char.ToLowerInvariant(line[at]);
            if (first < 128)
            {
                foreach (var phrase in _byFirst[first])
                {
                    if (line[at..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && IsBounded(line, at, phrase))
                    {
                        return true;
                    }
                }
            }

            offset = at + 1;
        }

        return false;
    }

    private bool MatchesNonAscii(ReadOnlySpan<char> line)
    {
        // A line of ASCII alone cannot hold such a phrase; checking that is vectorised and far cheaper than the search.
        if (_nonAscii.Length == 0 || Ascii.IsValid(line))
        {
            return false;
        }

        for (var p = 0; p < _nonAscii.Length; p++)
        {
            if (ContainsBounded(line, _nonAscii[p], _nonAsciiFirst[p]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the whole line, apart from punctuation around it, is one of the phrases ("Advertisement",
    /// "Read more »").</summary>
    public bool IsWholeLine(ReadOnlySpan<char> line)
    {
        var core = line.Trim(" .:;!?-–—|»›<>()[]*•·".AsSpan());
        foreach (var phrase in _phrases)
        {
            if (core.Equals(phrase.AsSpan().Trim(":".AsSpan()), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most words a line may have for a phrase anywhere in it to make the line a label ("12 Comments",
    /// "Foreign Correspondent"), provided the line does not end a sentence.</summary>
    public const int LabelMaxWords = 3;

    /// <summary>
    /// True when a phrase of this matcher reads as a label in <paramref name="line"/> rather than as a word of a
    /// sentence: the line is nothing but the phrase ("Reply"), or opens with it followed by no further word ("Comments
    /// (12)", "Trending: …", "Comments | Share"), or is a short line of at most <see cref="LabelMaxWords"/> words that does
    /// not end a sentence ("12 Comments"). "A spokesman declined to comment." is none of these.
    /// </summary>
    public bool IsLabel(ReadOnlySpan<char> line, LineShape shape)
    {
        if (!IsMatch(line))
        {
            return false;
        }

        if (IsWholeLine(line) || (shape.Words <= LabelMaxWords && !shape.EndsSentence))
        {
            return true;
        }

        var core = line.TrimStart(" -–—|»›<>()[]*•·".AsSpan());
        foreach (var phrase in _phrases)
        {
            if (core.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && IsBounded(core, 0, phrase))
            {
                // A label is followed by punctuation, a count or nothing; a sentence goes on with a word.
                var rest = core[phrase.Length..].TrimStart(' ');
                if (rest.IsEmpty || !char.IsLetter(rest[0]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsBounded(ReadOnlySpan<char> line, int at, string phrase)
    {
        var end = at + phrase.Length;
        var startOk = at == 0 || !char.IsLetterOrDigit(phrase[0]) || !char.IsLetterOrDigit(line[at - 1]);
        var endOk = end >= line.Length || !char.IsLetterOrDigit(phrase[^1]) || !char.IsLetterOrDigit(line[end]);
        return startOk && endOk;
    }
}
