using System.Collections.Frozen;

namespace Newsdesk.Language.Quotes;

/// <summary>
/// Cue verbs of speech, writing and stance, as named data with their frames. Each entry's line says why it is here.
/// Inflected forms are generated (regular -s/-ed/-ing, with the irregular ones listed), so a lookup by surface form
/// ("told", "says", "vowing") finds its lemma. Thread-safe: built once, read-only.
/// </summary>
internal static class CueLexicon
{
    private const CueFrames C = CueFrames.Clause;
    private const CueFrames A = CueFrames.Addressee;
    private const CueFrames I = CueFrames.Infinitive;
    private const CueFrames Q = CueFrames.QuoteOnly;
    private const CueFrames N = CueFrames.Naming;
    private const CueFrames B = CueFrames.Belief;
    private const CueFrames F = CueFrames.Finding;

    /// <summary>lemma, frames, every inflected form when irregular (else generated), reason.</summary>
    private static readonly (string Lemma, CueFrames Frames, string[] Irregular, string Reason)[] _entries =
    [
        ("say", C, ["said", "says", "saying"], "the default speech verb, most attributions in news"),
        ("tell", C | A, ["told", "tells", "telling"], "speech to an addressee: told reporters, told CTV News"),
        ("add", C, [], "continues an attribution: he added that …"),
        ("note", C, [], "reported observation"),
        ("explain", C, [], "reported explanation"),
        ("argue", C, [], "reported argument"),
        ("claim", C, [], "reported claim"),
        ("state", C, [], "formal statement"),
        ("announce", C, [], "official announcement"),
        ("insist", C, [], "emphatic speech"),
        ("acknowledge", C, [], "concession"),
        ("admit", C, ["admits", "admitted", "admitting"], "concession: Mr Kim admitted his plans had failed"),
        ("concede", C, [], "concession"),
        ("warn", C | A, [], "warning, often with addressee"),
        ("caution", C, [], "warning"),
        ("vow", C | I, [], "commitment: vowed to lay out a plan"),
        ("promise", C | I | A, [], "commitment"),
        ("pledge", C | I, [], "commitment"),
        ("threaten", I, [], "commitment to harm: threatened to …"),
        ("declare", C, [], "formal statement: Mr Kim declared …"),
        ("assert", C, [], "formal claim"),
        ("contend", C, [], "reported argument"),
        ("maintain", C, [], "repeated claim: he maintained that …"),
        ("suggest", C, [], "tentative claim"),
        ("allege", C, [], "accusation: the suit alleges that …"),
        ("report", C, [], "media attribution: The Post reports that …"),
        ("reveal", C, [], "disclosure"),
        ("confirm", C, [], "confirmation"),
        ("deny", C, ["denied", "denies", "denying"], "denial: denied that …"),
        ("predict", C, [], "forecast"),
        ("estimate", C, [], "estimate by a source"),
        ("write", C, ["wrote", "written", "writes", "writing"], "written statement: wrote in an email"),
        ("tweet", C, [], "social media statement"),
        ("post", Q, [], "social media: posted on Twitter"),
        ("reply", C, ["replied", "replies", "replying"], "answer"),
        ("respond", C, [], "answer"),
        ("answer", C, [], "answer"),
        ("ask", C | A | I, [], "question: asked whether …, asked X to …"),
        ("continue", Q, [], "continues a quotation: Caddell continued: …"),
        ("recall", C, [], "reported memory"),
        ("observe", C, [], "reported observation"),
        ("remark", C, [], "reported remark"),
        ("comment", C, [], "reported comment"),
        ("complain", C, [], "complaint"),
        ("boast", C, [], "boast"),
        ("brag", C, ["bragged", "brags", "bragging"], "boast"),
        ("conclude", C, [], "conclusion of a person or study"),
        ("agree", C, [], "agreement"),
        ("emphasize", C, [], "emphasis (US spelling)"),
        ("emphasise", C, [], "emphasis (UK spelling)"),
        ("stress", C, [], "emphasis"),
        ("underscore", C, [], "emphasis: he underscored the need …"),
        ("testify", C, ["testified", "testifies", "testifying"], "court testimony"),
        ("mention", C, [], "passing statement"),
        ("urge", A | I | C, [], "appeal: urged Canadians to …"),
        ("assure", A | C, [], "assurance to an addressee"),
        ("inform", A | C, [], "informing an addressee"),
        ("remind", A | C, [], "reminding an addressee"),
        ("indicate", C, [], "indirect statement"),
        ("signal", C, ["signalled", "signaled", "signals", "signalling", "signaling"], "indirect statement"),
        ("find", C | F, ["found", "finds", "finding"], "findings of a study or inquiry: the study found …"),
        ("show", C | F, ["showed", "shown", "shows", "showing"], "findings: the data show …"),
        ("speculate", C, [], "speculation"),
        ("propose", C, [], "proposal"),
        ("demand", C, [], "demand"),
        ("charge", C, [], "accusation: critics charge that …"),
        ("lament", C, [], "complaint"),
        ("hint", C, [], "indirect statement"),
        ("reiterate", C, [], "repetition"),
        ("repeat", C, [], "repetition"),
        ("counter", C, [], "rebuttal"),
        ("retort", C, [], "rebuttal"),
        ("acknowledge", C, [], "concession"),
        ("describe", N, [], "labelling: described it as “…”"),
        ("characterize", N, [], "labelling: characterized it as …"),
        ("characterise", N, [], "labelling (UK spelling)"),
        ("call", N, [], "labelling with quoted words: called Mr Kim a “thug”"),
        ("dub", N, ["dubbed", "dubs", "dubbing"], "labelling with quoted words"),
        ("label", N, ["labelled", "labeled", "labels", "labelling", "labeling"], "labelling with quoted words"),
        ("liken", N, [], "labelling by comparison: likened the rules to “burning the Constitution”"),
        ("joke", Q, [], "manner of speaking"),
        ("quip", Q, ["quipped", "quips", "quipping"], "manner of speaking"),
        ("laugh", Q, [], "manner of speaking"),
        ("shout", Q, [], "manner of speaking"),
        ("yell", Q, [], "manner of speaking"),
        ("chant", Q, [], "words spoken together by a crowd: protesters chanted “…”"),
        ("scream", Q, [], "manner of speaking"),
        ("exclaim", Q, [], "manner of speaking"),
        ("whisper", Q, [], "manner of speaking"),
        ("muse", Q, [], "manner of speaking"),
        ("wonder", C, [], "question: wondered whether …"),
        ("blurt", Q, [], "manner of speaking: blurted out"),
        ("read", Q, ["read", "reads", "reading"], "a written text: the statement read"),
        ("sigh", Q, [], "manner of speaking"),
        ("chuckle", Q, [], "manner of speaking"),
        ("scoff", Q, [], "manner of speaking"),
        ("believe", C | B, [], "belief of a source (PolNeAR attributes beliefs)"),
        ("think", C | B, ["thought", "thinks", "thinking"], "belief of a source"),
        ("expect", C | I | B, [], "expectation: observers had expected Mr Kim to …"),
        ("hope", C | I | B, [], "hope of a source"),
        ("fear", C | B, [], "fear of a source"),
        ("worry", C | B, ["worried", "worries", "worrying"], "worry of a source"),
        ("figure", C | B, [], "belief: he figures that …"),
        ("reckon", C | B, [], "belief"),
        ("doubt", C | B, [], "belief"),
    ];

    // The span lookup is made once: creating it per call costs more than the lookup itself.
    private static readonly FrozenDictionary<string, CueVerb>.AlternateLookup<ReadOnlySpan<char>> _byForm =
        BuildForms().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cue verb whose form is <paramref name="word"/> (case-insensitive), or null.</summary>
    public static CueVerb? Find(ReadOnlySpan<char> word)
    {
        if (word.Length > 20)
        {
            return null;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _byForm.TryGetValue(lower, out var verb) ? verb : null;
    }

    private static FrozenDictionary<string, CueVerb> BuildForms()
    {
        var forms = new Dictionary<string, CueVerb>(StringComparer.Ordinal);
        foreach (var (lemma, frames, irregular, _) in _entries)
        {
            var verb = new CueVerb(lemma, frames);
            forms.TryAdd(lemma, verb);
            foreach (var form in irregular.Length > 0 ? irregular : RegularForms(lemma))
            {
                forms.TryAdd(form, verb);
            }
        }

        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>-s, -ed and -ing forms by the regular English spelling rules the lexicon's verbs need.</summary>
    private static IEnumerable<string> RegularForms(string lemma)
    {
        var last = lemma[^1];
        yield return lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ss", StringComparison.Ordinal) || last is 'x' or 'o'
            ? lemma + "es"
            : last == 'y' && !IsVowel(lemma[^2]) ? lemma[..^1] + "ies" : lemma + "s";
        if (last == 'e')
        {
            yield return lemma + "d";
            yield return lemma[..^1] + "ing";
        }
        else if (last == 'y' && !IsVowel(lemma[^2]))
        {
            yield return lemma[..^1] + "ied";
            yield return lemma + "ing";
        }
        else if (DoublesFinalConsonant(lemma))
        {
            yield return lemma + last + "ed";
            yield return lemma + last + "ing";
        }
        else
        {
            yield return lemma + "ed";
            yield return lemma + "ing";
        }
    }

    // Short stressed closed syllables double their consonant: admit → admitted, vow does not (w), post does not.
    private static bool DoublesFinalConsonant(string lemma) =>
        lemma.Length == 3 && !IsVowel(lemma[2]) && lemma[2] is not ('w' or 'x' or 'y') && IsVowel(lemma[1]) && !IsVowel(lemma[0]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
