using System.Buffers;
using System.Text;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// Finds whether a line contains any phrase of one <see cref="BoilerplateVocabulary.PhraseClass"/> at word
/// boundaries, case-insensitively. Uses a vectorised multi-string search (<see cref="SearchValues{T}"/>), so the cost
/// hardly grows with the number of phrases. Immutable and thread-safe.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly SearchValues<string>? _search;
    private readonly string[] _phrases;

    // The ASCII phrases by their lowercased first character: a candidate position is checked only against the phrases
    // that can start there. Phrases with other characters ("©", "loading…") are searched one by one: a case-insensitive
    // SearchValues with any non-ASCII value falls back to a much slower algorithm than its vectorised ASCII one.
    private readonly string[][] _byFirst = new string[128][];
    private readonly string[] _nonAscii;

    public PhraseMatcher(BoilerplateVocabulary.PhraseClass phraseClass)
    {
        ArgumentNullException.ThrowIfNull(phraseClass);
        Class = phraseClass;
        _phrases = phraseClass.Phrases;
        var ascii = _phrases.Where(p => p.Length > 0 && Ascii.IsValid(p)).ToArray();
        _nonAscii = [.. _phrases.Where(p => p.Length > 0 && !Ascii.IsValid(p))];
        _search = ascii.Length == 0 ? null : SearchValues.Create(ascii, StringComparison.OrdinalIgnoreCase);
        for (var c = 0; c < 128; c++)
        {
            _byFirst[c] = [.. ascii.Where(p => char.ToLowerInvariant(p[0]) == c)];
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

        foreach (var phrase in _nonAscii)
        {
            var offset = 0;
            while (offset < line.Length)
            {
                var found = line[offset..].IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                if (IsBounded(line, offset + found, phrase))
                {
                    return true;
                }

                offset += found + 1;
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

    private static bool IsBounded(ReadOnlySpan<char> line, int at, string phrase)
    {
        var end = at + phrase.Length;
        var startOk = at == 0 || !char.IsLetterOrDigit(phrase[0]) || !char.IsLetterOrDigit(line[at - 1]);
        var endOk = end >= line.Length || !char.IsLetterOrDigit(phrase[^1]) || !char.IsLetterOrDigit(line[end]);
        return startOk && endOk;
    }
}
