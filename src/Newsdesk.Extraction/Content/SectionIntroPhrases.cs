using System.Text.RegularExpressions;
using Newsdesk.Documents;

namespace Newsdesk.Extraction.Content;

/// <summary>
/// Short lines that open a section which is not the article ("Related", "Lesen Sie auch", "About the author"),
/// and short lines that are credits or datelines. The section drop runs to the next heading and only takes short or
/// link-heavy blocks, so a real section that happens to start this way keeps its prose.
/// </summary>
internal static partial class SectionIntroPhrases
{
    public const int MaxIntroWords = 8;

    /// <summary>Lowercase openings of a boilerplate section, with the reason for what follows.</summary>
    public static readonly (string Prefix, string Reason)[] Intros =
    [
        ("related", RemovalReasons.Related), ("more from", RemovalReasons.Related), ("more on ", RemovalReasons.Related),
        ("more stories", RemovalReasons.Related), ("read also", RemovalReasons.Related), ("read more", RemovalReasons.Related),
        ("see also", RemovalReasons.Related), ("you may also", RemovalReasons.Related), ("you might also", RemovalReasons.Related),
        ("recommended", RemovalReasons.Related), ("most read", RemovalReasons.Related), ("most popular", RemovalReasons.Related),
        ("popular posts", RemovalReasons.Related), ("recent posts", RemovalReasons.Related), ("latest news", RemovalReasons.Related),
        ("latest posts", RemovalReasons.Related), ("trending", RemovalReasons.Related),
        // Shop recommendation carousels beside a product's description.
        ("people who viewed", RemovalReasons.Related), ("people who bought", RemovalReasons.Related),
        ("customers who viewed", RemovalReasons.Related), ("customers who bought", RemovalReasons.Related),
        ("customers also", RemovalReasons.Related), ("similar items", RemovalReasons.Related),
        ("similar products", RemovalReasons.Related), ("explore related", RemovalReasons.Related),
        ("frequently bought together", RemovalReasons.Related),
        // German: "more on the topic", "read also", "also interesting", "further articles", "recommended posts"...
        ("mehr zum thema", RemovalReasons.Related), ("mehr themen", RemovalReasons.Related), ("lesen sie auch", RemovalReasons.Related),
        ("lesen sie mehr", RemovalReasons.Related), ("auch interessant", RemovalReasons.Related), ("das könnte sie", RemovalReasons.Related),
        ("weitere artikel", RemovalReasons.Related), ("weitere beiträge", RemovalReasons.Related), ("weitere themen", RemovalReasons.Related),
        ("empfohlene", RemovalReasons.Related), ("ähnliche", RemovalReasons.Related), ("verwandte", RemovalReasons.Related),
        ("neueste beiträge", RemovalReasons.Related), ("meistgelesen", RemovalReasons.Related), ("beliebte", RemovalReasons.Related),
        ("zum weiterlesen", RemovalReasons.Related),
        // French and Spanish.
        ("lire aussi", RemovalReasons.Related), ("à lire aussi", RemovalReasons.Related), ("a lire aussi", RemovalReasons.Related),
        ("articles les plus", RemovalReasons.Related), ("sur le même sujet", RemovalReasons.Related), ("leer más", RemovalReasons.Related),
        ("te puede interesar", RemovalReasons.Related), ("noticias relacionadas", RemovalReasons.Related),
        ("artículos relacionados", RemovalReasons.Related),
        // About the author, sharing, tags, comments.
        ("about the author", RemovalReasons.AuthorBio), ("über den autor", RemovalReasons.AuthorBio), ("über die autorin", RemovalReasons.AuthorBio),
        ("share this", RemovalReasons.Promo), ("share article", RemovalReasons.Promo), ("artikel teilen", RemovalReasons.Promo),
        ("seite teilen", RemovalReasons.Promo), ("beitrag teilen", RemovalReasons.Promo),
        ("tags:", RemovalReasons.Navigation), ("schlagwörter", RemovalReasons.Navigation), ("schlagworte", RemovalReasons.Navigation),
        ("categories:", RemovalReasons.Navigation), ("kategorien:", RemovalReasons.Navigation),
        ("leave a reply", RemovalReasons.Comment), ("leave a comment", RemovalReasons.Comment), ("kommentare", RemovalReasons.Comment),
        ("comments", RemovalReasons.Comment), ("kommentar schreiben", RemovalReasons.Comment),
    ];

    /// <summary>Lowercase openings of a photo or video credit line.</summary>
    public static readonly string[] CreditPrefixes =
    [
        "foto:", "fotos:", "photo:", "photos:", "bild:", "bilder:", "image:", "credit:", "credits:", "crédits photos",
        "crédit photo", "©", "(c) ", "copyright ©", "picture:", "source image",
    ];

    /// <summary>Lowercase openings of a publication line.</summary>
    public static readonly string[] DatelinePrefixes =
    [
        "published", "updated", "posted", "last updated", "veröffentlicht", "erstellt", "aktualisiert", "stand:",
        "publié", "mis à jour", "publicado", "actualizado",
    ];

    /// <summary>Numeric dates (23.10.2018, 2018-10-23, 10/23/2018) and a month name followed by a year.</summary>
    [GeneratedRegex(@"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|de[cz]|janv|févr|avr|juil|déc)[a-zéû]*\.?\s+(\d{1,2},?\s+)?\d{4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    public static string? MatchIntro(string lowerText, int words)
    {
        if (words > MaxIntroWords)
        {
            return null;
        }

        foreach (var (prefix, reason) in Intros)
        {
            if (lowerText.StartsWith(prefix, StringComparison.Ordinal))
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>The reason a short line is a credit or a dateline, or null.</summary>
    public static string? MatchCreditOrDateline(string lowerText, int words)
    {
        if (words > 12)
        {
            return null;
        }

        foreach (var prefix in CreditPrefixes)
        {
            if (lowerText.StartsWith(prefix, StringComparison.Ordinal))
            {
                return RemovalReasons.Credit;
            }
        }

        if (!DatePattern().IsMatch(lowerText))
        {
            return null;
        }

        if (words <= 4)
        {
            return RemovalReasons.Dateline;
        }

        foreach (var prefix in DatelinePrefixes)
        {
            if (lowerText.StartsWith(prefix, StringComparison.Ordinal))
            {
                return RemovalReasons.Dateline;
            }
        }

        return null;
    }
}
