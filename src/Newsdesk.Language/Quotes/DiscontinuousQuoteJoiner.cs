using System.Collections.Immutable;
using Newsdesk.Text;

namespace Newsdesk.Language.Quotes;

/// <summary>
/// Joins the pieces of one direct quote that its attribution interrupts into one quote with <see cref="QuoteCandidate.Parts"/>:
/// “First part,” said X. “Second part.” — “First part,” X said, “second part.” — “First part,” X added, recalling the
/// day: “second part.” News style splits a quote around its attribution; the words are one statement by one speaker
/// (PolNeAR annotates them as one attribution with two content spans). Rules, for two quotations A and B in a row:
/// 1. A has a speaker and a cue, and the cue lies between A and B: the attribution interrupts the quote.
/// 2. B has no attribution of its own (it floats on A's speaker), or its cue sits in the same gap and names no other
///    speaker ("X said, adding: “…”").
/// 3. The gap holds one sentence at most, ending just before B; or B floats on A's speaker and no other speech cue
///    sits in the gap ("“…,” Woolson said. The towns lie in a media dead zone. “…”": the narration between does not
///    change who is speaking, and B already inherits A's speaker). A cue between ("“…,” X said. Y disagreed, saying
///    the plan would fail. “…”") keeps them apart.
/// 4. The gap stays inside one paragraph: a quote continued in the next paragraph is a new quote unless the scanner
///    already joined it (an unclosed paragraph followed by one opening with a mark, <see cref="QuotedSpanScanner"/>).
/// Thread-safe: stateless.
/// </summary>
internal static class DiscontinuousQuoteJoiner
{
    /// <summary>Joins, in place, consecutive direct candidates of <paramref name="direct"/> (in text order).</summary>
    public static void Join(QuoteContext context, List<QuoteCandidate> direct)
    {
        for (var i = 0; i + 1 < direct.Count;)
        {
            if (Continues(context, direct[i], direct[i + 1]))
            {
                direct[i] = Joined(direct[i], direct[i + 1]);
                direct.RemoveAt(i + 1);
            }
            else
            {
                i++;
            }
        }
    }

    private static bool Continues(QuoteContext context, QuoteCandidate a, QuoteCandidate b)
    {
        if (!a.Direct || !b.Direct || a.Speaker is not { } speaker || a.Cue is not { } cue)
        {
            return false;
        }

        if (a.Pieces[^1].End > b.Content.Start)
        {
            return false;
        }

        var gap = new TextSpan(a.Pieces[^1].End, b.Content.Start);
        if (!gap.Contains(cue) || context.Text.AsSpan(gap.Start, gap.Length).Contains('\n'))
        {
            return false;
        }

        // Rule 2: B floats on A's speaker, or its own cue sits in the same gap with the same or no speaker.
        if (!b.Inherited && b.Cue is { } own && (!gap.Contains(own) || (b.Speaker is { } other && !other.Span.Overlaps(speaker.Span))))
        {
            return false;
        }

        return OneSentence(context, cue, b.Content) || (b.Inherited && NoOtherCue(context, cue, b.Content));
    }

    /// <summary>Rule 3: no sentence of the document (<see cref="QuoteContext.Sentences"/>, which knows abbreviations
    /// such as "Calif.") starts between A's cue and B's opening mark; one may start at B itself.</summary>
    private static bool OneSentence(QuoteContext context, TextSpan cue, TextSpan b)
    {
        var from = context.FirstWordAtOrAfter(cue.Start);
        var open = context.FirstWordAtOrAfter(b.Start);
        for (var k = from + 1; k < open; k++)
        {
            if (context.SentenceOf(k).First == k)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Rule 3, second case: no word of the gap after A's cue is a cue verb.</summary>
    private static bool NoOtherCue(QuoteContext context, TextSpan cue, TextSpan b)
    {
        var from = context.FirstWordAtOrAfter(cue.End);
        var open = context.FirstWordAtOrAfter(b.Start);
        for (var k = from; k < open; k++)
        {
            if (context.Words[k].IsWord && CueLexicon.Find(context.WordText(k)) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the quotation opening at word <paramref name="openWord"/> is introduced by a comma or a
    /// colon, as the second piece of an interrupted quote is (“…,” Lee said, “…”), unlike a title after its cue
    /// (said on CBC’s “The House”).</summary>
    public static bool IntroducesContinuation(QuoteContext context, int openWord) =>
        context.IsPunctuation(openWord - 1, ',') || context.IsPunctuation(openWord - 1, ':');

    /// <summary><paramref name="quote"/> with <paramref name="piece"/> (a quotation after it) as its last piece.</summary>
    public static QuoteCandidate WithPiece(QuoteCandidate quote, TextSpan piece) =>
        quote with
        {
            Content = new TextSpan(quote.Content.Start, piece.End),
            Parts = [.. quote.Pieces, piece],
            Inherited = false,
        };

    private static QuoteCandidate Joined(QuoteCandidate a, QuoteCandidate b) =>
        a with
        {
            Content = new TextSpan(a.Content.Start, b.Content.End),
            Parts = [.. a.Pieces, .. b.Pieces],
            Inherited = false,
        };
}
