namespace Newsdesk.Documents;

/// <summary>What a paragraph is in the article's structure.</summary>
public enum ParagraphKind
{
    Body,
    Heading,
    Blockquote,
    ListItem,
}

/// <summary>The names used for <see cref="ParagraphKind"/> in JSON and in the store.</summary>
public static class ParagraphKindNames
{
    public static string ToName(this ParagraphKind kind) => kind switch
    {
        ParagraphKind.Body => "body",
        ParagraphKind.Heading => "heading",
        ParagraphKind.Blockquote => "blockquote",
        ParagraphKind.ListItem => "list-item",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? name, out ParagraphKind kind)
    {
        switch (name)
        {
            case "body": kind = ParagraphKind.Body; return true;
            case "heading": kind = ParagraphKind.Heading; return true;
            case "blockquote": kind = ParagraphKind.Blockquote; return true;
            case "list-item": kind = ParagraphKind.ListItem; return true;
            default: kind = ParagraphKind.Body; return false;
        }
    }
}
