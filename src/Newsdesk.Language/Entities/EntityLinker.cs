using System.Collections.Immutable;
using Newsdesk.Documents;
using Newsdesk.Language.Entities.Countries;
using Newsdesk.Text;

namespace Newsdesk.Language.Entities;

/// <summary>
/// Groups an article's entity mentions into canonical entities. In order:
/// <list type="number">
/// <item>Countries: a LOC mention naming a country ("U.S."), or a MISC mention that is its demonym ("North Korean"),
/// becomes a mention of one LOC entity named as the country table names it ("North Korea").</item>
/// <item>Acronyms: "Korean Central News Agency (KCNA)" makes "KCNA" a name of that entity; so does an acronym equal to
/// the initials of an earlier name's capitalised words.</item>
/// <item>People: a name whose words all appear in a longer PER name of the article ("Kim", "Trump") joins it; the
/// longest name is the canonical one ("Kim Jong Un" for "Mr Kim").</item>
/// <item>Organisations: a name of two or more words found inside a longer ORG name joins it.</item>
/// <item>Otherwise mentions with the same type and text are one entity.</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
public static class EntityLinker
{
    /// <summary>Words that do not count in initials ("Bank of England" → BoE is not attempted, "BE" is).</summary>
    private static readonly HashSet<string> _initialsStopWords = new(StringComparer.Ordinal) { "of", "the", "and", "for", "&", "de", "la" };

    /// <summary>Titles and roles written before a person's name; they are not part of the name ("Mr Kim" → Kim).</summary>
    private static readonly HashSet<string> _titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "President", "President-elect",
        "Gen", "General", "Col", "Capt", "Sen", "Senator", "Rep", "Gov", "Governor", "Minister", "Chancellor",
        "King", "Queen", "Prince", "Princess", "Pope", "Rev", "Judge", "Justice", "Mayor", "Sheikh", "Chairman",
    };

    private sealed class Group(EntityType type, string name)
    {
        public EntityType Type { get; set; } = type;
        public string Name { get; set; } = name;
        public List<TextSpan> Mentions { get; } = [];
        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);
        public int[] Votes { get; } = new int[4];
    }

    private readonly record struct Mention(TextSpan Span, EntityType Type, string Name, string[] Words, int TokenEnd);

    /// <summary>The entities of <paramref name="text"/> given its <paramref name="tokens"/> and the tagger's
    /// <paramref name="chunks"/> (token ranges, in order); entity ids are e1, e2, … in order of first mention.</summary>
    public static ImmutableArray<Entity> Link(string text, IReadOnlyList<TextSpan> tokens, IReadOnlyList<EntityChunk> chunks, CountryTable? countries = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(chunks);
        countries ??= CountryTable.Default;
        var mentions = new List<Mention>(chunks.Count);
        foreach (var chunk in chunks)
        {
            var words = new List<string>();
            for (var t = chunk.Start; t < chunk.End; t++)
            {
                words.Add(tokens[t].ToString(text));
            }

            var first = chunk.Start;
            while (chunk.Type == EntityType.Person && words.Count > 1 && _titles.Contains(words[0].TrimEnd('.')))
            {
                words.RemoveAt(0);
                first++;
            }

            // A possessive or dangling quote inside the span is not part of the name.
            while (words.Count > 1 && words[^1] is "'s" or "\u2019s" or "'" or "\u2019")
            {
                words.RemoveAt(words.Count - 1);
            }

            var span = new TextSpan(tokens[first].Start, tokens[first + words.Count - 1].End);
            mentions.Add(new Mention(span, chunk.Type, NameOf(span.Slice(text)), [.. words], first + words.Count));
        }

        var groups = new List<Group>();
        var byKey = new Dictionary<(EntityType, string), Group>();
        var assigned = new Group?[mentions.Count];
        var countryGroups = new HashSet<Group>();

        // 1. Countries and demonyms.
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            var country = mention.Type switch
            {
                EntityType.Location => countries.ByName(mention.Span.ToString(text)) ?? countries.ByName(mention.Name),
                EntityType.Miscellaneous => countries.ByDemonym(mention.Name),
                _ => null,
            };
            if (country is not null)
            {
                assigned[m] = GroupFor(EntityType.Location, country.Name);
                countryGroups.Add(assigned[m]!);
            }
        }

        // 2–5. Longest names first, so that shorter ones can join them.
        var order = Enumerable.Range(0, mentions.Count).Where(m => assigned[m] is null)
            .OrderByDescending(m => mentions[m].Words.Length).ThenBy(m => m).ToList();
        foreach (var m in order)
        {
            var mention = mentions[m];
            assigned[m] = byKey.GetValueOrDefault((mention.Type, mention.Name))
                ?? FindByAlias(mention)
                ?? FindContaining(mention)
                ?? GroupFor(mention.Type, mention.Name);
            var group = assigned[m]!;
            foreach (var word in mention.Words)
            {
                group.Words.Add(word);
            }

            // "Korean Central News Agency (KCNA)": the bracketed acronym right after a name is another name of it.
            var next = mention.TokenEnd;
            if (next + 2 < tokens.Count && tokens[next].ToString(text) == "(" && tokens[next + 2].ToString(text) == ")")
            {
                var acronym = tokens[next + 1].ToString(text);
                if (acronym.Length >= 2 && acronym.All(c => char.IsUpper(c) || c == '.' || c == '&'))
                {
                    group.Aliases.Add(acronym);
                }
            }

            if (mention.Words.Length >= 2)
            {
                group.Aliases.Add(Initials(mention.Words));
            }
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            assigned[m]!.Mentions.Add(mentions[m].Span);
            assigned[m]!.Votes[(int)mentions[m].Type] += 1;
        }

        // Document-level consistency: a group takes the type most of its mentions were tagged with ("Kim Jong Un"
        // once as ORG, "Kim" nine times as PER → PER). Country groups stay places.
        foreach (var group in groups)
        {
            var best = Array.IndexOf(group.Votes, group.Votes.Max());
            if (group.Votes[best] > group.Votes[(int)group.Type] && !countryGroups.Contains(group))
            {
                group.Type = (EntityType)best;
            }
        }

        var entities = ImmutableArray.CreateBuilder<Entity>();
        var id = 1;
        foreach (var group in groups.Where(g => g.Mentions.Count > 0).OrderBy(g => g.Mentions.Min(s => s.Start)))
        {
            var spans = group.Mentions.OrderBy(s => s.Start).ToImmutableArray();
            entities.Add(new Entity($"e{id++}", group.Type, group.Name, spans));
        }

        return entities.ToImmutable();

        Group GroupFor(EntityType type, string name)
        {
            if (!byKey.TryGetValue((type, name), out var group))
            {
                group = new Group(type, name);
                byKey[(type, name)] = group;
                groups.Add(group);
            }

            return group;
        }

        Group? FindByAlias(Mention mention) =>
            mention.Words.Length == 1 ? groups.FirstOrDefault(g => g.Aliases.Contains(mention.Name) && g.Name != mention.Name) : null;

        Group? FindContaining(Mention mention)
        {
            if (mention.Type == EntityType.Person)
            {
                // Groups were made longest name first, so the fullest matching name wins. A longer name tagged with
                // another type is joined too: the vote below settles the type.
                return groups.FirstOrDefault(g => !countryGroups.Contains(g) && g.Name != mention.Name && g.Type != EntityType.Location
                    && mention.Words.All(g.Words.Contains));
            }

            if (mention.Type == EntityType.Organization && mention.Words.Length >= 2)
            {
                return groups.FirstOrDefault(g => g.Type == EntityType.Organization && g.Name.Length > mention.Name.Length
                    && (" " + g.Name + " ").Contains(" " + mention.Name + " ", StringComparison.Ordinal));
            }

            return null;
        }
    }

    /// <summary>The mention's text with runs of whitespace (line breaks) as single spaces.</summary>
    private static string NameOf(ReadOnlySpan<char> span)
    {
        var name = new System.Text.StringBuilder(span.Length);
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                if (name.Length > 0 && name[^1] != ' ')
                {
                    name.Append(' ');
                }
            }
            else
            {
                name.Append(c);
            }
        }

        return name.ToString();
    }

    private static string Initials(string[] words)
    {
        var initials = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            if (!_initialsStopWords.Contains(word) && char.IsUpper(word[0]))
            {
                initials.Append(word[0]);
            }
        }

        return initials.ToString();
    }
}
