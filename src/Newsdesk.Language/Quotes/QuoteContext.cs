using System.Collections.Immutable;
using Newsdesk.Documents;
using Newsdesk.Text;

namespace Newsdesk.Language.Quotes;

/// <summary>
/// One document as the quote rules see it: its words, sentences (as word ranges) and quoted spans. Built per document
/// by <see cref="QuoteExtractor"/> and never shared between threads.
/// </summary>
internal sealed class QuoteContext
{
    public QuoteContext(string text, ImmutableArray<TextSpan> sentences, ImmutableArray<Entity> entities)
    {
        Text = text;
        if (!entities.IsDefaultOrEmpty)
        {
            foreach (var entity in entities)
            {
                foreach (var mention in entity.Mentions)
                {
                    Mentions.Add((mention, entity));
                }
            }

            Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        QuoteWordLexer.Lex(text, 0, text.Length, Words);
        Quoted = QuotedSpanScanner.Scan(text);
        var spans = sentences.IsDefaultOrEmpty ? LinesAsSentences(text) : sentences;
        foreach (var sentence in spans)
        {
            var first = FirstWordAtOrAfter(sentence.Start);
            var last = FirstWordAtOrAfter(sentence.End);
            if (last > first)
            {
                Sentences.Add((first, last));
            }
        }
    }

    public string Text { get; }

    /// <summary>Every entity mention with its entity, in text order.</summary>
    public List<(TextSpan Span, Entity Entity)> Mentions { get; } = [];

    /// <summary>The entity with a mention overlapping <paramref name="span"/> (the longest overlap), or null.</summary>
    public Entity? EntityAt(TextSpan span)
    {
        Entity? best = null;
        var bestOverlap = 0;
        var i = FirstMentionEndingAfter(span.Start);
        for (; i < Mentions.Count && Mentions[i].Span.Start < span.End; i++)
        {
            var (mention, entity) = Mentions[i];
            var overlap = Math.Min(mention.End, span.End) - Math.Max(mention.Start, span.Start);
            if (overlap > bestOverlap)
            {
                bestOverlap = overlap;
                best = entity;
            }
        }

        return best;
    }

    public EntityType? EntityTypeOf(TextSpan span) => EntityAt(span)?.Type;

    /// <summary>The last entity of <paramref name="type"/> mentioned before <paramref name="offset"/>, or null.</summary>
    public Entity? LastEntityBefore(int offset, EntityType type)
    {
        for (var i = FirstMentionEndingAfter(offset) - 1; i >= 0; i--)
        {
            if (Mentions[i].Entity.Type == type && Mentions[i].Span.End <= offset)
            {
                return Mentions[i].Entity;
            }
        }

        return null;
    }

    // Mentions are sorted by start and never nest across entities, so a start-ordered search is close enough.
    private int FirstMentionEndingAfter(int offset)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Mentions[mid].Span.Start < offset && Mentions[mid].Span.End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public List<QuoteWord> Words { get; } = [];

    public List<QuotedSpan> Quoted { get; }

    /// <summary>Sentences as [first, last) word indexes.</summary>
    public List<(int First, int Last)> Sentences { get; } = [];

    /// <summary>The index of the first word starting at or after <paramref name="offset"/> (Words.Count when none).</summary>
    public int FirstWordAtOrAfter(int offset)
    {
        int lo = 0, hi = Words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Words[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The sentence holding word <paramref name="index"/> as a [first, last) word range.</summary>
    public (int First, int Last) SentenceOf(int index)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var (first, last) = Sentences[mid];
            if (index < first)
            {
                hi = mid - 1;
            }
            else if (index >= last)
            {
                lo = mid + 1;
            }
            else
            {
                return (first, last);
            }
        }

        return (index, Math.Min(index + 1, Words.Count));
    }

    /// <summary>True when a line break separates word <paramref name="a"/> from word <paramref name="b"/> (a before b).</summary>
    public bool LineBreakBetween(int a, int b)
    {
        var from = Words[a].End;
        var to = Words[b].Start;
        return from < to && Text.AsSpan(from, to - from).Contains('\n');
    }

    public ReadOnlySpan<char> WordText(int index) => Words[index].Of(Text);

    public bool IsWord(int index, string value) => index >= 0 && index < Words.Count && Words[index].Is(Text, value);

    public bool IsPunctuation(int index, char c) => index >= 0 && index < Words.Count && Words[index].IsPunctuation(Text, c);

    /// <summary>True for a word that ends a sentence: . ! ? (or … at a line end).</summary>
    public bool IsSentenceEnd(int index) =>
        Words[index].Kind == QuoteWordKind.Punctuation && Text[Words[index].Start] is '.' or '!' or '?';

    private static ImmutableArray<TextSpan> LinesAsSentences(string text)
    {
        var lines = ImmutableArray.CreateBuilder<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start)
                {
                    lines.Add(new TextSpan(start, i));
                }

                start = i + 1;
            }
        }

        return lines.ToImmutable();
    }
}
