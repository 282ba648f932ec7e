namespace Newsdesk.Language.Entities;

/// <summary>Per-token values computed once per document, from which <see cref="TokenFeaturizer"/> combines features.</summary>
internal struct TokenUnit
{
    public ulong Word;
    public ulong Norm;
    public ulong Shape;
    public ulong ShortShape;
    public ulong Prefix1, Prefix2, Prefix3, Prefix4;
    public ulong Suffix1, Suffix2, Suffix3, Suffix4;
    public short Coarse, Medium, Fine;
    public byte CaseBucket;

    /// <summary>How the word is written elsewhere in the document away from sentence starts: bit 0 lower case, bit 1
    /// capitalised.</summary>
    public byte DocCase;

    /// <summary>Gazetteer matches covering the token: bit <c>4 * type + part</c> (part: 0 begin, 1 inside, 2 last, 3 unit).</summary>
    public ushort Gazetteer;

    public TokenFlags Flags;

    /// <summary>The first pass's tag of this token (two-stage models only; see <see cref="DocumentHistory"/>).</summary>
    public byte FirstTag;

    /// <summary>How the first pass labelled the other name-like occurrences of this word in the document: two bits
    /// per kind (0 outside, 1 + entity type), 0 none, 1 a minority, 2 most, 3 all.</summary>
    public ushort History;
}

[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    SentenceStart = 1,
    HeadlineSentence = 2,
    AllCaps = 4,
    Capitalised = 8,
    HasLetter = 16,
}
