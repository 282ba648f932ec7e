namespace Newsdesk.Extraction;

/// <summary>Limits and choices for HTML extraction. Immutable; <c>with</c> makes a changed copy.</summary>
public sealed record HtmlExtractionOptions
{
    public static readonly HtmlExtractionOptions Default = new();

    /// <summary>The deepest element nesting read. Deeper elements (hostile or broken pages) are attached at this
    /// depth by the parser and the walk does not descend further; a diagnostic reports it.</summary>
    public int MaxDepth { get; init; } = 400;

    /// <summary>The largest page decoded, in bytes; larger pages are cut here (a diagnostic reports it).</summary>
    public int MaxBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Keep readers' comments when the page has an article of its own. Forum threads are kept regardless:
    /// when the comments are the page, they are its content.</summary>
    public bool IncludeComments { get; init; }
}
