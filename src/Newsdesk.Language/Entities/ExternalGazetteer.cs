using Newsdesk.Documents;
using Newsdesk.Language.Entities.Countries;
using Newsdesk.Language.Tokenization;

namespace Newsdesk.Language.Entities;

/// <summary>
/// Gazetteer entries that do not come from the training annotations: the country table (names, other names and
/// capitals as LOC; demonyms as MISC, the CoNLL convention for nationalities). They are features, not rules: the
/// model learns how far to trust them. (A list of news agencies as ORG was tried: dev F1 +0.15, but worse on the
/// seed article, within run-to-run noise; left out. Agencies in credit lines are tagged by
/// <see cref="AgencyCreditRecognizer"/> instead.)
/// </summary>
public static class ExternalGazetteer
{
    public static IReadOnlyDictionary<ulong, byte> Entries()
    {
        var entries = new Dictionary<ulong, byte>();
        foreach (var country in CountryTable.Default.Countries)
        {
            foreach (var name in country.Aliases.Append(country.Name).Append(country.Capital))
            {
                Add(name, EntityType.Location);
            }

            foreach (var demonym in country.Demonyms)
            {
                Add(demonym, EntityType.Miscellaneous);
            }
        }

        return entries;

        void Add(string? name, EntityType type)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return;
            }

            var tokens = NewsTokenizer.Tokenize(name).Select(t => t.ToString(name)).ToArray();
            if (tokens.Length is > 0 and <= LearnedGazetteer.MaxTokens)
            {
                var key = LearnedGazetteer.KeyOf(tokens);
                entries[key] = (byte)(entries.GetValueOrDefault(key) | (1 << (int)type));
            }
        }
    }
}
