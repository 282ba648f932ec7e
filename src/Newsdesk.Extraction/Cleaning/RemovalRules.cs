using Newsdesk.Documents;
using Newsdesk.Extraction.Cleaning.Features;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// High-precision rules that remove a unit whatever the classifier says, each with a fixed confidence. Checked in
/// this order; the first that fires decides:
/// <list type="number">
/// <item>A line that repeats an earlier line of the document with at least <see cref="DuplicateMinWords"/> words
/// (scrapers that read a page twice, teasers that repeat a paragraph): <c>duplicate</c>.</item>
/// <item>A line ending with a parenthesised photo credit after unfinished text: <c>caption</c> (the seed's "…
/// (Korean Central News Agency/Korea News Service via AP)"); a line that is only a credit: <c>credit</c>.</item>
/// <item>A short line holding a vocabulary phrase of a class trusted on its own (<see cref="TrustedClasses"/>), or a
/// line that is nothing but a phrase of any class ("Advertisement", "Read more"): that class's reason.</item>
/// <item>A line of at most <see cref="CallToActionMaxWords"/> words that opens with an imperative call to action
/// (<see cref="CallToActionOpenings"/>) and holds a promo phrase: <c>promo</c> ("Sign up for our morning newsletter to
/// get the day's top stories.").</item>
/// <item>A line that recurs in at least <see cref="SiteMinDocuments"/> documents and
/// <see cref="SiteMinShare"/> of the documents of its site: <c>site-boilerplate</c>.</item>
/// </list>
/// Thread-safe.
/// </summary>
public static class RemovalRules
{
    public const int DuplicateMinWords = 20;
    public const int SiteMinDocuments = 3;
    public const double SiteMinShare = 0.3;

    /// <summary>Classes whose phrases settle the matter on a short line, with the most words such a line may have:
    /// a software message or a legal notice is never article text, whereas "comments" or "read more" can be.</summary>
    private static readonly Dictionary<string, int> TrustedClasses = new()
    {
        [RemovalReasons.UiMessage] = 12,
        [RemovalReasons.Legal] = 25,
        [RemovalReasons.Truncated] = 8,
        [RemovalReasons.Promo] = 8,
        [RemovalReasons.Credit] = 8,
    };

    /// <summary>The most words a line opening with a call to action may have and still be removed by that rule.</summary>
    public const int CallToActionMaxWords = 20;

    /// <summary>Imperatives that open a site's calls to action. Article prose reports such calls ("The council urged
    /// residents to sign up…") but almost never opens a line with one addressed to the reader.</summary>
    private static readonly string[] CallToActionOpenings =
    [
        "sign up", "subscribe", "register", "join", "follow us", "download", "get the", "get our", "don't miss", "never miss",
    ];

    public static RuleVerdict? Judge(int at, IReadOnlyList<CleaningUnit> units, UnitProfile[] profiles, SiteBoilerplateIndex index, string? site)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(index);
        var profile = profiles[at];
        var words = profile.Shape.Words;
        if (profile.FirstIndex < at && words >= DuplicateMinWords)
        {
            return new RuleVerdict(RemovalReasons.Duplicate, 0.95);
        }

        if (profile.TrailingCredit)
        {
            return profile.CaptionWords >= 3
                ? new RuleVerdict(RemovalReasons.Caption, 0.9)
                : new RuleVerdict(RemovalReasons.Credit, 0.9);
        }

        for (var c = 0; c < profile.Vocabulary.Length; c++)
        {
            var match = profile.Vocabulary[c];
            if (match == 0)
            {
                continue;
            }

            var reason = BoilerplateVocabulary.All[c].Reason;
            if (match == 2 && words <= 4)
            {
                return new RuleVerdict(reason, 0.85);
            }

            if (TrustedClasses.TryGetValue(reason, out var maxWords) && words <= maxWords)
            {
                return new RuleVerdict(reason, 0.8);
            }
        }

        if (words <= CallToActionMaxWords && profile.Vocabulary[PromoClass] != 0 && OpensWithCallToAction(units[at].Text))
        {
            return new RuleVerdict(RemovalReasons.Promo, 0.8);
        }

        if (site is not null && words <= SiteBoilerplateIndexBuilder.MaxLineWords)
        {
            var siteDocuments = index.SiteDocuments(site);
            var count = index.SiteCount(site, units[at].Text);
            if (count >= SiteMinDocuments && count >= SiteMinShare * siteDocuments)
            {
                return new RuleVerdict(RemovalReasons.SiteBoilerplate, 0.8);
            }
        }

        return null;
    }

    private static readonly int PromoClass = BoilerplateVocabulary.All.ToList().FindIndex(c => c.Reason == RemovalReasons.Promo);

    private static bool OpensWithCallToAction(string line)
    {
        foreach (var opening in CallToActionOpenings)
        {
            if (line.StartsWith(opening, StringComparison.OrdinalIgnoreCase)
                && (line.Length == opening.Length || !char.IsLetterOrDigit(line[opening.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reason for a unit the classifier removed without a rule: the first vocabulary class it matches,
    /// else one read from its form.</summary>
    public static string ReasonFor(UnitProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        for (var c = 0; c < profile.Vocabulary.Length; c++)
        {
            if (profile.Vocabulary[c] != 0)
            {
                return BoilerplateVocabulary.All[c].Reason;
            }
        }

        var shape = profile.Shape;
        if (profile.Repeats > 1)
        {
            return RemovalReasons.Duplicate;
        }

        if (profile.CorpusCount > 2)
        {
            return RemovalReasons.SiteBoilerplate;
        }

        if (shape.Words <= 8 && !shape.EndsSentence)
        {
            return RemovalReasons.Navigation;
        }

        return RemovalReasons.Boilerplate;
    }
}
