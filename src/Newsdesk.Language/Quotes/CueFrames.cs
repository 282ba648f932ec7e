namespace Newsdesk.Language.Quotes;

/// <summary>How a cue verb attaches to what was said (its subcategorisation frames). A verb can have several.</summary>
[Flags]
internal enum CueFrames
{
    None = 0,

    /// <summary>Introduces reported content: "said (that) the plan failed", "the plan failed, officials said".</summary>
    Clause = 1 << 0,

    /// <summary>Takes an addressee before the content: "told reporters (that) …", "warned MPs …".</summary>
    Addressee = 1 << 1,

    /// <summary>Takes a to-infinitive as content: "vowed to lay out …", "urged Canadians to consult …".</summary>
    Infinitive = 1 << 2,

    /// <summary>Only attributes an adjacent quotation ("joked", "laughed"): manner-of-speaking verbs rarely report
    /// speech without quotation marks.</summary>
    QuoteOnly = 1 << 3,

    /// <summary>Names or labels something with quoted words: "called Mr Kim a “thug”", "described it as “…”".</summary>
    Naming = 1 << 4,

    /// <summary>A belief or intention rather than an utterance ("believes", "expects"): PolNeAR counts these as
    /// attributions; the rules accept them only with a clear subject and clause.</summary>
    Belief = 1 << 5,

    /// <summary>Findings of a document or inquiry ("the study found …"); a person who "found" something is not
    /// reporting speech.</summary>
    Finding = 1 << 6,
}
