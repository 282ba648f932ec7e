namespace Newsdesk.Language.Entities;

/// <summary>
/// Retypes a name that the model tagged as an organisation, place or miscellaneous name but that begins with a
/// personal honorific ("Mr Kim" as ORG → "Kim" as PER). Mr, Mrs, Ms, Miss and Mx address only people, and CoNLL-2003
/// never includes them in a name (it tags "Mr." O and the name after it PER), so a chunk starting with one is a model
/// error of a kind the seed article showed (models trained with feature dropout, docs/benchmarks/ner.md, session 3).
/// Steps, per decoded chunk: <list type="number">
/// <item>look only at the first token of a non-PER chunk of two or more tokens (B-);</item>
/// <item>if the first token is a listed honorific, with or without its full stop, tag it O and the rest of the chunk
/// as one PER name.</item>
/// </list>
/// Stateless and thread-safe; allocates nothing.
/// </summary>
internal static class HonorificNameRecognizer
{
    /// <summary>Honorifics used only before a person's name (unlike "Dr", "Sir" or "Lord", which also start names of
    /// products, places and organisations: "Dr Pepper", "Sir Alex Ferguson Stand", "Lord's").</summary>
    private static readonly string[] Honorifics =
    [
        "Mr",   // British style, no full stop: "Mr Kim"
        "Mr.",  // American style and CoNLL-2003: "Mr. Kim"
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
        "Miss", // "Miss Marple"; as a name start it is the honorific
        "Mx",   // gender-neutral honorific
        "Mx.",
    ];

    /// <summary>Rewrites <paramref name="tags"/> (valid BILOU, one per token of <paramref name="document"/>) where a
    /// non-PER chunk of two or more tokens starts with an honorific.</summary>
    public static void Apply(TaggingDocument document, Span<int> tags)
    {
        var person = Documents.EntityType.Person;
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            if (tag == EntityTagSet.Outside || tag != EntityTagSet.Tag(EntityTagSet.TypeOf(tag), 0)
                || EntityTagSet.TypeOf(tag) == person || !IsHonorific(document.TokenText(i)))
            {
                continue;
            }

            // A valid BILOU sequence: B at i, then I… and L at the chunk's last token.
            var last = i + 1;
            while (last < tags.Length && !EntityTagSet.MayEnd(tags[last]))
            {
                last++;
            }

            tags[i] = EntityTagSet.Outside;
            if (last == i + 1)
            {
                tags[last] = EntityTagSet.Tag(person, 3);
            }
            else
            {
                tags[i + 1] = EntityTagSet.Tag(person, 0);
                for (var k = i + 2; k < last; k++)
                {
                    tags[k] = EntityTagSet.Tag(person, 1);
                }

                tags[last] = EntityTagSet.Tag(person, 2);
            }

            i = last;
        }
    }

    private static bool IsHonorific(ReadOnlySpan<char> token)
    {
        foreach (var honorific in Honorifics)
        {
            if (token.SequenceEqual(honorific))
            {
                return true;
            }
        }

        return false;
    }
}
