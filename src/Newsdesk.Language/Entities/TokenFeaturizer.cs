namespace Newsdesk.Language.Entities;

/// <summary>
/// Turns the tokens of a <see cref="TaggingDocument"/> into hashed features for the sequence model. Two steps:
/// <list type="number">
/// <item><see cref="Prepare"/> computes each token's <see cref="TokenUnit"/> once per document: word hashes, shapes,
/// affixes, clusters, how the word is capitalised elsewhere in the article (document-level consistency: an all-caps
/// headline word is read in the light of the same word in the body), and gazetteer matches.</item>
/// <item><see cref="Features"/> combines the units around a position into feature hashes (templates below).</item>
/// </list>
/// Feature set after Ratinov and Roth (2009) and the Stanford CRF (Finkel et al. 2005): word, lower case, shape,
/// prefixes and suffixes, a two-word window, word-cluster ids, gazetteers, and capitalisation statistics. Thread-safe
/// (no state besides the read-only lexicon and gazetteer).
/// </summary>
internal sealed class TokenFeaturizer(WordLexicon lexicon, IGazetteer gazetteer)
{
    /// <summary>Upper bound on the features of one token (the buffer size callers provide).</summary>
    public const int MaxFeatures = 96;

    private static readonly ulong _bos = FeatureHash.Exact("<s>");
    private static readonly ulong _eos = FeatureHash.Exact("</s>");

    public WordLexicon Lexicon { get; } = lexicon;

    /// <summary>Fills <paramref name="units"/> (one per token) for <paramref name="document"/>.</summary>
    /// <remarks>With a <paramref name="cache"/> (bound to this featurizer's model), words seen before are not described again.</remarks>
    public void Prepare(TaggingDocument document, Span<TokenUnit> units, Dictionary<ulong, byte> docCase, IGazetteer? gazetteerOverride = null,
        WordCache? cache = null)
    {
        docCase.Clear();
        for (var s = 0; s < document.SentenceCount; s++)
        {
            var start = document.SentenceStarts[s];
            var end = document.SentenceStarts[s + 1];
            var lettered = 0;
            var caps = 0;
            for (var i = start; i < end; i++)
            {
                ref var u = ref units[i];
                var text = document.TokenText(i);
                var word = FeatureHash.Exact(text);
                if (cache is null || !cache.TryGetUnit(word, out u))
                {
                    Describe(text, word, ref u);
                    cache?.SetUnit(u);
                }
                if ((u.Flags & TokenFlags.HasLetter) != 0)
                {
                    lettered++;
                    caps += (u.Flags & TokenFlags.AllCaps) != 0 ? 1 : 0;
                }
            }

            // A headline: most lettered tokens in capitals (CoNLL and wire copy write headlines so).
            var headline = lettered >= 2 && caps * 5 >= lettered * 4;
            units[start].Flags |= TokenFlags.SentenceStart;
            for (var i = start; i < end; i++)
            {
                ref var u = ref units[i];
                if (headline)
                {
                    u.Flags |= TokenFlags.HeadlineSentence;
                }
                else if (i > start && (u.Flags & TokenFlags.HasLetter) != 0 && !IsAfterOpening(document, i))
                {
                    var bit = (u.Flags & TokenFlags.Capitalised) != 0 ? (byte)2 : char.IsLower(document.TokenText(i)[0]) ? (byte)1 : (byte)0;
                    if (bit != 0)
                    {
                        docCase[u.Norm] = (byte)(docCase.GetValueOrDefault(u.Norm) | bit);
                    }
                }
            }

            MatchGazetteer(document, units, start, end, gazetteerOverride ?? gazetteer);
        }

        for (var i = 0; i < document.Tokens.Length; i++)
        {
            units[i].DocCase = docCase.GetValueOrDefault(units[i].Norm);
        }
    }

    /// <summary>True after an opening quote or bracket, where capitals start a quoted sentence.</summary>
    private static bool IsAfterOpening(TaggingDocument document, int i)
    {
        var previous = document.TokenText(i - 1);
        return previous is "\"" or "\u201C" or "'" or "\u2018" or "(" or "[" or "``" or ":" or "-" or "--";
    }

    private void Describe(ReadOnlySpan<char> token, ulong word, ref TokenUnit u)
    {
        u = default;
        u.Word = word;
        u.Norm = FeatureHash.Norm(token);
        u.Shape = ShapeOf(token, maxRun: 3);
        u.ShortShape = ShapeOf(token, maxRun: 1);
        var n = token.Length;
        u.Prefix1 = FeatureHash.Norm(token[..Math.Min(1, n)]);
        u.Prefix2 = n >= 2 ? FeatureHash.Norm(token[..2]) : 0;
        u.Prefix3 = n >= 3 ? FeatureHash.Norm(token[..3]) : 0;
        u.Prefix4 = n >= 4 ? FeatureHash.Norm(token[..4]) : 0;
        u.Suffix1 = FeatureHash.Norm(token[^Math.Min(1, n)..]);
        u.Suffix2 = n >= 2 ? FeatureHash.Norm(token[^2..]) : 0;
        u.Suffix3 = n >= 3 ? FeatureHash.Norm(token[^3..]) : 0;
        u.Suffix4 = n >= 4 ? FeatureHash.Norm(token[^4..]) : 0;
        if (Lexicon.TryGet(u.Norm, out var entry))
        {
            u.Coarse = entry.Coarse;
            u.Medium = entry.Medium;
            u.Fine = entry.Fine;
            u.CaseBucket = entry.CaseBucket;
        }
        else
        {
            u.Coarse = u.Medium = u.Fine = -1;
        }

        var hasLetter = false;
        var hasLower = false;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                hasLetter = true;
                hasLower |= char.IsLower(c);
            }
        }

        if (hasLetter)
        {
            u.Flags |= TokenFlags.HasLetter;
            if (!hasLower && n > 1)
            {
                u.Flags |= TokenFlags.AllCaps;
            }

            if (char.IsUpper(token[0]) && (hasLower || n == 1))
            {
                u.Flags |= TokenFlags.Capitalised;
            }
        }
    }

    /// <summary>The hash of the word's shape: X upper, x lower, d digit, other characters as themselves; runs of a
    /// class longer than <paramref name="maxRun"/> are cut ("Washington" → Xxxx with maxRun 3).</summary>
    private static ulong ShapeOf(ReadOnlySpan<char> token, int maxRun)
    {
        Span<char> buffer = stackalloc char[24];
        var length = 0;
        var run = 0;
        var last = '\0';
        foreach (var c in token)
        {
            var cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            run = cls == last ? run + 1 : 1;
            last = cls;
            if (run <= maxRun && length < buffer.Length)
            {
                buffer[length++] = cls;
            }
        }

        return FeatureHash.Exact(buffer[..length]);
    }

    private static void MatchGazetteer(TaggingDocument document, Span<TokenUnit> units, int start, int end, IGazetteer gazetteer)
    {
        for (var s = start; s < end; s++)
        {
            var first = document.TokenText(s);
            if (!char.IsUpper(first[0]) && !char.IsDigit(first[0]))
            {
                continue;
            }

            var key = LearnedGazetteer.Start;
            var max = Math.Min(end, s + LearnedGazetteer.MaxTokens);
            for (var e = s; e < max; e++)
            {
                key = LearnedGazetteer.Extend(key, units[e].Norm);
                var types = gazetteer.TypesOf(key);
                if (types == 0)
                {
                    continue;
                }

                var lastText = document.TokenText(e);
                if (!char.IsUpper(lastText[0]) && !char.IsDigit(lastText[0]) && !char.IsPunctuation(lastText[0]))
                {
                    continue;
                }

                for (var type = 0; type < 4; type++)
                {
                    if ((types & (1 << type)) == 0)
                    {
                        continue;
                    }

                    if (e == s)
                    {
                        units[s].Gazetteer |= (ushort)(1 << ((4 * type) + 3));
                        continue;
                    }

                    units[s].Gazetteer |= (ushort)(1 << (4 * type));
                    for (var m = s + 1; m < e; m++)
                    {
                        units[m].Gazetteer |= (ushort)(1 << ((4 * type) + 1));
                    }

                    units[e].Gazetteer |= (ushort)(1 << ((4 * type) + 2));
                }
            }
        }
    }

    /// <summary>Writes the feature hashes of token <paramref name="i"/> of the sentence <c>[start, end)</c> into
    /// <paramref name="output"/> (at least <see cref="MaxFeatures"/> long) and returns how many: the word-only
    /// features, then the context features.</summary>
    public static int Features(ReadOnlySpan<TokenUnit> units, int i, int start, int end, Span<ulong> output)
    {
        var n = WordFeatures(units[i], output);
        return n + ContextFeatures(units, i, start, end, output[n..]);
    }

    /// <summary>The features that depend on the word alone (its text, and the lexicon's entry for it), so that their
    /// summed weights can be cached per word (<see cref="WordCache"/>). Returns how many were written.</summary>
    public static int WordFeatures(in TokenUnit u, Span<ulong> output)
    {
        var n = 0;
        output[n++] = FeatureHash.Of(0, 0);
        output[n++] = FeatureHash.Of(1, u.Word);
        output[n++] = FeatureHash.Of(2, u.Norm);
        output[n++] = FeatureHash.Of(9, u.Shape);
        output[n++] = FeatureHash.Of(15, u.Prefix1);
        if (u.Prefix2 != 0)
        {
            output[n++] = FeatureHash.Of(16, u.Prefix2);
        }

        if (u.Prefix3 != 0)
        {
            output[n++] = FeatureHash.Of(17, u.Prefix3);
        }

        if (u.Prefix4 != 0)
        {
            output[n++] = FeatureHash.Of(18, u.Prefix4);
        }

        output[n++] = FeatureHash.Of(19, u.Suffix1);
        if (u.Suffix2 != 0)
        {
            output[n++] = FeatureHash.Of(20, u.Suffix2);
        }

        if (u.Suffix3 != 0)
        {
            output[n++] = FeatureHash.Of(21, u.Suffix3);
        }

        if (u.Suffix4 != 0)
        {
            output[n++] = FeatureHash.Of(22, u.Suffix4);
        }

        // Word clusters of the current word at three granularities.
        output[n++] = FeatureHash.Of(23, (ulong)(u.Coarse + 2));
        output[n++] = FeatureHash.Of(24, (ulong)(u.Medium + 2));
        output[n++] = FeatureHash.Of(25, (ulong)(u.Fine + 2));
        output[n++] = FeatureHash.Of(28, (ulong)(u.Fine + 2), u.ShortShape);
        return n;
    }

    /// <summary>The features that depend on the neighbours, the sentence or the document. Returns how many were written.</summary>
    public static int ContextFeatures(ReadOnlySpan<TokenUnit> units, int i, int start, int end, Span<ulong> output)
    {
        ref readonly var u = ref units[i];
        var hasPrev = i > start;
        var hasPrev2 = i - 1 > start;
        var hasNext = i + 1 < end;
        var hasNext2 = i + 2 < end;
        var prevNorm = hasPrev ? units[i - 1].Norm : _bos;
        var prev2Norm = hasPrev2 ? units[i - 2].Norm : _bos;
        var nextNorm = hasNext ? units[i + 1].Norm : _eos;
        var next2Norm = hasNext2 ? units[i + 2].Norm : _eos;
        var prevShape = hasPrev ? units[i - 1].Shape : _bos;
        var nextShape = hasNext ? units[i + 1].Shape : _eos;
        var prevShort = hasPrev ? units[i - 1].ShortShape : _bos;
        var nextShort = hasNext ? units[i + 1].ShortShape : _eos;
        var flags = (ulong)(u.Flags & (TokenFlags.SentenceStart | TokenFlags.HeadlineSentence));
        var n = 0;

        output[n++] = FeatureHash.Of(3, prevNorm);
        output[n++] = FeatureHash.Of(4, nextNorm);
        output[n++] = FeatureHash.Of(5, prev2Norm);
        output[n++] = FeatureHash.Of(6, next2Norm);
        output[n++] = FeatureHash.Of(7, prevNorm, u.Norm);
        output[n++] = FeatureHash.Of(8, u.Norm, nextNorm);
        output[n++] = FeatureHash.Of(10, prevShape);
        output[n++] = FeatureHash.Of(11, nextShape);
        output[n++] = FeatureHash.Of(12, prevShape, u.Shape);
        output[n++] = FeatureHash.Of(13, u.Shape, nextShape);
        output[n++] = FeatureHash.Of(14, prevShort, u.ShortShape, nextShort);

        // Word clusters of the neighbours at the middle granularity.
        output[n++] = FeatureHash.Of(26, (ulong)(hasPrev ? units[i - 1].Medium + 2 : 0));
        output[n++] = FeatureHash.Of(27, (ulong)(hasNext ? units[i + 1].Medium + 2 : 0));

        // Capitalisation in context: how the word is usually written, at this position, in this kind of sentence.
        output[n++] = FeatureHash.Of(29, u.CaseBucket, u.ShortShape, flags);
        output[n++] = FeatureHash.Of(30, u.DocCase, u.ShortShape, flags);
        output[n++] = FeatureHash.Of(31, u.DocCase, u.CaseBucket, flags);
        output[n++] = FeatureHash.Of(32, prevNorm, u.ShortShape);
        output[n++] = FeatureHash.Of(33, u.ShortShape, nextNorm);
        output[n++] = FeatureHash.Of(34, flags, u.Shape);

        // Gazetteer matches of this token and its neighbours.
        var gaz = u.Gazetteer;
        while (gaz != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(gaz);
            output[n++] = FeatureHash.Of(35, (ulong)bit);
            gaz &= (ushort)(gaz - 1);
        }

        output[n++] = FeatureHash.Of(36, u.Gazetteer);
        output[n++] = FeatureHash.Of(37, hasPrev ? units[i - 1].Gazetteer : 0xFFFFUL, hasNext ? units[i + 1].Gazetteer : 0xFFFFUL);
        return n;
    }

    /// <summary>The second pass's document-level features (Ratinov and Roth 2009, two-stage prediction aggregation):
    /// the first pass's tags here and around, and how it labelled the same word elsewhere in the article, so that
    /// "Trump" alone is read in the light of "Donald Trump" three paragraphs up. Returns how many were written.</summary>
    public static int HistoryFeatures(ReadOnlySpan<TokenUnit> units, int i, int start, int end, Span<ulong> output)
    {
        ref readonly var u = ref units[i];
        var n = 0;
        var prev = i > start ? units[i - 1].FirstTag : 0xFFUL;
        var next = i + 1 < end ? units[i + 1].FirstTag : 0xFFUL;
        output[n++] = FeatureHash.Of(38, u.FirstTag);
        output[n++] = FeatureHash.Of(39, prev, u.FirstTag, next);
        output[n++] = FeatureHash.Of(40, u.History);
        output[n++] = FeatureHash.Of(41, u.History, u.FirstTag);
        for (var kind = 0; kind < DocumentHistory.Kinds; kind++)
        {
            var share = (u.History >> (2 * kind)) & 3;
            if (share != 0)
            {
                output[n++] = FeatureHash.Of(42, (ulong)kind, (ulong)share);
            }
        }

        return n;
    }
}
