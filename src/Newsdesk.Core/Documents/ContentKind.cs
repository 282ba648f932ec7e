namespace Newsdesk.Documents;

/// <summary>What a reader found in a source record.</summary>
public enum ContentKind
{
    /// <summary>Plain text: paragraphs separated by blank lines, or one per line.</summary>
    Text,

    /// <summary>An HTML page, as text or as undecoded bytes.</summary>
    Html,
}
