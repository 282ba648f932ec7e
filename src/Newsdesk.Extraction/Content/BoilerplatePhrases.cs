using Newsdesk.Documents;

namespace Newsdesk.Extraction.Content;

/// <summary>
/// Phrases that make a short block interface text rather than article text. Applied only to blocks of at most
/// <see cref="MaxWords"/> words, where the phrase is the block's point; in a long paragraph the same words are prose.
/// English and German (the languages of most evaluation pages), plus a few common French and Spanish forms.
/// </summary>
internal static class BoilerplatePhrases
{
    public const int MaxWords = 14;

    /// <summary>Lowercase phrases matched anywhere in a short block, with the reason and why each is there.</summary>
    public static readonly (string Phrase, string Reason)[] Contained =
    [
        ("share this", RemovalReasons.Promo), // share bars
        ("share on ", RemovalReasons.Promo), // "Share on Facebook"
        ("follow us", RemovalReasons.Promo), // social prompts
        ("sign up for", RemovalReasons.Promo), // newsletter prompts
        ("subscribe to", RemovalReasons.Promo),
        ("subscribe now", RemovalReasons.Promo), // paywall teasers: "Subscribe now to … for the full story"
        ("síguenos en", RemovalReasons.Promo), // Spanish "follow us on"
        ("suivez-nous", RemovalReasons.Promo), // French "follow us"
        ("folgen sie uns", RemovalReasons.Promo), // German "follow us"
        ("newsletter", RemovalReasons.Promo),
        ("teilen auf", RemovalReasons.Promo), // German share bars
        ("jetzt abonnieren", RemovalReasons.Promo),
        ("advertisement", RemovalReasons.Promo), // ad slot labels
        ("anzeige", RemovalReasons.Promo),
        ("cookie", RemovalReasons.Legal), // cookie notices
        ("all rights reserved", RemovalReasons.Legal),
        ("alle rechte vorbehalten", RemovalReasons.Legal),
        ("privacy policy", RemovalReasons.Legal),
        ("terms of use", RemovalReasons.Legal),
        ("datenschutz", RemovalReasons.Legal),
        ("enable javascript", RemovalReasons.UiMessage), // noscript messages
        ("javascript is disabled", RemovalReasons.UiMessage),
        ("javascript aktivieren", RemovalReasons.UiMessage),
        ("your browser does not support", RemovalReasons.UiMessage),
        ("something went wrong", RemovalReasons.UiMessage),
        ("loading...", RemovalReasons.UiMessage),
        ("skip to content", RemovalReasons.Navigation),
        ("skip to main", RemovalReasons.Navigation),
        ("back to top", RemovalReasons.Navigation),
        ("nach oben", RemovalReasons.Navigation),
        ("related articles", RemovalReasons.Related),
        ("related posts", RemovalReasons.Related),
        ("related stories", RemovalReasons.Related),
        ("you may also like", RemovalReasons.Related),
        ("you might also like", RemovalReasons.Related),
        ("read more:", RemovalReasons.Related),
        ("more from ", RemovalReasons.Related),
        ("könnte sie auch interessieren", RemovalReasons.Related), // German "may also interest you" (formal …
        ("könnte dich auch interessieren", RemovalReasons.Related), // … and informal)
        ("vous aimerez aussi", RemovalReasons.Related), // French "you will also like"
        ("dans la même rubrique", RemovalReasons.Related), // French "in the same section"
        ("leave a comment", RemovalReasons.Comment), // comment form prompts
        ("leave a reply", RemovalReasons.Comment),
        ("post a comment", RemovalReasons.Comment),
        ("comments are closed", RemovalReasons.Comment),
        ("kommentar schreiben", RemovalReasons.Comment),
        ("kommentar verfassen", RemovalReasons.Comment), // WordPress's German "Leave a Reply"
        ("click here to", RemovalReasons.Promo),
        ("partager sur", RemovalReasons.Promo),
        ("compartir en", RemovalReasons.Promo),
    ];

    /// <summary>Lowercase blocks that are interface text when they are the whole block.</summary>
    public static readonly (string Phrase, string Reason)[] Whole =
    [
        ("share", RemovalReasons.Promo), ("tweet", RemovalReasons.Promo), ("print", RemovalReasons.Promo),
        ("email", RemovalReasons.Promo), ("teilen", RemovalReasons.Promo), ("drucken", RemovalReasons.Promo),
        ("read more", RemovalReasons.Truncated), ("continue reading", RemovalReasons.Truncated),
        ("weiterlesen", RemovalReasons.Truncated), ("mehr lesen", RemovalReasons.Truncated),
        ("advertisement", RemovalReasons.Promo), ("anzeige", RemovalReasons.Promo), ("werbung", RemovalReasons.Promo),
        ("comments", RemovalReasons.Comment), ("kommentare", RemovalReasons.Comment),
        ("related", RemovalReasons.Related), ("tags", RemovalReasons.Navigation), ("menu", RemovalReasons.Navigation),
        ("home", RemovalReasons.Navigation), ("previous", RemovalReasons.Navigation), ("next", RemovalReasons.Navigation),
        ("loading", RemovalReasons.UiMessage),
    ];

    /// <summary>The reason <paramref name="lowerText"/> (a short block, lowercased) is interface text, or null.</summary>
    public static string? Match(string lowerText, int words)
    {
        if (words > MaxWords)
        {
            return null;
        }

        var trimmed = lowerText.AsSpan().Trim(" .:!…»>|-–—→");
        foreach (var (phrase, reason) in Whole)
        {
            if (trimmed.SequenceEqual(phrase))
            {
                return reason;
            }
        }

        foreach (var (phrase, reason) in Contained)
        {
            if (lowerText.Contains(phrase, StringComparison.Ordinal))
            {
                return reason;
            }
        }

        return null;
    }
}
