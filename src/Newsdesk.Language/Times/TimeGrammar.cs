using Newsdesk.Documents;

namespace Newsdesk.Times;

/// <summary>
/// The rule grammar that finds time expressions in one sentence's tokens and resolves them against the article's
/// date. One instance serves one document (it remembers the last fiscal quarter mentioned, for "a year earlier");
/// it is not thread-safe.
/// <para>
/// At each token the grammar tries every rule family and keeps the longest match:
/// 1. an optional prefix kept in the extent (TimeML keeps "about", "nearly", "early", "late", "the end of");
/// 2. a core: a calendar date, a clock time, a deictic unit ("last week"), a quarter, a duration, a set or a fuzzy
///    reference; "the" is part of the core where TimeBank puts it there ("the third quarter", "the past").
/// Extents follow the TimeML annotation guidelines (Saurí et al. 2006, §2.2): prepositions ("on", "in") are left
/// out, so "on Friday" yields "Friday".
/// </para>
/// </summary>
internal sealed partial class TimeGrammar
{
    private readonly string _text;
    private readonly DateOnly? _anchor;
    private readonly List<TimeToken> _tokens = [];
    private readonly List<TimeWord?> _words = [];
    private readonly List<SentenceTense> _cues = [];

    /// <summary>The last fiscal quarter resolved in this document; "a year earlier" in earnings news means the same
    /// quarter a year before.</summary>
    private (int Year, int Quarter)? _lastQuarter;

    public TimeGrammar(string text, DateOnly? anchor)
    {
        _text = text;
        _anchor = anchor;
    }

    private int Count => _tokens.Count;

    /// <summary>Finds the expressions of <c>text[start..end)</c> and appends them in order.</summary>
    public void Scan(int start, int end, List<TimeExpression> found)
    {
        _tokens.Clear();
        _words.Clear();
        _cues.Clear();
        TimeTokenizer.Tokenize(_text, start, end, _tokens);
        foreach (var token in _tokens)
        {
            _words.Add(token.Kind == TimeTokenKind.Punct ? null : TimeLexicon.Find(Slice(token)));
        }

        for (var i = 0; i < Count; i++)
        {
            if (TryMatch(i, out var match))
            {
                var first = _tokens[i];
                var last = _tokens[match.End - 1];
                found.Add(new TimeExpression(new Text.TextSpan(first.Start, last.End), match.Type, match.Value));
                Remember(match.Type, match.Value);
                i = match.End - 1;
            }
        }
    }

    /// <summary>A matched expression: tokens up to <see cref="End"/> (exclusive), its TIMEX3 type and value.</summary>
    private readonly record struct Match(int End, TimeType Type, string Value, bool IsRelativeCount = false);

    /// <summary>True when an expression can start at token <paramref name="i"/>: a time word, a number, a word with
    /// digits ("1990s", "20th"), or one of the few other words that open a rule. Most tokens fail this cheap test.</summary>
    private bool CanStart(int i) => _words[i] switch
    {
        // "a"/"an" open an expression only before another time word ("a year", "a few days").
        { Number: 1 } when IsWord(i, "a") || IsWord(i, "an") => WordAt(i + 1) is not null,
        not null => true,
        null => _tokens[i].Kind == TimeTokenKind.Number || StartsLikeDecade(i)
            || (_tokens[i].Kind == TimeTokenKind.Word && (TimeLexicon.IsOpener(Text(i)) || IsHolidayStart(i) || (IsBoundOpener(i) && MatchPhrase(i, _boundPhrases) > i))),
    };

    private bool TryMatch(int i, out Match match)
    {
        match = default;
        if (!CanStart(i))
        {
            return false;
        }

        var core = i;
        var prefix = PrefixKind.None;
        var afterPrefix = SkipPrefix(i, out var kind);
        if (afterPrefix > i)
        {
            prefix = kind;
            core = afterPrefix;
        }

        if (TryCore(core, out var found) && PrefixFits(prefix, found))
        {
            match = found;
            return true;
        }

        // The prefix may belong to no expression ("about" in "talk about Friday"): match the core alone.
        if (core != i && TryCore(i, out found))
        {
            match = found;
            return true;
        }

        return false;
    }

    private bool TryCore(int i, out Match best)
    {
        best = default;
        Consider(TryNumericDate(i, out var m), m, ref best);
        Consider(TryClock(i, out m), m, ref best);
        Consider(TryMonthDate(i, out m), m, ref best);
        Consider(TryWeekday(i, out m), m, ref best);
        Consider(TryDayWord(i, out m), m, ref best);
        Consider(TryDeictic(i, out m), m, ref best);
        Consider(TryQuarter(i, out m), m, ref best);
        Consider(TryYear(i, out m), m, ref best);
        Consider(TryDuration(i, out m), m, ref best);
        Consider(TryFuzzy(i, out m), m, ref best);
        Consider(TrySet(i, out m), m, ref best);
        Consider(TrySeason(i, out m), m, ref best);
        Consider(TryHoliday(i, out m), m, ref best);
        Consider(TryThat(i, out m), m, ref best);
        return best.End > i;
    }

    private static void Consider(bool ok, Match candidate, ref Match best)
    {
        if (ok && candidate.End > best.End)
        {
            best = candidate;
        }
    }

    // ---- token access -------------------------------------------------------------------------------------

    private ReadOnlySpan<char> Slice(TimeToken token) => _text.AsSpan(token.Start, token.Length);

    private ReadOnlySpan<char> Text(int i) => i < Count ? Slice(_tokens[i]) : [];

    private TimeWord? WordAt(int i) => i < Count ? _words[i] : null;

    private bool IsWord(int i, string word) =>
        i >= 0 && i < Count && _tokens[i].Kind == TimeTokenKind.Word && Text(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsPunct(int i, char c) => i < Count && _tokens[i].Kind == TimeTokenKind.Punct && _text[_tokens[i].Start] == c;

    /// <summary>True when token <paramref name="i"/> directly follows the previous one, without a space.</summary>
    private bool Touches(int i) => i < Count && !_tokens[i].SpaceBefore;

    private bool IsCapitalized(int i) => i < Count && char.IsUpper(_text[_tokens[i].Start]);

    private bool IsHyphen(int i) => i < Count && Touches(i) && _tokens[i].Kind == TimeTokenKind.Punct && _text[_tokens[i].Start] is '-' or '‐' or '–';

    /// <summary>Skips "the" at <paramref name="i"/>.</summary>
    private int SkipThe(int i) => IsWord(i, "the") ? i + 1 : i;

    private bool TryInt(int i, out int value)
    {
        value = 0;
        return i < Count && _tokens[i].Kind == TimeTokenKind.Number && _tokens[i].Length <= 9
            && int.TryParse(Text(i), System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The tense cue nearest to token <paramref name="i"/> in the sentence; a deadline word just before
    /// the expression ("by Jan. 14", "effective Feb. 1", "expire Nov. 6") points to the future whatever the verb.</summary>
    private SentenceTense TenseAt(int i, bool deadlines = false)
    {
        var before = IsWord(i - 1, "on") ? i - 2 : i - 1;
        if (deadlines && before >= 0 && _tokens[before].Kind == TimeTokenKind.Word && TenseDetector.IsDeadline(Text(before)))
        {
            return SentenceTense.Future;
        }

        if (_cues.Count == 0)
        {
            for (var k = 0; k < Count; k++)
            {
                _cues.Add(_tokens[k].Kind == TimeTokenKind.Word ? TenseDetector.Classify(k > 0 ? Text(k - 1) : [], Text(k), k + 1 < Count ? Text(k + 1) : []) : SentenceTense.Unknown);
            }
        }

        for (var distance = 1; distance < Count; distance++)
        {
            if (i - distance >= 0 && _cues[i - distance] != SentenceTense.Unknown)
            {
                return _cues[i - distance];
            }

            if (i + distance < Count && _cues[i + distance] != SentenceTense.Unknown)
            {
                return _cues[i + distance];
            }
        }

        return SentenceTense.Unknown;
    }
}
