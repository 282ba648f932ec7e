using AngleSharp.Dom;

namespace Newsdesk.Extraction.Content;

/// <summary>
/// A node of the compact tree the content extractor works on: the page's visible elements and text, with the counts
/// every signal needs. Built once per page by <see cref="ContentTreeBuilder"/>; mutable state of one extraction.
/// </summary>
internal sealed class ContentNode(string tag, ContentNode? parent, IElement? element, string? text = null)
{
    public const string TextTag = "#text";

    /// <summary>The element's lowercase local name, or <see cref="TextTag"/>.</summary>
    public string Tag { get; } = tag;

    public ContentNode? Parent { get; } = parent;

    /// <summary>The DOM element, for attributes; null for text.</summary>
    public IElement? Element { get; } = element;

    /// <summary>The raw text of a text node; null for elements.</summary>
    public string? Text { get; } = text;

    public List<ContentNode>? Children { get; set; }

    /// <summary>Lowercased <c>class</c> and <c>id</c>, space-separated; empty when neither is set.</summary>
    public string ClassAndId { get; init; } = "";

    /// <summary>Non-whitespace characters of visible, not removed text below this node.</summary>
    public int Chars { get; set; }

    /// <summary>The part of <see cref="Chars"/> inside links.</summary>
    public int LinkChars { get; set; }

    /// <summary>Commas (Latin and CJK) in the text below, a sign of prose (Readability).</summary>
    public int Commas { get; set; }

    /// <summary>Why this subtree was dropped (a <see cref="Documents.RemovalReasons"/> value), or null.</summary>
    public string? Removal { get; set; }

    public double RemovalConfidence { get; set; } = 1;

    /// <summary>The content score (Readability-style) accumulated from the paragraphs below.</summary>
    public double Score { get; set; }

    public bool IsScored { get; set; }

    public bool IsText => Text is not null;

    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public bool HasAncestor(ContentNode other)
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            if (ReferenceEquals(node, other))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => IsText ? $"\"{Text}\"" : $"<{Tag} {ClassAndId}> chars={Chars} links={LinkChars} score={Score:0.0}";
}
