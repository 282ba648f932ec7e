using Newsdesk.Text;

namespace Newsdesk.Language.Quotes;

/// <summary>
/// Finds the phrase naming a speaker on either side of a cue, without a parser: proper-name runs, pronouns, and
/// noun phrases opened by a determiner or made of a known source noun ("experts", "the agency").
/// </summary>
internal static class SpeakerPhraseParser
{
    /// <summary>The most words a speaker phrase may have; longer runs are clauses, not names.</summary>
    private const int MaxPhraseWords = 7;

    /// <summary>The most words an apposition between commas may have ("X, a co-author of the report, says").</summary>
    private const int MaxAppositionWords = 24;

    /// <summary>
    /// The subject ending just before word <paramref name="cue"/>, no earlier than word <paramref name="floor"/>.
    /// 1. Skip auxiliaries and adverbs between subject and verb; a form of "be" means a passive: no speaker.
    /// 2. A comma means an apposition or relative clause ("Lindsay, director of …, said"): jump to the comma
    ///    before it and read the phrase there.
    /// 3. Read a pronoun, a proper-name run, or a determiner phrase ending in a noun.
    /// </summary>
    public static SpeakerPhrase? Before(QuoteContext context, int cue, int floor)
    {
        var i = cue - 1;
        while (i >= floor && context.Words[i].IsWord && QuoteLexicon.IsBetweenSubjectAndCue(context.WordText(i)) && !IsCapitalisedName(context, i))
        {
            i--;
        }

        if (i < floor)
        {
            return null;
        }

        // "the Korean Central News Agency (KCNA) said": a bracketed acronym after the subject.
        if (context.IsPunctuation(i, ')'))
        {
            var open = i - 1;
            while (open >= floor && open > i - 6 && !context.IsPunctuation(open, '('))
            {
                open--;
            }

            if (open < floor || !context.IsPunctuation(open, '('))
            {
                return null;
            }

            i = open - 1;
            if (i < floor)
            {
                return null;
            }
        }

        // "the clubs are writing" is progressive and "X was told" passive: only the first has a subject here.
        if (context.Words[i].IsWord && QuoteLexicon.IsBeForm(context.WordText(i)))
        {
            if (!context.WordText(cue).EndsWith("ing", StringComparison.Ordinal))
            {
                return null;
            }

            i--;
            while (i >= floor && context.Words[i].IsWord && QuoteLexicon.IsBetweenSubjectAndCue(context.WordText(i)))
            {
                i--;
            }

            if (i < floor)
            {
                return null;
            }
        }

        if (context.IsPunctuation(i, ','))
        {
            for (var j = i - 1; j >= floor && i - j <= MaxAppositionWords; j--)
            {
                var word = context.Words[j];
                if (word.Kind == QuoteWordKind.QuoteMark || context.IsSentenceEnd(j))
                {
                    return null;
                }

                if (context.IsPunctuation(j, ',') || context.IsPunctuation(j, '—') || context.IsPunctuation(j, '('))
                {
                    if (IsNameRun(context, j + 1, i - 1) && j + 1 <= i - 1)
                    {
                        // "His father, Ernie LeBlanc, says": the name in the apposition is the more specific speaker.
                        return Phrase(context, j + 1, i - 1, SpeakerKind.Name);
                    }

                    if (j - 1 < floor || !IsAppositionOpening(context, j + 1))
                    {
                        return null;
                    }

                    return Head(context, j - 1, floor) is { Kind: not SpeakerKind.PersonPronoun and not SpeakerKind.GroupPronoun } head ? head : null;
                }
            }

            return null;
        }

        return Head(context, i, floor);
    }

    /// <summary>
    /// The speaker after an inverted cue ("said Mr Kim", "said the minister", "according to KCNA") starting at word
    /// <paramref name="start"/>, before word <paramref name="limit"/>.
    /// </summary>
    public static SpeakerPhrase? After(QuoteContext context, int start, int limit)
    {
        if (start >= limit || !context.Words[start].IsWord)
        {
            return null;
        }

        var text = context.WordText(start);
        if (QuoteLexicon.IsPronoun(text))
        {
            return Phrase(context, start, start, QuoteLexicon.IsGroupPronoun(text) ? SpeakerKind.GroupPronoun : SpeakerKind.PersonPronoun);
        }

        if (IsCapitalisedName(context, start) || (context.IsWord(start, "the") && start + 1 < limit && IsCapitalisedName(context, start + 1)))
        {
            return NameFrom(context, start, limit);
        }

        if (char.IsLower(text[0]) && !QuoteLexicon.IsDeterminer(text))
        {
            // "said Oilers head coach Ken Hitchcock" is handled above; "said lead author Dr. Allan Garland",
            // "according to addiction experts": lower-case modifiers, then a name or a source noun.
            for (var j = start; j < limit && j - start < 5 && context.Words[j].IsWord; j++)
            {
                var w = context.WordText(j);
                if (j > start && (QuoteLexicon.IsPreposition(w) || w is "who" or "whose" or "which" or "that" or "and" or "or"))
                {
                    break;
                }

                if (IsCapitalisedName(context, j))
                {
                    return NameFrom(context, j, limit);
                }

                if (IsSourceNoun(w) && (j + 1 >= limit || !context.Words[j + 1].IsWord || !IsSourceNoun(context.WordText(j + 1))))
                {
                    return Phrase(context, start, j, SpeakerKind.Unnamed);
                }
            }

            return null;
        }

        if (QuoteLexicon.IsDeterminer(text) || QuoteLexicon.IsUnnamedSource(text) || QuoteLexicon.IsPersonNoun(text))
        {
            // A determiner phrase: up to its last noun before punctuation, a relative pronoun or a preposition.
            var last = start;
            var head = -1;
            for (var j = start; j < limit && j - start < MaxPhraseWords; j++)
            {
                if (!context.Words[j].IsWord)
                {
                    break;
                }

                var w = context.WordText(j);
                if (j > start && (QuoteLexicon.IsPreposition(w) || w is "who" or "whose" or "which" or "that" || CueLexicon.Find(w) is not null))
                {
                    break;
                }

                last = j;
                if (IsSourceNoun(w) || IsCapitalisedName(context, j))
                {
                    head = j;
                }
            }

            if (head < 0)
            {
                // An unknown noun still heads a short phrase ("the memo", "the rookie defenceman").
                if (last == start || last - start > 3)
                {
                    return null;
                }

                head = last;
            }

            return Phrase(context, start, head, KindOfNounPhrase(context, start, head));
        }

        return null;
    }

    /// <summary>A name run from <paramref name="start"/>; when lower-case role words and a second name follow ("Oilers
    /// head coach Ken Hitchcock", "Rockets general manager Bruce Hamilton") the second name is the person.</summary>
    private static SpeakerPhrase NameFrom(QuoteContext context, int start, int limit)
    {
        var last = start;
        while (last + 1 < limit && last + 1 - start < MaxPhraseWords && ContinuesName(context, last + 1, limit))
        {
            last++;
        }

        var k = last + 1;
        while (k < limit && k - last <= 3 && context.Words[k].IsWord && char.IsLower(context.WordText(k)[0])
               && !QuoteLexicon.IsPreposition(context.WordText(k)) && !QuoteLexicon.IsNameConnector(context.WordText(k))
               && context.WordText(k) is not ("who" or "whose" or "which" or "that"))
        {
            k++;
        }

        if (k > last + 1 && k < limit && IsCapitalisedName(context, k))
        {
            var end = k;
            while (end + 1 < limit && end + 1 - k < MaxPhraseWords && ContinuesName(context, end + 1, limit))
            {
                end++;
            }

            return Phrase(context, k, end, SpeakerKind.Name);
        }

        return Phrase(context, start, last, SpeakerKind.Name);
    }

    private static bool IsNameRun(QuoteContext context, int first, int last)
    {
        if (last - first + 1 > MaxPhraseWords || !IsCapitalisedName(context, first) || !IsCapitalisedName(context, last))
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (!IsCapitalisedName(context, k) && !(context.Words[k].IsWord && QuoteLexicon.IsNameConnector(context.WordText(k))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The phrase whose last word is <paramref name="last"/>.</summary>
    private static SpeakerPhrase? Head(QuoteContext context, int last, int floor)
    {
        if (!context.Words[last].IsWord)
        {
            return null;
        }

        var text = context.WordText(last);
        if (QuoteLexicon.IsPronoun(text))
        {
            return Phrase(context, last, last, QuoteLexicon.IsGroupPronoun(text) ? SpeakerKind.GroupPronoun : SpeakerKind.PersonPronoun);
        }

        // "his claims", "Musk’s tweet", "a claim": a determiner or possessive cannot end a subject, so the cue word
        // after it is a noun.
        if (QuoteLexicon.IsDeterminer(text) || IsPossessive(text) || text is "and" or "or" or "but" or "nor" or "then" or "than")
        {
            return null;
        }

        if (IsCapitalisedName(context, last))
        {
            var first = last;
            while (first - 1 >= floor && last - first + 1 < MaxPhraseWords)
            {
                if (IsCapitalisedName(context, first - 1))
                {
                    first--;
                }
                else if (first - 2 >= floor && context.Words[first - 1].IsWord && QuoteLexicon.IsNameConnector(context.WordText(first - 1)) && IsCapitalisedName(context, first - 2))
                {
                    first -= 2;
                }
                else if (context.IsWord(first - 1, "the"))
                {
                    first--;
                    break;
                }
                else
                {
                    break;
                }
            }

            // "Experts say": a capitalised source noun at the start of a sentence is not a name.
            if (first == last && (QuoteLexicon.IsUnnamedSource(text) || QuoteLexicon.IsPersonNoun(text)))
            {
                return Phrase(context, first, last, SpeakerKind.Unnamed);
            }

            return Phrase(context, first, last, SpeakerKind.Name);
        }

        if (char.IsLower(text[0]) || char.IsDigit(text[0]))
        {
            // A common-noun phrase: read back to its determiner or possessive.
            for (var j = last; j >= floor && last - j < MaxPhraseWords - 1; j--)
            {
                if (!context.Words[j].IsWord)
                {
                    break;
                }

                var w = context.WordText(j);
                if (QuoteLexicon.IsDeterminer(w))
                {
                    return Phrase(context, j, last, KindOfNounPhrase(context, j, last));
                }

                if (j < last && IsPossessive(w) && char.IsUpper(w[0]))
                {
                    var first = j;
                    while (first - 1 >= floor && IsCapitalisedName(context, first - 1))
                    {
                        first--;
                    }

                    return Phrase(context, first, last, SpeakerKind.Unnamed);
                }

                if (j == floor && j < last && char.IsUpper(w[0]) && !QuoteLexicon.IsCapitalisedFunctionWord(w))
                {
                    // A phrase opening the sentence: "People arrested last week said", "State media said".
                    return Phrase(context, j, last, SpeakerKind.Unnamed);
                }

                // Stop at a verb-like word: a cue, a form of "be", an auxiliary, a past form ("Prosecutors filed 15 …").
                if (j < last && (QuoteLexicon.IsPreposition(w) || CueLexicon.Find(w) is not null || QuoteLexicon.IsBeForm(w) || QuoteLexicon.IsBetweenSubjectAndCue(w)
                                 || w is "and" or "or" or "but" or "than" or "because" or "if" || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) || char.IsDigit(w[0])))
                {
                    break;
                }
            }

            if (QuoteLexicon.IsUnnamedSource(text))
            {
                // Bare plural sources, with their adjectives: "Some voters", "senior officials", "experts".
                var first = last;
                while (first - 1 >= floor && last - first < 2 && context.Words[first - 1].IsWord && char.IsLower(context.WordText(first - 1)[0])
                       && !QuoteLexicon.IsPreposition(context.WordText(first - 1)) && CueLexicon.Find(context.WordText(first - 1)) is null
                       && !QuoteLexicon.IsBeForm(context.WordText(first - 1)) && context.WordText(first - 1) is not ("and" or "but" or "or" or "that"))
                {
                    first--;
                }

                return Phrase(context, first, last, SpeakerKind.Unnamed);
            }
        }

        return null;
    }

    private static SpeakerKind KindOfNounPhrase(QuoteContext context, int first, int head)
    {
        var noun = context.WordText(head);
        var definite = context.IsWord(first, "the") || context.IsWord(first, "this");
        if (!definite)
        {
            return SpeakerKind.Unnamed;
        }

        if (QuoteLexicon.IsOrganisationNoun(noun))
        {
            return SpeakerKind.OrganisationRole;
        }

        return QuoteLexicon.IsPersonNoun(noun) ? SpeakerKind.PersonRole : SpeakerKind.Unnamed;
    }

    private static bool IsSourceNoun(ReadOnlySpan<char> word) =>
        QuoteLexicon.IsPersonNoun(word) || QuoteLexicon.IsOrganisationNoun(word) || QuoteLexicon.IsUnnamedSource(word)
        || (word.Length > 3 && word[^1] == 's' && char.IsLower(word[0]));

    /// <summary>An apposition or relative clause starts after its comma with a determiner, a noun, a relative
    /// pronoun or a name ("Lindsay, director of …", "Biden, who is to take office …").</summary>
    private static bool IsAppositionOpening(QuoteContext context, int index)
    {
        if (index >= context.Words.Count || !context.Words[index].IsWord)
        {
            return false;
        }

        var w = context.WordText(index);
        if (w is "and" or "but" or "or" or "so" or "then" or "yet" || QuoteLexicon.IsPronoun(w) || QuoteLexicon.IsCapitalisedFunctionWord(w) && !QuoteLexicon.IsDeterminer(w))
        {
            return w is "who" or "whose";
        }

        return true;
    }

    /// <summary>True for a capitalised word that can be part of a name (not a sentence-initial function word).</summary>
    public static bool IsCapitalisedName(QuoteContext context, int index)
    {
        if (index < 0 || index >= context.Words.Count)
        {
            return false;
        }

        var word = context.Words[index];
        if (!word.IsCapitalized(context.Text))
        {
            return false;
        }

        var text = word.Of(context.Text);
        return !QuoteLexicon.IsCapitalisedFunctionWord(text) && CueLexicon.Find(text) is null;
    }

    private static bool ContinuesName(QuoteContext context, int index, int limit)
    {
        if (IsCapitalisedName(context, index))
        {
            return true;
        }

        return index + 1 < limit && context.Words[index].IsWord && QuoteLexicon.IsNameConnector(context.WordText(index))
            && IsCapitalisedName(context, index + 1) && !context.IsWord(index, "and");
    }

    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    private static SpeakerPhrase Phrase(QuoteContext context, int first, int last, SpeakerKind kind) =>
        new(first, last, kind, new TextSpan(context.Words[first].Start, context.Words[last].End));
}
