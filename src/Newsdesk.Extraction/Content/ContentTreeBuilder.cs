using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Newsdesk.Extraction.Content;

/// <summary>
/// Builds the <see cref="ContentNode"/> tree of a page's body: visible elements and text only, with character,
/// link and comma counts summed bottom-up. The walk stops at <see cref="HtmlExtractionOptions.MaxDepth"/> and
/// reports it, so hostile nesting cannot exhaust the stack.
/// </summary>
internal sealed class ContentTreeBuilder(int maxDepth, bool includeHidden = false)
{
    /// <summary>Elements that never carry article text a reader sees.</summary>
    private static readonly FrozenSet<string> _invisibleTags = new[]
    {
        "script", "style", "template", "head", "title", "meta", "link", "base", // metadata and code, not text
        "svg", "math", "canvas", "img", "picture", "video", "audio", "source", "track", "map", "area", // media: no text
        "iframe", "object", "embed", "frame", "frameset", // embedded documents are other pages
        "select", "option", "optgroup", "datalist", "button", "input", "textarea", "output", "progress", "meter", // form controls: interface
        "dialog", // modal prompts (cookie, newsletter), hidden until opened
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the walk met nesting deeper than the limit and ignored what was below.</summary>
    public bool DepthLimitHit { get; private set; }

    public ContentNode Build(IElement root)
    {
        var node = new ContentNode(root.LocalName, null, root, null) { ClassAndId = ClassAndIdOf(root) };
        AddChildren(node, root, 1, false);
        return node;
    }

    private void AddChildren(ContentNode node, IElement element, int depth, bool insideLink)
    {
        if (depth > maxDepth)
        {
            DepthLimitHit = true;
            return;
        }

        // By position, not by NextSibling: AngleSharp finds a node's next sibling by scanning its parent's children.
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText text)
            {
                var data = text.Data;
                var (chars, commas) = Count(data);
                node.Children ??= [];
                node.Children.Add(new ContentNode(ContentNode.TextTag, node, null, data) { Chars = chars, Commas = commas, LinkChars = insideLink ? chars : 0 });
                node.Chars += chars;
                node.Commas += commas;
                if (insideLink)
                {
                    node.LinkChars += chars;
                }

                continue;
            }

            if (child is not IElement childElement || _invisibleTags.Contains(childElement.LocalName) || (!includeHidden && !IsVisible(childElement)))
            {
                continue;
            }

            var childNode = new ContentNode(childElement.LocalName, node, childElement) { ClassAndId = ClassAndIdOf(childElement) };
            AddChildren(childNode, childElement, depth + 1, insideLink || childNode.Tag == "a");
            node.Children ??= [];
            node.Children.Add(childNode);
            node.Chars += childNode.Chars;
            node.LinkChars += childNode.LinkChars;
            node.Commas += childNode.Commas;
        }
    }

    /// <summary>Hidden by markup: the <c>hidden</c> attribute, <c>aria-hidden="true"</c>, or an inline
    /// <c>display:none</c> / <c>visibility:hidden</c>. Stylesheets are not evaluated (too costly for what they add).</summary>
    private static bool IsVisible(IElement element)
    {
        if (_invisibleTags.Contains(element.LocalName))
        {
            return false;
        }

        if (!element.HasAttributes())
        {
            return true;
        }

        if (element.HasAttribute("hidden") && !IsStreamedSegment(element))
        {
            return false;
        }

        if (element.GetAttribute("aria-hidden") is { } ariaHidden && ariaHidden.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (element.GetAttribute("style") is { Length: > 0 } style)
        {
            var compact = style.Replace(" ", "", StringComparison.Ordinal);
            if (compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) ||
                compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A server-rendered segment that a script moves into place: React's streaming renderer sends each
    /// finished Suspense boundary as <c>&lt;div hidden id="S:n"&gt;</c> and swaps it for the placeholder
    /// <c>&lt;template id="B:n"&gt;</c> on load, so a reader sees it although the markup hides it.</summary>
    private static bool IsStreamedSegment(IElement element)
    {
        var id = element.Id;
        if (id is not { Length: >= 3 } || id[0] != 'S' || id[1] != ':')
        {
            return false;
        }

        foreach (var c in id.AsSpan(2))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string ClassAndIdOf(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(className))
        {
            return string.IsNullOrEmpty(id) ? "" : id.ToLowerInvariant();
        }

        return string.IsNullOrEmpty(id) ? className.ToLowerInvariant() : (className + " " + id).ToLowerInvariant();
    }

    private static (int Chars, int Commas) Count(string text)
    {
        var chars = 0;
        var commas = 0;
        foreach (var c in text)
        {
            if (c > ' ' && !char.IsWhiteSpace(c))
            {
                chars++;
                if (c is ',' or '\uFF0C' or '\u3001' or '\u060C')
                {
                    commas++;
                }
            }
        }

        return (chars, commas);
    }
}

internal static class ElementExtensions
{
    public static bool HasAttributes(this IElement element) => element.Attributes.Length > 0;
}
