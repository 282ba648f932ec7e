using Newsdesk.Text;

namespace Newsdesk.Language.Quotes;

/// <summary>
/// Finds who a quotation in marks is attributed to. Frames, tried in order:
/// 1. After the quote: the inverted "…,” said Mr Kim", "…,” according to KCNA", or "…,” Telford said" /
///    "…,” the KCNA said on Friday" (a subject then a cue, appositions allowed).
/// 2. Before the quote: "Mr Kim said: “…”", "Bruce Hayne joked in his turn, “…”" (the nearest cue in the
///    sentence, with its subject), or the inverted "Said Mr Kim: “…”".
/// 3. Relayed words: when the attribution after the quote names an organisation ("KCNA said") and the sentence
///    opens with a person ("Mr Kim “declared …”, KCNA said"), the person is the speaker and the organisation the
///    source.
/// </summary>
internal static class DirectQuoteAttributor
{
    /// <summary>How far after a quote the attribution may sit, in words (a long apposition: "…,” Guenther Schuh,
    /// e.GO’s founder and the mastermind behind …, said").</summary>
    private const int RightWindow = 30;

    /// <summary>How far before a quote its cue may sit, in words.</summary>
    private const int LeftWindow = 40;

    public static QuoteCandidate? Attribute(QuoteContext context, QuotedSpan quote, int openWord, int closeWord)
    {
        var right = AttributionAfter(context, closeWord + 1);
        var left = AttributionBefore(context, openWord);
        var content = quote.Outer;

        if (right is { } r && (r.Speaker is not null || left is null))
        {
            var speaker = r.Speaker;
            SpeakerPhrase? source = null;
            if (speaker is { } s && IsOrganisational(context, s) && left is null && SubjectBefore(context, openWord) is { } subject
                && subject.Kind is SpeakerKind.Name or SpeakerKind.PersonPronoun && !IsOrganisational(context, subject))
            {
                source = speaker;
                speaker = subject;
            }
            else if (speaker is null)
            {
                speaker = SubjectBefore(context, openWord);
            }

            return new QuoteCandidate(content, true, r.Cue, speaker, source);
        }

        if (left is { } l)
        {
            return new QuoteCandidate(content, true, l.Cue, l.Speaker);
        }

        return null;
    }

    /// <summary>Frame 1: the attribution starting at word <paramref name="start"/>, just after a closing mark.</summary>
    public static Attribution? AttributionAfter(QuoteContext context, int start)
    {
        var words = context.Words;
        var i = start;
        while (i < words.Count && words[i].Kind == QuoteWordKind.Punctuation && context.Text[words[i].Start] is ',' or '—' or '–' or '-' or ';')
        {
            i++;
        }

        if (i >= words.Count || (i > 0 && context.LineBreakBetween(i - 1, i)) || !words[i].IsWord)
        {
            return null;
        }

        var limit = i;
        while (limit < words.Count && limit - i < RightWindow && words[limit].Kind != QuoteWordKind.QuoteMark && !context.IsSentenceEnd(limit)
               && !(limit > i && context.LineBreakBetween(limit - 1, limit)))
        {
            limit++;
        }

        var first = context.WordText(i);
        if (first.Equals("according", StringComparison.OrdinalIgnoreCase) && context.IsWord(i + 1, "to"))
        {
            var cue = new TextSpan(words[i].Start, words[i + 1].End);
            return new Attribution(cue, i, SpeakerPhraseParser.After(context, i + 2, limit), null);
        }

        if (CueLexicon.Find(first) is { } verb)
        {
            var speaker = SpeakerPhraseParser.After(context, i + 1, limit);
            return new Attribution(Cue(context, i), i, speaker, verb);
        }

        for (var c = i + 1; c < limit; c++)
        {
            if (CueLexicon.Find(context.WordText(c)) is { } cueVerb && !context.IsWord(c - 1, "to"))
            {
                var speaker = SpeakerPhraseParser.Before(context, c, i);
                if (speaker is { } s && !HasClauseBreak(context, i, s.First))
                {
                    return new Attribution(Cue(context, c), c, speaker, cueVerb);
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>Frame 2: the nearest cue before word <paramref name="openWord"/> in its sentence, with its speaker.</summary>
    public static Attribution? AttributionBefore(QuoteContext context, int openWord)
    {
        var (sentenceStart, _) = context.SentenceOf(openWord);
        var floor = Math.Max(sentenceStart, openWord - LeftWindow);
        for (var j = openWord - 1; j >= floor; j--)
        {
            var word = context.Words[j];
            if (word.Kind == QuoteWordKind.QuoteMark || (j + 1 <= openWord && context.LineBreakBetween(j, j + 1)))
            {
                return null;
            }

            if (!word.IsWord)
            {
                continue;
            }

            var text = word.Of(context.Text);
            if (text.Equals("to", StringComparison.OrdinalIgnoreCase) && context.IsWord(j - 1, "according"))
            {
                var cue = new TextSpan(context.Words[j - 1].Start, word.End);
                return new Attribution(cue, j - 1, SpeakerPhraseParser.After(context, j + 1, openWord), null);
            }

            if (CueLexicon.Find(text) is { } verb && !context.IsWord(j - 1, "to"))
            {
                var speaker = SpeakerPhraseParser.Before(context, j, floor) ?? SpeakerPhraseParser.After(context, j + 1, openWord);
                if (speaker is null && verb.Has(CueFrames.Belief))
                {
                    continue;
                }

                return new Attribution(Cue(context, j), j, speaker, verb);
            }
        }

        return null;
    }

    /// <summary>The subject that opens the sentence of word <paramref name="openWord"/>, after an introductory
    /// phrase ending in a comma ("In his speech on the third day, Mr Kim “declared …”").</summary>
    public static SpeakerPhrase? SubjectBefore(QuoteContext context, int openWord)
    {
        var (sentenceStart, _) = context.SentenceOf(openWord);
        var start = sentenceStart;
        for (var j = openWord - 1; j >= sentenceStart; j--)
        {
            if (context.Words[j].Kind == QuoteWordKind.QuoteMark)
            {
                return null;
            }

            if (context.IsPunctuation(j, ','))
            {
                start = j + 1;
                break;
            }
        }

        return start < openWord ? SpeakerPhraseParser.After(context, start, openWord) : null;
    }

    /// <summary>True when the phrase names an organisation: an organisation entity, a group pronoun ("it"), an
    /// organisation noun ("the agency"), or an all-capitals acronym ("KCNA"), which in news is nearly always an
    /// organisation.</summary>
    public static bool IsOrganisational(QuoteContext context, SpeakerPhrase phrase)
    {
        if (phrase.Kind is SpeakerKind.OrganisationRole or SpeakerKind.GroupPronoun)
        {
            return true;
        }

        if (context.EntityTypeOf(phrase.Span) is { } type)
        {
            return type == Documents.EntityType.Organization;
        }

        var head = context.WordText(phrase.Last);
        return QuoteLexicon.IsOrganisationNoun(head) || (head.Length >= 2 && IsAllUpper(head));
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when punctuation other than an apposition's commas lies between two words.</summary>
    private static bool HasClauseBreak(QuoteContext context, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (context.Words[k].Kind == QuoteWordKind.Punctuation && context.Text[context.Words[k].Start] is not (',' or '(' or ')'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cue span of the verb at word <paramref name="index"/>, with a particle ("blurted out",
    /// "pointed out").</summary>
    public static TextSpan Cue(QuoteContext context, int index)
    {
        var word = context.Words[index];
        return context.IsWord(index + 1, "out") ? new TextSpan(word.Start, context.Words[index + 1].End) : new TextSpan(word.Start, word.End);
    }
}
