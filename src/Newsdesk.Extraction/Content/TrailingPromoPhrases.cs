using System.Text.RegularExpressions;
using Newsdesk.Documents;

namespace Newsdesk.Extraction.Content;

/// <summary>
/// Calls to action a site prints after the article: app downloads, subscriptions, donations, social channels,
/// log-in and rating prompts. Matched only in short blocks after the article's last paragraph of prose
/// (<see cref="BlockFilter"/>), where the phrase is the block's point; the same words inside the article ("we
/// download the files", "email subscribers") are left alone. English, German, French, Spanish and a Polish form seen
/// on news sites. A phrase matches whole words only ("our app" is not in "your app", "newsletter" not in
/// "newsletters").
/// </summary>
internal static partial class TrailingPromoPhrases
{
    /// <summary>A trailing block with more words than this is text, whatever it asks for.</summary>
    public const int MaxWords = 40;

    /// <summary>Lowercase phrases matched anywhere in a trailing block, with the reason and why each is there.</summary>
    public static readonly (string Phrase, string Reason)[] Contained =
    [
        ("download the", RemovalReasons.Promo), // "download the Nationnews apps"
        ("our app", RemovalReasons.Promo),
        ("ios and android", RemovalReasons.Promo),
        ("google play", RemovalReasons.Promo),
        ("app store", RemovalReasons.Promo),
        ("push notifications", RemovalReasons.Promo), // browser notification prompts
        ("subscribe", RemovalReasons.Promo), // paywalls and mailing lists (whole words: "email subscribers" is prose)
        ("already a subscriber", RemovalReasons.Promo), // paywalls: "already a subscriber? log in"
        ("paid subscriber", RemovalReasons.Promo),
        ("abonnieren", RemovalReasons.Promo), // German and French subscription prompts
        ("abonnez-vous", RemovalReasons.Promo),
        ("suscribirse", RemovalReasons.Promo), // Spanish "subscribe"
        ("suscríbete", RemovalReasons.Promo),
        ("newsletter", RemovalReasons.Promo),
        ("sign up", RemovalReasons.Promo),
        ("sign me up", RemovalReasons.Promo),
        ("melde dich", RemovalReasons.Promo), // German "sign up"
        ("donate", RemovalReasons.Promo), // donation appeals
        ("jetzt spenden", RemovalReasons.Promo),
        ("fais un don", RemovalReasons.Promo), // French "I donate"
        ("unterstütze", RemovalReasons.Promo), // German "support (us)"
        ("unterstützen sie uns", RemovalReasons.Promo),
        ("support our", RemovalReasons.Promo),
        ("supporting our", RemovalReasons.Promo),
        ("support us", RemovalReasons.Promo),
        ("apóyanos", RemovalReasons.Promo), // Spanish "support us"
        ("we need your help", RemovalReasons.Promo),
        ("become a member", RemovalReasons.Promo), // membership drives
        ("werden sie mitglied", RemovalReasons.Promo),
        ("mitglied werden", RemovalReasons.Promo),
        ("hazte miembro", RemovalReasons.Promo),
        ("únete", RemovalReasons.Promo), // Spanish "join (our channel)"
        ("síguenos", RemovalReasons.Promo), // "follow us" in Spanish, French, German
        ("siguenos", RemovalReasons.Promo),
        ("suivez-nous", RemovalReasons.Promo),
        ("folgen sie uns", RemovalReasons.Promo),
        ("folge uns", RemovalReasons.Promo),
        ("canal de telegram", RemovalReasons.Promo), // messenger channels
        ("canal de youtube", RemovalReasons.Promo),
        ("zapraszamy", RemovalReasons.Promo), // Polish "we invite you (to subscribe)"
        ("want more?", RemovalReasons.Promo), // teaser prompts
        ("lust auf mehr", RemovalReasons.Promo),
        ("schon gelesen", RemovalReasons.Related), // German "already read?" before teasers
        ("explore further", RemovalReasons.Related),
        ("eingeloggt", RemovalReasons.Comment), // comment forms: "you must be logged in"
        ("logged in", RemovalReasons.Comment),
        ("angemeldet sein", RemovalReasons.Comment),
        ("rate this", RemovalReasons.Promo), // rating widgets
        ("wie bewerten sie", RemovalReasons.Promo),
        ("valora esta", RemovalReasons.Promo),
    ];

    /// <summary>"Follow X on Twitter", "seguir a Materia en Facebook": a follow verb and a social network.</summary>
    [GeneratedRegex(@"\b(follow|folgt?|sigue|seguir|suivez)\b.*\b(twitter|facebook|instagram|linkedin|tiktok|telegram|whatsapp|youtube)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowOnNetwork();

    /// <summary>The reason a trailing block of <paramref name="words"/> words is promotion, or null.</summary>
    public static string? Match(string text, int words)
    {
        if (words > MaxWords)
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        foreach (var (phrase, reason) in Contained)
        {
            if (ContainsWords(lower, phrase))
            {
                return reason;
            }
        }

        return FollowOnNetwork().IsMatch(text) ? RemovalReasons.Promo : null;
    }

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="text"/> with no letter or digit
    /// touching either end.</summary>
    private static bool ContainsWords(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(phrase[0]);
            var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(phrase[^1]);
            if (startsWord && endsWord)
            {
                return true;
            }
        }

        return false;
    }
}
