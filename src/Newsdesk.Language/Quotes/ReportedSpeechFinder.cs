using Newsdesk.Text;

namespace Newsdesk.Language.Quotes;

/// <summary>
/// Finds reported speech: content attributed through a cue verb without quotation marks of its own. Frames per
/// sentence, for each cue verb outside quotation marks:
/// 1. Subject, cue, content: "Mr Kim said (that) the country's relations …", "Secord told CTV News that …",
///    "Freeland urged Canadians to consult …", "Chapman admits in this instance, there were …".
/// 2. Content, subject, cue: "… an employee contacted police, Lohmar said." and the inverted "…, said Mr Kim.".
/// 3. Parenthetical: "Almost all revenues, they promise, will be returned …".
/// 4. "according to": "According to KCNA, …" and "…, according to the study.".
/// A cue joined by "and" to an earlier one keeps its subject ("admitted … and vowed to lay out …").
/// </summary>
internal static class ReportedSpeechFinder
{
    /// <summary>The fewest words reported content may have; shorter clauses are adverbials ("said so").</summary>
    private const int MinContentWords = 3;

    /// <summary>The most words of adverbial (time, place, medium) between a cue and its "that".</summary>
    private const int MaxAdverbialWords = 9;

    public static void Find(QuoteContext context, List<QuoteCandidate> found, Func<int, bool> isClaimed)
    {
        foreach (var (first, last) in context.Sentences)
        {
            SpeakerPhrase? previousSubject = null;
            var previousEnd = -1;
            var end = last;
            while (end > first && (context.IsSentenceEnd(end - 1) || context.Words[end - 1].Kind == QuoteWordKind.Punctuation))
            {
                end--;
            }

            for (var j = first; j < end; j++)
            {
                var word = context.Words[j];
                if (!word.IsWord || isClaimed(word.Start) || j < previousEnd)
                {
                    continue;
                }

                var candidate = AccordingTo(context, j, first, end) ?? AtCue(context, j, first, end, previousSubject);
                if (candidate is null || Overlaps(candidate.Content, isClaimed, context))
                {
                    continue;
                }

                found.Add(candidate);
                previousSubject = candidate.Speaker;
                previousEnd = context.FirstWordAtOrAfter(candidate.Content.End);
                if (candidate.Content.Start < word.Start)
                {
                    // Content before the cue (frames 2 and 4): the rest of the sentence is the attribution.
                    previousEnd = end;
                }
            }
        }
    }

    private static QuoteCandidate? AccordingTo(QuoteContext context, int j, int first, int end)
    {
        if (!context.IsWord(j, "according") || !context.IsWord(j + 1, "to"))
        {
            return null;
        }

        var cue = new TextSpan(context.Words[j].Start, context.Words[j + 1].End);
        var speaker = SpeakerPhraseParser.After(context, j + 2, end);
        if (j == first || (j == first + 1 && context.Words[first].IsWord))
        {
            // "According to X, content."
            for (var k = j + 2; k < end; k++)
            {
                if (context.IsPunctuation(k, ','))
                {
                    return end - (k + 1) >= MinContentWords ? new QuoteCandidate(Span(context, k + 1, end), false, cue, speaker) : null;
                }
            }

            return null;
        }

        // "Content, according to X."
        var contentEnd = context.IsPunctuation(j - 1, ',') ? j - 1 : j;
        return contentEnd - first >= MinContentWords ? new QuoteCandidate(Span(context, first, contentEnd), false, cue, speaker) : null;
    }

    private static QuoteCandidate? AtCue(QuoteContext context, int j, int first, int end, SpeakerPhrase? previousSubject)
    {
        if (CueLexicon.Find(context.WordText(j)) is not { } verb || verb.Has(CueFrames.QuoteOnly))
        {
            return null;
        }

        if (verb.Frames == CueFrames.Naming)
        {
            return DescribedAs(context, j, first, end);
        }

        // "to say", "declined to comment": an infinitive cue is not itself an attribution. A capitalised cue word inside
        // a sentence is part of a name ("the United States", "Canada’s Food Price Report").
        var form = context.WordText(j);
        if (context.IsWord(j - 1, "to") || (j > first && (context.IsWord(j - 1, "the") || char.IsUpper(form[0]))))
        {
            return null;
        }

        // "…, saying he had never meant …": a participle has the subject of its main clause, which said the rest.
        if (form.EndsWith("ing", StringComparison.Ordinal) && j > first && context.IsPunctuation(j - 1, ','))
        {
            var start = ContentStart(context, j, verb, end);
            return start >= 0 && end - start >= MinContentWords && LooksLikeClause(context, start, end, verb)
                ? new QuoteCandidate(Span(context, start, CoordinationEnd(context, start, end)), false, DirectQuoteAttributor.Cue(context, j), previousSubject)
                : null;
        }

        var cue = DirectQuoteAttributor.Cue(context, j);
        var subject = SpeakerPhraseParser.Before(context, j, first);
        if (subject is null && previousSubject is not null && PrecededByAnd(context, j, first))
        {
            subject = previousSubject;
        }

        if (subject is { } s)
        {
            if (verb.Has(CueFrames.Belief) && s.Kind == SpeakerKind.Unnamed && !QuoteLexicon.IsUnnamedSource(context.WordText(s.Last)))
            {
                return null;
            }

            if (verb.Has(CueFrames.Finding) && !IsFindingSource(context, s))
            {
                return null;
            }

            // A bare verb form agrees with a plural subject or follows an auxiliary ("Experts say", "will argue");
            // after a singular noun it is a noun itself ("the strange remark", "a final cost estimate").
            if (form.Equals(verb.Lemma, StringComparison.OrdinalIgnoreCase) && !AgreesWithBareForm(context, s, j))
            {
                return null;
            }

            var contentStart = ContentStart(context, j, verb, end);
            if (contentStart >= 0 && end - contentStart >= MinContentWords && LooksLikeClause(context, contentStart, end, verb))
            {
                return new QuoteCandidate(Span(context, contentStart, CoordinationEnd(context, contentStart, end)), false, cue, s);
            }

            // Frames 2 and 3: the subject follows a comma; the content is before it, or after the cue's comma when
            // only a few words come before ("Almost all revenues, they promise, will be returned …").
            var beforeSubject = s.First - 1;
            if (beforeSubject > first && (context.IsPunctuation(beforeSubject, ',') || context.IsPunctuation(beforeSubject, '—')) && !verb.Has(CueFrames.Belief))
            {
                var after = j + 1;
                if (context.IsWord(after, "out"))
                {
                    after++;
                }

                var beforeWords = beforeSubject - first;
                if (beforeWords >= MinContentWords && (end - after <= 6 || ContinuesAttribution(context, after, end)))
                {
                    return new QuoteCandidate(Span(context, first, beforeSubject), false, cue, s);
                }

                if (after < end && context.IsPunctuation(after, ',') && end - (after + 1) >= MinContentWords)
                {
                    return new QuoteCandidate(Span(context, after + 1, end), false, cue, s);
                }
            }

            return null;
        }

        // Frame 2, inverted: "…, said Mr Kim."
        if (j - 1 > first && context.IsPunctuation(j - 1, ',') && !verb.Has(CueFrames.Belief)
            && SpeakerPhraseParser.After(context, j + 1, end) is { } inverted && j - 1 - first >= MinContentWords)
        {
            return new QuoteCandidate(Span(context, first, j - 1), false, cue, inverted);
        }

        return null;
    }

    /// <summary>"Authorities described her as the children’s mother": a naming cue with "as" reports how the
    /// subject characterised something; the content is what follows "as".</summary>
    private static QuoteCandidate? DescribedAs(QuoteContext context, int j, int first, int end)
    {
        for (var k = j + 1; k < end && k - j <= 6; k++)
        {
            if (!context.Words[k].IsWord)
            {
                return null;
            }

            if (context.IsWord(k, "as") && end - (k + 1) >= 1 && SpeakerPhraseParser.Before(context, j, first) is { } subject)
            {
                return new QuoteCandidate(Span(context, k + 1, end), false, DirectQuoteAttributor.Cue(context, j), subject);
            }
        }

        return null;
    }

    /// <summary>
    /// The first word of the content after the cue at <paramref name="cue"/>, or -1 when none follows:
    /// "that", a to-infinitive, an addressee then content, an adverbial then "that" or a comma, or a clause.
    /// </summary>
    private static int ContentStart(QuoteContext context, int cue, CueVerb verb, int end)
    {
        var k = cue + 1;
        if (context.IsWord(k, "out"))
        {
            k++;
        }

        if (k >= end)
        {
            return -1;
        }

        if (context.IsWord(k, "that"))
        {
            return k;
        }

        if (verb.Has(CueFrames.Infinitive) && IsInfinitive(context, k))
        {
            return k;
        }

        if (verb.Has(CueFrames.Addressee) && context.Words[k].IsWord && !context.IsWord(k, "to"))
        {
            var afterAddressee = SkipAddressee(context, k, end);
            if (afterAddressee > k)
            {
                if (context.IsWord(afterAddressee, "that") || (verb.Has(CueFrames.Infinitive) && IsInfinitive(context, afterAddressee)))
                {
                    return afterAddressee;
                }

                // "told CTV News the cost …": content directly after the addressee, unless an adverbial follows.
                k = afterAddressee;
                if (k >= end)
                {
                    return -1;
                }
            }
        }

        // Adverbials before the content: "said Tuesday the …", "said on Friday that …", "admits in this instance, …".
        if (IsTimeWord(context.WordText(k)))
        {
            k++;
            if (k < end && context.IsPunctuation(k, ','))
            {
                k++;
            }

            if (k >= end)
            {
                return -1;
            }
        }
        else if (QuoteLexicon.IsPreposition(context.WordText(k)))
        {
            for (var j = k + 1; j < end && j - k <= MaxAdverbialWords; j++)
            {
                if (context.IsWord(j, "that"))
                {
                    return j;
                }

                if (context.IsPunctuation(j, ','))
                {
                    return end - (j + 1) >= MinContentWords ? j + 1 : -1;
                }

                if (!context.Words[j].IsWord)
                {
                    return -1;
                }
            }

            return -1;
        }

        var first = context.Words[k];
        if (!first.IsWord)
        {
            return -1;
        }

        var text = first.Of(context.Text);
        if (QuoteLexicon.IsBeForm(text) || text is "by" or "so" or "nothing" or "something" or "anything" or "yes" or "no" or "goodbye" or "hello")
        {
            return -1;
        }

        return k;
    }

    /// <summary>Verbs whose content is always speech, even without a visible clause ("said Sunday a prolonged
    /// standoff only makes …"); other cues also take plain objects ("denied the existence of …", "added yet another
    /// goal") and need a clause after them.</summary>
    private static bool AlwaysReportsSpeech(CueVerb verb) => verb.Lemma is "say" or "tell";

    /// <summary>
    /// True when the content after a cue reads as a clause rather than a noun phrase object: it starts with "that",
    /// a to-infinitive (for infinitive cues), a subject pronoun or "there", or an auxiliary or modal verb appears in
    /// its first words ("his plans had failed", "North Korea may reach out").
    /// </summary>
    private static bool LooksLikeClause(QuoteContext context, int start, int end, CueVerb verb)
    {
        if (AlwaysReportsSpeech(verb) || context.IsWord(start, "that") || context.Words[start].Kind == QuoteWordKind.QuoteMark)
        {
            return true;
        }

        if (verb.Has(CueFrames.Infinitive))
        {
            // "vowed to lay out …", and an object before the infinitive: "expected Mr Kim to use …".
            for (var k = start; k < end && k - start <= 4; k++)
            {
                if (IsInfinitive(context, k))
                {
                    return true;
                }
            }
        }

        var first = context.WordText(start);
        if (QuoteLexicon.IsPronoun(first) && !first.Equals("it", StringComparison.OrdinalIgnoreCase) || first.Equals("there", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var k = start + 1; k < end && k - start <= 10; k++)
        {
            if (context.Words[k].IsWord && IsAuxiliary(context.WordText(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Auxiliary and modal verbs: their presence marks a finite clause.</summary>
    private static bool IsAuxiliary(ReadOnlySpan<char> word) =>
        QuoteLexicon.IsBeForm(word) || word is "has" or "have" or "had" or "will" or "would" or "could" or "can" or "may"
            or "might" or "should" or "must" or "did" or "does" or "do" or "won't" or "wouldn't" or "can't" or "didn't"
            or "doesn't" or "isn't" or "wasn't" or "aren't" or "weren't" or "hasn't" or "haven't" or "hadn't" or "shall"
            or "won’t" or "wouldn’t" or "can’t" or "didn’t" or "doesn’t" or "isn’t" or "wasn’t" or "aren’t" or "weren’t"
            or "hasn’t" or "haven’t" or "hadn’t";

    /// <summary>True when a bare verb form fits its subject: a plural or first/second-person subject, or an
    /// auxiliary right before the verb.</summary>
    private static bool AgreesWithBareForm(QuoteContext context, SpeakerPhrase subject, int cue)
    {
        if (cue > 0 && context.Words[cue - 1].IsWord && IsAuxiliary(context.WordText(cue - 1)))
        {
            return true;
        }

        var head = context.WordText(subject.Last);
        if (subject.Kind == SpeakerKind.PersonPronoun || subject.Kind == SpeakerKind.GroupPronoun)
        {
            return !head.Equals("he", StringComparison.OrdinalIgnoreCase) && !head.Equals("she", StringComparison.OrdinalIgnoreCase) && !head.Equals("it", StringComparison.OrdinalIgnoreCase);
        }

        return head.EndsWith('s') || QuoteLexicon.IsUnnamedSource(head) || context.IsWord(subject.Last - 1, "and") || head is "people" or "police" or "staff" or "media";
    }

    /// <summary>True when what follows a cue continues the attribution rather than the content: ", adding that …",
    /// ", and …", "in an email".</summary>
    private static bool ContinuesAttribution(QuoteContext context, int after, int end)
    {
        var k = after;
        if (k < end && context.IsPunctuation(k, ','))
        {
            k++;
        }

        if (k >= end || !context.Words[k].IsWord)
        {
            return true;
        }

        var w = context.WordText(k);
        return w is "and" or "but" or "while" or "though" or "although" or "as" or "because" or "who"
            || QuoteLexicon.IsPreposition(w) || (w.EndsWith("ing", StringComparison.Ordinal) && CueLexicon.Find(w) is not null);
    }

    /// <summary>The end of content that stops before a second cue joined by "and" ("admitted his plans had failed and
    /// vowed to lay out …"): that cue starts its own quote with the same subject.</summary>
    private static int CoordinationEnd(QuoteContext context, int start, int end)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            if (!context.IsWord(k, "and") && !context.IsWord(k, "but"))
            {
                continue;
            }

            var v = k + 1;
            while (v < end && context.Words[v].IsWord && QuoteLexicon.IsBetweenSubjectAndCue(context.WordText(v)))
            {
                v++;
            }

            if (v < end && CueLexicon.Find(context.WordText(v)) is { } verb && !verb.Has(CueFrames.QuoteOnly)
                && !context.WordText(v).EndsWith("ing", StringComparison.Ordinal) && !context.WordText(v).Equals(verb.Lemma, StringComparison.Ordinal))
            {
                return context.IsPunctuation(k - 1, ',') ? k - 1 : k;
            }
        }

        return end;
    }

    /// <summary>"The study found": findings come from documents and inquiries, not from people who find things.</summary>
    private static bool IsFindingSource(QuoteContext context, SpeakerPhrase subject) =>
        subject.Kind is not (SpeakerKind.PersonPronoun or SpeakerKind.PersonRole)
        && context.WordText(subject.Last) is var head
        && (head.StartsWith("stud", StringComparison.OrdinalIgnoreCase) || head.StartsWith("report", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("survey", StringComparison.OrdinalIgnoreCase) || head.StartsWith("poll", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("research", StringComparison.OrdinalIgnoreCase) || head.StartsWith("review", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("analys", StringComparison.OrdinalIgnoreCase) || head.StartsWith("inquir", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("investigation", StringComparison.OrdinalIgnoreCase) || head.StartsWith("audit", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("data", StringComparison.OrdinalIgnoreCase) || head.StartsWith("it", StringComparison.OrdinalIgnoreCase));

    private static int SkipAddressee(QuoteContext context, int k, int end)
    {
        var text = context.WordText(k);
        if (text is "him" or "her" or "them" or "me" or "us" or "reporters" or "journalists" or "supporters" or "members" or "parliament" or "lawmakers")
        {
            return k + 1;
        }

        if (SpeakerPhraseParser.IsCapitalisedName(context, k))
        {
            var j = k;
            while (j < end && (SpeakerPhraseParser.IsCapitalisedName(context, j) || (context.Words[j].IsWord && QuoteLexicon.IsNameConnector(context.WordText(j)) && SpeakerPhraseParser.IsCapitalisedName(context, j + 1))))
            {
                j++;
            }

            return j;
        }

        if (QuoteLexicon.IsDeterminer(text))
        {
            for (var j = k + 1; j < end && j - k <= 3; j++)
            {
                if (!context.Words[j].IsWord)
                {
                    return j;
                }

                var w = context.WordText(j);
                if (QuoteLexicon.IsPersonNoun(w) || QuoteLexicon.IsOrganisationNoun(w) || QuoteLexicon.IsUnnamedSource(w) || SpeakerPhraseParser.IsCapitalisedName(context, j))
                {
                    return j + 1;
                }
            }
        }

        return k;
    }

    private static bool IsInfinitive(QuoteContext context, int k) =>
        context.IsWord(k, "to") && k + 1 < context.Words.Count && context.Words[k + 1].IsWord
        && char.IsLower(context.WordText(k + 1)[0]) && !QuoteLexicon.IsDeterminer(context.WordText(k + 1));

    private static bool PrecededByAnd(QuoteContext context, int j, int first)
    {
        var i = j - 1;
        while (i >= first && context.Words[i].IsWord && QuoteLexicon.IsBetweenSubjectAndCue(context.WordText(i)))
        {
            i--;
        }

        return i >= first && (context.IsWord(i, "and") || context.IsWord(i, "but"));
    }

    /// <summary>Weekdays and relative days that sit between a cue and its content ("said Tuesday").</summary>
    private static bool IsTimeWord(ReadOnlySpan<char> word) =>
        word is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday"
            or "yesterday" or "today" or "tonight" or "Yesterday" or "Today" or "earlier" or "later" or "again" or "previously" or "recently";

    /// <summary>True when more than half of the content lies in a direct quote already found.</summary>
    private static bool Overlaps(TextSpan content, Func<int, bool> isClaimed, QuoteContext context)
    {
        var claimed = 0;
        var total = 0;
        for (var i = context.FirstWordAtOrAfter(content.Start); i < context.Words.Count && context.Words[i].Start < content.End; i++)
        {
            total++;
            if (isClaimed(context.Words[i].Start))
            {
                claimed++;
            }
        }

        return total == 0 || claimed * 2 > total;
    }

    /// <summary>The span from word <paramref name="from"/> to just before word <paramref name="to"/>, trimmed of
    /// trailing punctuation.</summary>
    private static TextSpan Span(QuoteContext context, int from, int to)
    {
        var last = to - 1;
        while (last > from && context.Words[last].Kind == QuoteWordKind.Punctuation)
        {
            last--;
        }

        return new TextSpan(context.Words[from].Start, context.Words[last].End);
    }
}
