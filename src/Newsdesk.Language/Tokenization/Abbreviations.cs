using System.Collections.Frozen;

namespace Newsdesk.Language.Tokenization;

/// <summary>
/// Words that keep their full stop as part of the token ("Mr.", "Jan.", "Inc."), as named data with the reason each
/// group is here. Single letters ("J.") and dotted letter groups ("U.S.", "a.m.") are recognised by shape, not listed.
/// </summary>
public static class Abbreviations
{
    /// <summary>Titles before a name: never end a sentence ("Dr. Smith", "Gen. Lee").</summary>
    public static FrozenSet<string> Titles { get; } = new[]
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Cpl", "Maj", "Adm", "Cmdr", "Gov",
        "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Messrs", "Mme", "Mlle", "Amb", "Brig",
        "St", "Mt", "Ft",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Other news abbreviations that usually end with a dot but may end a sentence ("... Apple Inc. The ...").</summary>
    public static FrozenSet<string> Others { get; } = new[]
    {
        // Months, as datelines and dates write them ("Jan. 8").
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        // Company suffixes.
        "Inc", "Corp", "Co", "Ltd", "Bros", "Cos", "Assn", "Dept", "Univ",
        // Name suffixes.
        "Jr", "Sr",
        // US state abbreviations in AP style datelines ("SPRINGFIELD, Ill.").
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
        "Wash", "Wis", "Wyo",
        // Street types in addresses.
        "Ave", "Blvd", "Rd", "Hwy",
        // Latin and reference abbreviations written in lower case.
        "vs", "etc", "approx", "cf", "ca", "al", "fig", "pp", "vol", "nos", "No", "Nos", "Vol", "Ph",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (without its dot) keeps a following dot.</summary>
    public static bool KeepsDot(ReadOnlySpan<char> word) =>
        Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        || Others.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True when <paramref name="token"/> (with or without its dot) is a title that never ends a sentence.</summary>
    public static bool IsTitle(ReadOnlySpan<char> token) =>
        Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token.EndsWith('.') ? token[..^1] : token);
}
