using System.Buffers;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// Finds whether a line contains any phrase of one <see cref="BoilerplateVocabulary.PhraseClass"/> at word
/// boundaries, case-insensitively. Uses a vectorised multi-string search (<see cref="SearchValues{T}"/>), so the cost
/// hardly grows with the number of phrases. Immutable and thread-safe.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly SearchValues<string> _search;
    private readonly string[] _phrases;

    public PhraseMatcher(BoilerplateVocabulary.PhraseClass phraseClass)
    {
        ArgumentNullException.ThrowIfNull(phraseClass);
        Class = phraseClass;
        _phrases = phraseClass.Phrases;
        _search = SearchValues.Create(_phrases, StringComparison.OrdinalIgnoreCase);
    }

    public BoilerplateVocabulary.PhraseClass Class { get; }

    /// <summary>True when <paramref name="line"/> contains one of the phrases with no letter or digit glued to it.</summary>
    public bool IsMatch(ReadOnlySpan<char> line)
    {
        var offset = 0;
        while (offset < line.Length)
        {
            var found = line[offset..].IndexOfAny(_search);
            if (found < 0)
            {
                return false;
            }

            var at = offset + found;
            foreach (var phrase in _phrases)
            {
                if (line[at..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && IsBounded(line, at, phrase))
                {
                    return true;
                }
            }

            offset = at + 1;
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
