using Newsdesk.Documents;

namespace Newsdesk.Language.Entities;

/// <summary>
/// The tags the sequence model predicts: BILOU (Begin, Inside, Last, Unit, Outside) for the four CoNLL types, 17 in
/// all. BILOU marks entity ends explicitly, which Ratinov and Roth (2009, "Design challenges and misconceptions in
/// named entity recognition") found better than IOB for this task. Conversions to and from the IOB1 and IOB2 tags of
/// CoNLL files live here too.
/// </summary>
public static class EntityTagSet
{
    public const int Count = 17;
    public const int Outside = 0;

    private const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    private static readonly EntityType[] _types =
        [EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Miscellaneous];

    public static int Tag(EntityType type, int part) => 1 + (4 * (int)type) + part;

    public static EntityType TypeOf(int tag) => _types[(tag - 1) / 4];

    private static int PartOf(int tag) => (tag - 1) % 4;

    /// <summary>True when <paramref name="to"/> may follow <paramref name="from"/> (-1 = sentence start).</summary>
    public static bool IsAllowed(int from, int to)
    {
        var fromOpen = from > 0 && PartOf(from) is Begin or Inside;
        var toContinues = to > 0 && PartOf(to) is Inside or Last;
        return fromOpen ? toContinues && TypeOf(from) == TypeOf(to) : !toContinues;
    }

    /// <summary>True when <paramref name="tag"/> is a one-token entity (U-).</summary>
    public static bool IsUnit(int tag) => tag > 0 && PartOf(tag) == Unit;

    /// <summary>True when a sentence may end after <paramref name="tag"/>.</summary>
    public static bool MayEnd(int tag) => tag == Outside || PartOf(tag) is Last or Unit;

    /// <summary>Writes the BILOU tags of <paramref name="chunks"/> into <paramref name="tags"/> (one per token).</summary>
    public static void Encode(IEnumerable<EntityChunk> chunks, Span<int> tags)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        tags.Clear();
        foreach (var chunk in chunks)
        {
            if (chunk.End - chunk.Start == 1)
            {
                tags[chunk.Start] = Tag(chunk.Type, Unit);
                continue;
            }

            tags[chunk.Start] = Tag(chunk.Type, Begin);
            for (var i = chunk.Start + 1; i < chunk.End - 1; i++)
            {
                tags[i] = Tag(chunk.Type, Inside);
            }

            tags[chunk.End - 1] = Tag(chunk.Type, Last);
        }
    }

    /// <summary>The chunks of a valid BILOU tag sequence.</summary>
    public static void Decode(ReadOnlySpan<int> tags, List<EntityChunk> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var start = -1;
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            if (tag == Outside)
            {
                start = -1;
                continue;
            }

            switch (PartOf(tag))
            {
                case Unit:
                    chunks.Add(new EntityChunk(i, i + 1, TypeOf(tag)));
                    start = -1;
                    break;
                case Begin:
                    start = i;
                    break;
                case Last when start >= 0:
                    chunks.Add(new EntityChunk(start, i + 1, TypeOf(tag)));
                    start = -1;
                    break;
            }
        }
    }

    /// <summary>
    /// The chunks of an IOB1 or IOB2 (or BILOU/IOBES) tag column, the way conlleval reads it: a chunk starts at B-,
    /// at I- after O or after another type, and ends before the next start, O, or type change. Null tags count as O.
    /// </summary>
    public static List<EntityChunk> ChunksOfIob(IReadOnlyList<string?> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var chunks = new List<EntityChunk>();
        var start = -1;
        EntityType type = default;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : null;
            EntityType tagType = default;
            var isEntity = tag is { Length: > 2 } && tag[1] == '-' && EntityTypeCodes.TryParse(tag.AsSpan(2), out tagType);
            var prefix = isEntity ? tag![0] : 'O';

            var startsHere = isEntity && (prefix is 'B' or 'S' or 'U' || start < 0 || tagType != type);
            var endsBefore = start >= 0 && (!isEntity || startsHere);
            if (endsBefore)
            {
                chunks.Add(new EntityChunk(start, i, type));
                start = -1;
            }

            if (startsHere)
            {
                start = i;
                type = tagType;
            }

            if (isEntity && prefix is 'E' or 'L' or 'S' or 'U' && start >= 0)
            {
                chunks.Add(new EntityChunk(start, i + 1, type));
                start = -1;
            }
        }

        return chunks;
    }

    /// <summary>IOB2 tags (B- at every chunk start) for <paramref name="chunks"/> over <paramref name="length"/> tokens.</summary>
    public static string[] ToIob2(IEnumerable<EntityChunk> chunks, int length)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var tags = new string[length];
        Array.Fill(tags, "O");
        foreach (var chunk in chunks)
        {
            var code = chunk.Type.ToCode();
            tags[chunk.Start] = "B-" + code;
            for (var i = chunk.Start + 1; i < chunk.End; i++)
            {
                tags[i] = "I-" + code;
            }
        }

        return tags;
    }
}
