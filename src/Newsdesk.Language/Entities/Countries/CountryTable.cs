using System.Collections.Frozen;
using System.Reflection;

namespace Newsdesk.Language.Entities.Countries;

/// <summary>A country or territory: ISO 3166 alpha-2 code, the name Newsdesk uses for it, and the other names and
/// demonyms that refer to it.</summary>
public sealed record Country(string Code, string Name, IReadOnlyList<string> Aliases, string? Capital, IReadOnlyList<string> Demonyms);

/// <summary>
/// Every country of the embedded table (datasets/country-codes, PDDL; see Countries/README.md), looked up by any
/// of its names or demonyms, case-sensitively as written in news. Loaded once; thread-safe.
/// </summary>
public sealed class CountryTable
{
    /// <summary>Names news uses that the table lacks or words differently, by ISO code.</summary>
    private static readonly Dictionary<string, string[]> _extraAliases = new(StringComparer.Ordinal)
    {
        ["US"] = ["United States", "U.S.", "U.S", "USA", "U.S.A.", "America", "United States of America"],
        ["GB"] = ["United Kingdom", "Britain", "Great Britain", "U.K.", "UK"],
        ["KP"] = ["North Korea", "DPRK"],
        ["KR"] = ["South Korea"],
        ["RU"] = ["Russia"],
        ["CZ"] = ["Czech Republic"],
        ["NL"] = ["Holland", "The Netherlands"],
        ["MM"] = ["Burma"],
        ["CD"] = ["DR Congo", "Democratic Republic of Congo"],
        ["CI"] = ["Ivory Coast", "Cote d'Ivoire"],
        ["VA"] = ["Vatican"],
        ["AE"] = ["UAE", "United Arab Emirates"],
    };

    /// <summary>The name used where the table's short (CLDR) name is an abbreviation or awkward.</summary>
    private static readonly Dictionary<string, string> _nameOverrides = new(StringComparer.Ordinal)
    {
        ["US"] = "United States",
        ["GB"] = "United Kingdom",
        ["CG"] = "Republic of the Congo",
        ["CD"] = "Democratic Republic of the Congo",
    };

    private static readonly Lazy<CountryTable> _default = new(Load);

    private readonly FrozenDictionary<string, Country> _byName;
    private readonly FrozenDictionary<string, Country> _byDemonym;

    private CountryTable(IReadOnlyList<Country> countries)
    {
        Countries = countries;
        var byName = new Dictionary<string, Country>(StringComparer.Ordinal);
        var byDemonym = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            byName.TryAdd(country.Name, country);
            foreach (var alias in country.Aliases)
            {
                byName.TryAdd(alias, country);
            }

            foreach (var demonym in country.Demonyms)
            {
                byDemonym.TryAdd(demonym, country);
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _byDemonym = byDemonym.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static CountryTable Default => _default.Value;

    public IReadOnlyList<Country> Countries { get; }

    /// <summary>The country named <paramref name="name"/> ("North Korea", "U.S."), if any.</summary>
    public Country? ByName(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The country whose people or adjective <paramref name="word"/> is ("North Korean", "Koreans").</summary>
    public Country? ByDemonym(string word) => _byDemonym.GetValueOrDefault(word);

    private static CountryTable Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Newsdesk.Language.Entities.Countries.country-codes.csv")
            ?? throw new InvalidOperationException("the embedded country table is missing from Newsdesk.Language");
        using var reader = new StreamReader(stream);
        var header = CsvLine.Split(reader.ReadLine() ?? "");
        int Column(string name) => header.IndexOf(name) is var i and >= 0 ? i : throw new InvalidDataException($"country table lacks column {name}");
        var code = Column("ISO3166-1-Alpha-2");
        var cldr = Column("CLDR display name");
        var official = Column("official_name_en");
        var shortName = Column("UNTERM English Short");
        var capital = Column("Capital");
        var countries = new List<Country>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var fields = CsvLine.Split(line);
            if (fields.Count <= capital || fields[code].Trim().Length != 2 || fields[cldr].Length == 0)
            {
                continue;
            }

            var iso = fields[code].Trim();
            var name = _nameOverrides.GetValueOrDefault(iso) ?? fields[cldr];
            var aliases = new List<string> { fields[cldr] };
            foreach (var raw in new[] { fields[official], fields[shortName] })
            {
                var cleaned = Clean(raw);
                if (cleaned.Length > 0)
                {
                    aliases.Add(cleaned);
                }
            }

            aliases.AddRange(_extraAliases.GetValueOrDefault(iso) ?? []);
            var distinct = aliases.Where(a => a != name).Distinct(StringComparer.Ordinal).ToArray();
            var demonyms = Demonyms.Of(iso, name);
            countries.Add(new Country(iso, name, distinct, fields[capital].Length > 0 ? fields[capital] : null, demonyms));
        }

        return new CountryTable(countries);
    }

    /// <summary>"Congo (the)" → "Congo"; "Bolivia (Plurinational State of)" → "Bolivia"; "Holy See (the) *" → "Holy See".</summary>
    private static string Clean(string raw)
    {
        var name = raw.Replace("*", "", StringComparison.Ordinal);
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            name = name[..paren];
        }

        return name.Trim();
    }
}
