using System.Collections.Frozen;

namespace Newsdesk.Language.Quotes;

/// <summary>
/// The word lists the attribution rules use, as named data, each with the reason it exists. Matching is
/// case-insensitive. Thread-safe: built once, read-only.
/// </summary>
internal static class QuoteLexicon
{
    /// <summary>Abbreviations that keep their dot, so "Mr. Kim said" is not cut after "Mr.".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations = Set(
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "rev", "st", "jr", "sr",
        "no", "vs", "inc", "corp", "co", "ltd", "dept", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "b.c", "n.s", "ont", "que", "alta", "man", "sask");

    /// <summary>Subject pronouns that can be a speaker; resolved to an earlier entity.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pronouns = Set("he", "she", "they", "i", "we", "it", "you");

    /// <summary>Pronouns that refer to an organisation or a group rather than a person.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _groupPronouns = Set("it", "they", "we");

    /// <summary>Determiners and possessives that open a speaker noun phrase ("the agency", "a spokesperson",
    /// "some voters", "his lawyer").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _determiners = Set(
        "the", "a", "an", "some", "many", "several", "most", "other", "another", "one", "two", "three", "few", "these",
        "those", "this", "that", "his", "her", "their", "its", "our", "my", "both", "all", "no", "any", "each", "more");

    /// <summary>Bare nouns that name an unnamed source without a determiner: "Experts say", "Officials said".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _unnamedSources = Set(
        "experts", "officials", "observers", "analysts", "critics", "sources", "witnesses", "residents", "police",
        "authorities", "researchers", "scientists", "economists", "investigators", "prosecutors", "lawyers", "doctors",
        "organizers", "organisers", "supporters", "opponents", "advocates", "activists", "protesters", "democrats",
        "republicans", "conservatives", "liberals", "voters", "parents", "students", "teachers", "neighbours",
        "neighbors", "locals", "diplomats", "insiders", "aides", "people", "others", "many", "some", "studies",
        "reports", "polls", "surveys", "documents", "records", "data", "figures", "statistics", "media", "spokespeople",
        "officers", "firefighters", "paramedics", "staff", "employees", "workers", "members", "leaders",
        "legislators", "lawmakers", "senators", "ministers", "judges", "commentators", "pundits", "pollsters");

    /// <summary>Nouns for an organisation speaking as a body: "the agency" resolves to the last organisation named.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _organisationNouns = Set(
        "agency", "ministry", "department", "company", "firm", "government", "party", "union", "council", "board",
        "commission", "committee", "court", "police", "force", "army", "military", "office", "organization",
        "organisation", "group", "association", "network", "newspaper", "paper", "broadcaster", "outlet", "channel",
        "station", "bank", "university", "hospital", "service", "administration", "campaign", "team", "club", "league",
        "regime", "media", "authority", "city", "province", "state", "federation", "institute", "foundation", "charity",
        "corporation", "coalition", "embassy", "consulate", "secretariat", "post", "times", "journal", "report", "study",
        "statement", "survey", "poll");

    /// <summary>Nouns for a person by role: "the minister", "a spokeswoman", "the mayor"; resolved to the last
    /// person named.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _personNouns = Set(
        "minister", "spokesperson", "spokesman", "spokeswoman", "official", "president", "premier", "mayor", "leader",
        "chief", "director", "lawyer", "attorney", "judge", "senator", "governor", "secretary", "chairman", "chairwoman",
        "chair", "ceo", "founder", "owner", "candidate", "nominee", "manager", "coach", "player", "professor", "doctor",
        "officer", "woman", "man", "mother", "father", "author", "source", "expert", "analyst", "witness", "resident",
        "prosecutor", "economist", "researcher", "scientist", "teacher", "student", "victim", "survivor", "driver",
        "friend", "husband", "wife", "daughter", "son", "sister", "brother", "representative", "ambassador", "envoy",
        "commissioner", "superintendent", "sergeant", "detective", "inspector", "constable", "mp", "mla", "mpp",
        "councillor", "councilor", "councilman", "councilwoman", "pollster", "strategist", "adviser", "advisor",
        "aide", "worker", "employee", "member", "organizer", "organiser", "activist", "advocate", "critic", "person",
        "individual", "co-author", "chancellor", "king", "queen", "prince", "pope", "speaker", "host", "reporter",
        "journalist", "editor", "columnist", "writer", "historian", "physician", "nurse", "paramedic", "firefighter");

    /// <summary>Words that may stand between a subject and its cue verb without breaking the frame: auxiliaries,
    /// negation and frequent adverbs ("Mr Kim also said", "she has repeatedly said", "he would later tell").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _betweenSubjectAndCue = Set(
        "has", "have", "had", "will", "would", "could", "can", "might", "may", "should", "must", "did", "does", "do",
        "also", "later", "then", "once", "again", "still", "already", "never", "not", "often", "further",
        "previously", "recently", "repeatedly", "publicly", "privately", "reportedly", "allegedly", "earlier", "first",
        "even", "just", "only", "long", "now", "too", "always", "herself", "himself", "themselves", "itself");

    /// <summary>Forms of "be": "X was told" or "it is expected" is passive, so X is not the speaker.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _beForms = Set("is", "was", "were", "are", "be", "been", "being", "'s", "’s");

    /// <summary>Capitalised function words that start sentences; never part of a name.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _capitalisedFunctionWords = Set(
        "but", "and", "or", "so", "then", "in", "on", "at", "for", "with", "by", "from", "to", "of", "as", "if", "when",
        "while", "after", "before", "since", "because", "although", "though", "however", "meanwhile", "still", "yet",
        "also", "now", "today", "yesterday", "tonight", "last", "next", "this", "that", "these", "those", "there",
        "here", "what", "who", "which", "where", "why", "how", "instead", "indeed", "later", "earlier", "asked",
        "speaking", "according", "it", "he", "she", "they", "we", "i", "you", "not", "no", "yes", "despite", "during",
        "under", "over", "about", "like", "unlike", "among", "between", "through", "until", "once", "even", "just",
        "only", "all", "both", "each", "every", "some", "many", "most", "more", "other", "such", "than", "whether",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "along", "amid", "following",
        "including", "against", "toward", "towards", "across", "behind", "beyond", "within", "without", "upon", "per");

    /// <summary>Lower-case words that may join the capitalised parts of one name ("Bank of Canada", "Ludwig van
    /// Beethoven", "Centre for Addiction").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameConnectors = Set("of", "for", "de", "van", "von", "der", "da", "du", "la", "le", "bin", "al", "el", "and", "&");

    /// <summary>Words after which a to-infinitive or clause is not reported content ("said in a statement").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prepositions = Set(
        "in", "on", "at", "during", "after", "before", "with", "without", "by", "from", "for", "of", "about", "to",
        "into", "through", "over", "under", "via", "since", "until", "while", "when", "as");

    public static bool IsAbbreviation(ReadOnlySpan<char> word) => Contains(_abbreviations, word);

    public static bool IsPronoun(ReadOnlySpan<char> word) => Contains(_pronouns, word);

    public static bool IsGroupPronoun(ReadOnlySpan<char> word) => Contains(_groupPronouns, word);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => Contains(_determiners, word);

    public static bool IsUnnamedSource(ReadOnlySpan<char> word) => Contains(_unnamedSources, word);

    public static bool IsOrganisationNoun(ReadOnlySpan<char> word) => Contains(_organisationNouns, word);

    public static bool IsPersonNoun(ReadOnlySpan<char> word) => Contains(_personNouns, word);

    public static bool IsBetweenSubjectAndCue(ReadOnlySpan<char> word) =>
        Contains(_betweenSubjectAndCue, word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]));

    public static bool IsBeForm(ReadOnlySpan<char> word) => Contains(_beForms, word);

    public static bool IsCapitalisedFunctionWord(ReadOnlySpan<char> word) => Contains(_capitalisedFunctionWords, word);

    public static bool IsNameConnector(ReadOnlySpan<char> word) => Contains(_nameConnectors, word);

    public static bool IsPreposition(ReadOnlySpan<char> word) => Contains(_prepositions, word);

    private static bool Contains(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 24)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return set.Contains(lower);
    }

    // The span lookup is made once per list: creating it per call costs more than the lookup itself.
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
