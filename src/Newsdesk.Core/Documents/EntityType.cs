namespace Newsdesk.Documents;

/// <summary>The CoNLL-2003 entity types.</summary>
public enum EntityType
{
    Person,
    Organization,
    Location,
    Miscellaneous,
}

/// <summary>The codes used for <see cref="EntityType"/> in JSON, CoNLL tags and the store: PER, ORG, LOC, MISC.</summary>
public static class EntityTypeCodes
{
    public static string ToCode(this EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        EntityType.Miscellaneous => "MISC",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool TryParse(ReadOnlySpan<char> code, out EntityType type)
    {
        switch (code)
        {
            case "PER": type = EntityType.Person; return true;
            case "ORG": type = EntityType.Organization; return true;
            case "LOC": type = EntityType.Location; return true;
            case "MISC": type = EntityType.Miscellaneous; return true;
            default: type = default; return false;
        }
    }
}
