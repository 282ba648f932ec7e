using System.Collections.Immutable;
using Newsdesk.Documents;
using Newsdesk.Text;

namespace Newsdesk.Times;

/// <summary>
/// Finds English time expressions (TIMEX3 DATE, TIME, DURATION, SET) in a text and resolves them against an
/// anchor date, sentence by sentence. Stateless and thread-safe; each call keeps its own document state.
/// Offsets index the text given.
/// </summary>
public sealed class TimeRecognizer
{
    public static readonly TimeRecognizer Default = new(TimeOptions.Default);

    private readonly TimeOptions _options;

    public TimeRecognizer(TimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxSentenceLength, 16);
        _options = options;
    }

    /// <summary>The expressions of <paramref name="text"/> in order, split into sentences by a simple rule.</summary>
    /// <param name="text">The text; spans index it.</param>
    /// <param name="anchor">The article's date; without it relative expressions get underspecified values
    /// (<c>XXXX-WXX-5</c>, <c>PAST_REF</c>).</param>
    public ImmutableArray<TimeExpression> Recognize(string text, DateOnly? anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(text, SentenceRanges.Split(text, _options.MaxSentenceLength), anchor);
    }

    /// <summary>The expressions of <paramref name="text"/> in order, one sentence of <paramref name="sentences"/> at
    /// a time (spans outside the text are ignored).</summary>
    public ImmutableArray<TimeExpression> Recognize(string text, IReadOnlyList<TextSpan> sentences, DateOnly? anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var grammar = new TimeGrammar(text, anchor);
        var found = new List<TimeExpression>();
        var pieces = new List<TextSpan>();
        foreach (var sentence in sentences)
        {
            if (!sentence.FitsIn(text.Length))
            {
                continue;
            }

            if (sentence.Length <= _options.MaxSentenceLength)
            {
                grammar.Scan(sentence.Start, sentence.End, found);
                continue;
            }

            pieces.Clear();
            SentenceRanges.Add(text, sentence.Start, sentence.End, _options.MaxSentenceLength, pieces);
            foreach (var piece in pieces)
            {
                grammar.Scan(piece.Start, piece.End, found);
            }
        }

        return [.. found];
    }
}
