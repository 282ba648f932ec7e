using System.Collections.Immutable;
using Newsdesk.Documents;
using Newsdesk.Language.Tokenization;
using Newsdesk.Text;

namespace Newsdesk.Language.Sentences;

/// <summary>
/// Groups tokens into sentences; the sentences tile the tokens (every token in exactly one, in order). A sentence
/// ends:
/// <list type="number">
/// <item>at a paragraph boundary (always);</item>
/// <item>at a line break inside a paragraph when the line does not continue (a headline without a full stop above
/// its text): the next line starts with a capital, digit or quote, and the line does not end with a comma, colon,
/// hyphen or a lower-case function word;</item>
/// <item>after ".", "!", "?", "..." together with the closing quotes and brackets stuck to it, unless the next token
/// starts in lower case or is a comma ("'Why?' he asked");</item>
/// <item>after an abbreviation that can end a sentence ("U.S.", "Inc.") only when a usual sentence opening follows
/// (<see cref="SentenceStarters"/>); never after a title ("Mr.") or an initial ("J.");</item>
/// <item>when it reaches <see cref="SentenceSplitterOptions.MaxTokens"/>.</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
public sealed class SentenceSplitter(SentenceSplitterOptions? options = null)
{
    private readonly SentenceSplitterOptions _options = options ?? SentenceSplitterOptions.Default;

    /// <summary>Lower-case words after which a line break continues the sentence (hard-wrapped text).</summary>
    private static readonly HashSet<string> _continuingWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "that",
        "as", "is", "was", "are", "were", "be", "his", "her", "their", "its", "said", "says",
    };

    /// <summary>The sentences of <paramref name="text"/> over <paramref name="tokens"/>, breaking at <paramref name="paragraphs"/>.</summary>
    public ImmutableArray<TextSpan> Split(string text, IReadOnlyList<TextSpan> tokens, IReadOnlyList<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var sentences = ImmutableArray.CreateBuilder<TextSpan>();
        var first = 0;
        var paragraph = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var isLast = k == tokens.Count - 1;
            if (isLast || EndsAfter(text, tokens, k, paragraphs, ref paragraph) || k - first + 1 >= _options.MaxTokens)
            {
                sentences.Add(new TextSpan(tokens[first].Start, tokens[k].End));
                first = k + 1;
            }
        }

        return sentences.ToImmutable();
    }

    private static bool EndsAfter(string text, IReadOnlyList<TextSpan> tokens, int k, IReadOnlyList<Paragraph> paragraphs, ref int paragraph)
    {
        var token = tokens[k].Slice(text);
        var next = tokens[k + 1];
        var nextText = next.Slice(text);

        // 1. Paragraph boundary: the next token starts at or after the end of the current token's paragraph.
        while (paragraph < paragraphs.Count && paragraphs[paragraph].Span.End <= tokens[k].Start)
        {
            paragraph++;
        }

        if (paragraph < paragraphs.Count && next.Start >= paragraphs[paragraph].Span.End)
        {
            return true;
        }

        // 3. A terminator, with closing quotes and brackets glued to it: end after the last of them.
        if (IsTerminator(token) || IsClosingAfterTerminator(text, tokens, k))
        {
            if (IsCloser(nextText) && next.Start == tokens[k].End)
            {
                return false;
            }

            return !ContinuesSentence(nextText);
        }

        // 4. Abbreviations keep their dot; some may still end a sentence.
        if (token.Length > 1 && token[^1] == '.' && char.IsLetter(token[0]))
        {
            var isInitial = token.Length == 2 && char.IsUpper(token[0]);
            if (!isInitial && !Abbreviations.IsTitle(token)
                && SentenceStarters.Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextText))
            {
                return true;
            }
        }

        // 2. A line break inside the paragraph: a headline or list line above the text.
        var gap = text.AsSpan(tokens[k].End, next.Start - tokens[k].End);
        if (gap.Contains('\n') || gap.Contains('\r'))
        {
            return StartsLine(nextText) && !ContinuesLine(token);
        }

        return false;
    }

    private static bool IsTerminator(ReadOnlySpan<char> token) =>
        token is "." or "!" or "?" or "\u2026" || (token.Length > 1 && token[0] == '.' && token.Trim('.').IsEmpty);

    /// <summary>True when token k is a closing quote or bracket glued to a terminator before it (<c>."</c>, <c>?)</c>).</summary>
    private static bool IsClosingAfterTerminator(string text, IReadOnlyList<TextSpan> tokens, int k)
    {
        var j = k;
        while (j > 0 && IsCloser(tokens[j].Slice(text)) && tokens[j - 1].End == tokens[j].Start)
        {
            j--;
            if (IsTerminator(tokens[j].Slice(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCloser(ReadOnlySpan<char> token) =>
        token is "\"" or "'" or "\u201D" or "\u2019" or ")" or "]" or "\u00BB" or "\u203A";

    /// <summary>A lower-case word or a comma-like mark after a terminator means the sentence goes on.</summary>
    private static bool ContinuesSentence(ReadOnlySpan<char> next) =>
        char.IsLower(next[0]) || next is "," or ";" or ":" or ")" or "-" or "\u2013" or "\u2014";

    private static bool StartsLine(ReadOnlySpan<char> next) =>
        char.IsUpper(next[0]) || char.IsDigit(next[0]) || next[0] is '"' or '\u201C' or '\'' or '\u2018' or '-' or '*' or '\u2022' or '(';

    private static bool ContinuesLine(ReadOnlySpan<char> last) =>
        last is "," or ";" or ":" or "-" or "(" or "\u2013" or "\u2014" or "&"
        || _continuingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last);
}
