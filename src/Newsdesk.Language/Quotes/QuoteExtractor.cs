using System.Collections.Immutable;
using Newsdesk.Documents;
using Newsdesk.Text;

namespace Newsdesk.Language.Quotes;

/// <summary>
/// Finds direct quotes and reported speech in an article and attributes them. Steps:
/// 1. Scan quotation marks (<see cref="QuotedSpanScanner"/>); attribute each quotation (<see cref="DirectQuoteAttributor"/>).
///    A short quotation inside a sentence is partial ("called Mr Kim a “thug”") and waits for step 3.
/// 2. A quotation with no cue of its own continues the previous speaker's quote ("floating" quote), when one is near;
///    the pieces of one quote split around its attribution are joined (<see cref="DiscontinuousQuoteJoiner"/>).
/// 3. Find reported speech outside the quotations (<see cref="ReportedSpeechFinder"/>); a partial quotation inside
///    reported content makes it a mixed quote; one left over is kept only when a naming or speech cue precedes it in
///    its sentence; otherwise it is a scare quote or a title and is dropped.
/// 4. Resolve speakers to the article's entities (<see cref="SpeakerResolver"/>).
/// Thread-safe: stateless; all per-document state lives in a <see cref="QuoteContext"/>.
/// </summary>
public sealed class QuoteExtractor
{
    /// <summary>The most words a quotation inside a sentence may have and still be partial (a scare quote, a
    /// title, a phrase); longer quotations are speech in their own right.</summary>
    private const int MaxPartialWords = 5;

    /// <summary>The fewest words an unattributed quotation needs to be kept as speech without a speaker.</summary>
    private const int MinFloatingWords = 6;

    public ImmutableArray<Quote> Extract(string text, ImmutableArray<TextSpan> sentences, ImmutableArray<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = new QuoteContext(text, sentences, entities);
        var candidates = new List<QuoteCandidate>();
        var partials = new List<QuotedSpan>();
        var claimed = new List<TextSpan>();
        QuoteCandidate? previous = null;

        foreach (var quote in context.Quoted)
        {
            if (quote.Inner.IsEmpty)
            {
                continue;
            }

            var openWord = context.FirstWordAtOrAfter(quote.Outer.Start);
            var closeWord = context.FirstWordAtOrAfter(quote.Outer.End) - 1;
            if (IsPartial(context, quote, openWord, closeWord))
            {
                partials.Add(quote);
                continue;
            }

            var candidate = DirectQuoteAttributor.Attribute(context, quote, openWord, closeWord);
            if (candidate is null && !quote.IsSingle)
            {
                candidate = Floating(context, quote, previous);
            }

            if (candidate is null)
            {
                continue;
            }

            candidates.Add(candidate);
            claimed.Add(quote.Outer);
            if (candidate.Cue is { } cue)
            {
                claimed.Add(cue);
            }

            if (candidate.Speaker is not null)
            {
                previous = candidate;
            }
        }

        DiscontinuousQuoteJoiner.Join(context, candidates);
        claimed.Sort((a, b) => a.Start.CompareTo(b.Start));
        bool IsClaimed(int offset) => ContainsOffset(claimed, offset);
        var reported = new List<QuoteCandidate>();
        ReportedSpeechFinder.Find(context, reported, IsClaimed);
        candidates.AddRange(reported);

        foreach (var partial in partials)
        {
            if (reported.Any(r => r.Content.Contains(partial.Outer)))
            {
                continue;
            }

            var openWord = context.FirstWordAtOrAfter(partial.Outer.Start);
            if (DirectQuoteAttributor.AttributionBefore(context, openWord) is not { Speaker: not null } left)
            {
                continue;
            }

            // A short quotation after a cue that already attributes the quotation before it either continues that
            // quote (“…,” Lee laughed, “I … I …”) or belongs to its attribution (“…,” Lee said on CBC’s “The House.”).
            var owner = candidates.FindIndex(d => d.Direct && d.Cue == left.Cue && d.Content.Start < partial.Outer.Start);
            if (owner < 0)
            {
                candidates.Add(new QuoteCandidate(partial.Outer, true, left.Cue, left.Speaker));
            }
            else if (candidates[owner].Content.End <= partial.Outer.Start && DiscontinuousQuoteJoiner.IntroducesContinuation(context, openWord))
            {
                candidates[owner] = DiscontinuousQuoteJoiner.WithPiece(candidates[owner], partial.Outer);
            }
        }

        candidates.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return SpeakerResolver.Resolve(context, candidates);
    }

    /// <summary>
    /// A quotation is partial when it is short and sits inside a sentence: words of the same sentence come before
    /// it without a colon or comma introducing it, and it does not end with its own sentence punctuation.
    /// </summary>
    private static bool IsPartial(QuoteContext context, QuotedSpan quote, int openWord, int closeWord)
    {
        var innerWords = 0;
        var endsSentence = false;
        for (var i = openWord + 1; i < closeWord; i++)
        {
            if (context.Words[i].IsWord)
            {
                innerWords++;
            }

            endsSentence = context.Words[i].Kind == QuoteWordKind.Punctuation && context.Text[context.Words[i].Start] is '.' or '!' or '?' or ',';
        }

        var endsWithAttributionComma = closeWord - 1 > openWord && context.Words[closeWord - 1].Kind == QuoteWordKind.Punctuation
            && context.Text[context.Words[closeWord - 1].Start] is ',' or '?' or '!';

        if (quote.IsSingle)
        {
            return innerWords <= MaxPartialWords * 2 || !endsSentence;
        }

        if (innerWords > MaxPartialWords || endsWithAttributionComma || (endsSentence && innerWords > 3))
        {
            return false;
        }

        // A short quotation opening its paragraph or its sentence, or introduced by a colon, is a (short) quote in its
        // own right: “I would,” she said. “I would, Donald.”
        var before = openWord - 1;
        return before >= 0 && !context.LineBreakBetween(before, openWord) && !context.IsPunctuation(before, ':') && !context.IsSentenceEnd(before);
    }

    /// <summary>A quotation without its own attribution that follows the previous speaker's quote closely: the
    /// same or the previous paragraph. Otherwise a long enough quotation is kept without a speaker.</summary>
    private static QuoteCandidate? Floating(QuoteContext context, QuotedSpan quote, QuoteCandidate? previous)
    {
        var openWord = context.FirstWordAtOrAfter(quote.Outer.Start);
        var (sentenceStart, _) = context.SentenceOf(openWord);
        var opensSentence = openWord == sentenceStart || (openWord > 0 && context.LineBreakBetween(openWord - 1, openWord));
        if (previous is { Speaker: not null } && opensSentence && ParagraphDistance(context.Text, previous.Content.End, quote.Outer.Start) <= 1)
        {
            return new QuoteCandidate(quote.Outer, true, null, previous.Speaker, previous.Source, Inherited: true);
        }

        var words = 0;
        for (var i = context.FirstWordAtOrAfter(quote.Inner.Start); i < context.Words.Count && context.Words[i].Start < quote.Inner.End; i++)
        {
            words += context.Words[i].IsWord ? 1 : 0;
        }

        return words >= MinFloatingWords && quote.IsClosed ? new QuoteCandidate(quote.Outer, true, null, null) : null;
    }

    /// <summary>How many paragraph breaks (blank lines or line breaks) lie between two offsets.</summary>
    private static int ParagraphDistance(string text, int from, int to)
    {
        var breaks = 0;
        var inBreak = false;
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                if (!inBreak)
                {
                    breaks++;
                }

                inBreak = true;
            }
            else if (!char.IsWhiteSpace(text[i]))
            {
                inBreak = false;
            }
        }

        return breaks;
    }

    private static bool ContainsOffset(List<TextSpan> sorted, int offset)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else if (sorted[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
