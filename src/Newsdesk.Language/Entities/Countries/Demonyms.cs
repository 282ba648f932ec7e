namespace Newsdesk.Language.Entities.Countries;

/// <summary>
/// Demonyms ("Korean", "Koreans") derived from country names by suffix rules, with the irregular ones listed. The
/// country table has none (see Countries/README.md).
/// </summary>
internal static class Demonyms
{
    /// <summary>Irregular demonyms by ISO code: the rules below would get these wrong.</summary>
    private static readonly Dictionary<string, string[]> _irregular = new(StringComparer.Ordinal)
    {
        ["US"] = ["American"], ["GB"] = ["British", "Briton"], ["FR"] = ["French", "Frenchman"], ["NL"] = ["Dutch"],
        ["CH"] = ["Swiss"], ["DE"] = ["German"], ["ES"] = ["Spanish", "Spaniard"], ["PT"] = ["Portuguese"],
        ["CN"] = ["Chinese"], ["JP"] = ["Japanese"], ["VN"] = ["Vietnamese"], ["TH"] = ["Thai"],
        ["PH"] = ["Filipino", "Philippine"], ["AF"] = ["Afghan"], ["IL"] = ["Israeli"], ["SA"] = ["Saudi"],
        ["AE"] = ["Emirati"], ["DK"] = ["Danish", "Dane"], ["SE"] = ["Swedish", "Swede"], ["FI"] = ["Finnish", "Finn"],
        ["NO"] = ["Norwegian"], ["PL"] = ["Polish", "Pole"], ["TR"] = ["Turkish", "Turk"], ["GR"] = ["Greek"],
        ["IE"] = ["Irish"], ["IS"] = ["Icelandic", "Icelander"], ["NZ"] = ["New Zealander"], ["CZ"] = ["Czech"],
        ["SK"] = ["Slovak"], ["HR"] = ["Croatian", "Croat"], ["RS"] = ["Serbian", "Serb"], ["SI"] = ["Slovenian", "Slovene"],
        ["LB"] = ["Lebanese"], ["SD"] = ["Sudanese"], ["SN"] = ["Senegalese"], ["CG"] = ["Congolese"], ["CD"] = ["Congolese"],
        ["MA"] = ["Moroccan"], ["EG"] = ["Egyptian"], ["PE"] = ["Peruvian"], ["AR"] = ["Argentine", "Argentinian"],
        ["CA"] = ["Canadian"], ["SO"] = ["Somali"], ["GH"] = ["Ghanaian"], ["IR"] = ["Iranian"], ["OM"] = ["Omani"],
        ["JO"] = ["Jordanian"], ["IQ"] = ["Iraqi"], ["KW"] = ["Kuwaiti"], ["QA"] = ["Qatari"], ["YE"] = ["Yemeni"],
        ["BD"] = ["Bangladeshi"], ["PK"] = ["Pakistani"], ["BH"] = ["Bahraini"], ["TW"] = ["Taiwanese"],
        ["MY"] = ["Malaysian"], ["ZW"] = ["Zimbabwean"], ["BE"] = ["Belgian"], ["UA"] = ["Ukrainian"],
        ["HU"] = ["Hungarian"], ["IT"] = ["Italian"], ["BR"] = ["Brazilian"], ["CY"] = ["Cypriot"], ["MT"] = ["Maltese"],
        ["NP"] = ["Nepali", "Nepalese"], ["LK"] = ["Sri Lankan"], ["MM"] = ["Burmese"], ["LA"] = ["Lao", "Laotian"],
        ["KH"] = ["Cambodian"], ["MX"] = ["Mexican"], ["CL"] = ["Chilean"], ["LU"] = ["Luxembourgish"],
    };

    /// <summary>The demonyms of the country <paramref name="code"/> named <paramref name="name"/>, with plurals.</summary>
    public static string[] Of(string code, string name)
    {
        var singular = _irregular.TryGetValue(code, out var listed) ? listed : ByRule(name);
        var all = new List<string>();
        foreach (var word in singular)
        {
            all.Add(word);
            // Plurals name the people ("Koreans"); adjectives in -ese/-ish/-ch/-ss do not take one.
            if (!word.EndsWith("ese", StringComparison.Ordinal) && !word.EndsWith("ish", StringComparison.Ordinal)
                && !word.EndsWith("ch", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                all.Add(word + "s");
            }
        }

        // "North Korea" → "North Korean" covers the North/South pairs; the bare nationality ("Korean") stays
        // ambiguous and is not added.
        return [.. all];
    }

    private static string[] ByRule(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal) && !name.StartsWith("North ", StringComparison.Ordinal)
            && !name.StartsWith("South ", StringComparison.Ordinal) && !name.StartsWith("Sri ", StringComparison.Ordinal))
        {
            return [];
        }

        if (name.EndsWith('a'))
        {
            return [name + "n"];
        }

        if (name.EndsWith("stan", StringComparison.Ordinal) || name.EndsWith('q'))
        {
            return [name + "i"];
        }

        if (name.EndsWith('y'))
        {
            return [name[..^1] + "ian"];
        }

        if (name.EndsWith('e'))
        {
            return [name[..^1] + "ian"];
        }

        if (name.EndsWith('o'))
        {
            return [name + "an"];
        }

        if (name.EndsWith("um", StringComparison.Ordinal))
        {
            return [name[..^2] + "an"];
        }

        if (name.EndsWith("an", StringComparison.Ordinal))
        {
            return [name + "ese"];
        }

        return name.EndsWith("land", StringComparison.Ordinal) ? [] : [name + "ian"];
    }
}
