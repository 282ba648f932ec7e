namespace Newsdesk.Language.Entities;

/// <summary>
/// Tags a news agency named in a photo or story credit as an organisation: "(… via AP)", "(AP) —", "AP Photo/…",
/// "Reuters/Jane Doe", "KCNA/AFP". A credit is a fixed form of news copy rather than a sentence, and CoNLL-2003 (Reuters'
/// own copy, with no credit lines) never shows the model one, so the model leaves a bare "AP" there untagged. A rule
/// over a short named list of agencies in the credit's fixed contexts fixes that without the side effects a gazetteer
/// feature had (it moved unrelated names in the seed article, docs/benchmarks/ner.md). Steps, per sentence:
/// <list type="number">
/// <item>find a token spelled exactly as an agency in <see cref="Agencies"/>;</item>
/// <item>keep it only in a credit context (<see cref="IsCredit"/>) and only where the model did not make it part of a
/// longer name;</item>
/// <item>tag it as a one-token ORG (U-ORG).</item>
/// </list>
/// Stateless and thread-safe; allocates nothing.
/// </summary>
internal static class AgencyCreditRecognizer
{
    /// <summary>Wire and photo agencies that credit lines name by a single token, spelled as the credits spell them.</summary>
    private static readonly string[] Agencies =
    [
        "AP",       // The Associated Press: "(AP) —" datelines, "AP Photo/…", "via AP"
        "AFP",      // Agence France-Presse: "AFP via Getty Images", "KCNA/AFP"
        "Reuters",  // "(Reuters) -" datelines, "Reuters/Jane Doe" photo credits
        "EPA",      // European Pressphoto Agency: "EPA/…", "EPA-EFE"
        "EFE",      // Spanish agency, in "EPA-EFE" and "(EFE)"
        "UPI",      // United Press International
        "Xinhua",   // China's state agency: "(Xinhua)", "via Xinhua"
        "Yonhap",   // South Korea's agency: "(Yonhap)", "Yonhap/…"
        "Kyodo",    // Japan's agency: "Kyodo/via Reuters"
        "ANSA",     // Italy's agency
        "TASS",     // Russia's state agency
        "dpa",      // Deutsche Presse-Agentur, lower case in its credits: "picture alliance/dpa"
        "Bloomberg", // "Photographer: …/Bloomberg"
    ];

    /// <summary>Tokens that introduce a credit right before the agency: "via AP", "KCNA/AFP".</summary>
    private static readonly string[] Before =
    [
        "via", // "… via AP": a handout distributed by the agency
        "/",   // joint credits: "Korea News Service/AP", "picture alliance/dpa"
    ];

    /// <summary>Tokens that continue a credit right after the agency: "AP Photo/…", "Reuters/Jane Doe".</summary>
    private static readonly string[] After =
    [
        "Photo", // "AP Photo/Lee Jin-man"
        "/",     // "Reuters/Kim Hong-Ji"
    ];

    /// <summary>Rewrites <paramref name="tags"/> (BILOU, one per token of <paramref name="document"/>) where a listed
    /// agency stands in a credit context and is untagged or tagged alone as another type.</summary>
    public static void Apply(TaggingDocument document, Span<int> tags)
    {
        var org = EntityTagSet.Tag(Documents.EntityType.Organization, 3);
        for (var s = 0; s < document.SentenceCount; s++)
        {
            var start = document.SentenceStarts[s];
            var end = document.SentenceStarts[s + 1];
            for (var i = start; i < end; i++)
            {
                if (tags[i] == org || !IsAgency(document.TokenText(i)) || !IsCredit(document, i, start, end))
                {
                    continue;
                }

                if (tags[i] == EntityTagSet.Outside || EntityTagSet.IsUnit(tags[i]))
                {
                    tags[i] = org;
                }
            }
        }
    }

    private static bool IsAgency(ReadOnlySpan<char> token)
    {
        foreach (var agency in Agencies)
        {
            if (token.SequenceEqual(agency))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="i"/> of the sentence <c>[start, end)</c> sits where credits name an
    /// agency: after "via" or "/", before "Photo" or "/", or alone in brackets ("(AP)", "(Reuters)").</summary>
    private static bool IsCredit(TaggingDocument document, int i, int start, int end)
    {
        var previous = i > start ? document.TokenText(i - 1) : default;
        var next = i + 1 < end ? document.TokenText(i + 1) : default;
        return IsAny(previous, Before) || IsAny(next, After) || (previous.SequenceEqual("(") && next.SequenceEqual(")"));
    }

    private static bool IsAny(ReadOnlySpan<char> token, string[] words)
    {
        foreach (var word in words)
        {
            if (token.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
