using System.Text;
using AngleSharp.Dom;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// The text a reader sees on a page, for datelines and language detection: scripts, styles and templates left
/// out, a line break at each block element. Walks with an explicit stack, so hostile nesting cannot overflow it,
/// and stops at <see cref="MaxLength"/> characters.
/// </summary>
internal static class PageText
{
    public const int MaxLength = 200_000;

    private static readonly HashSet<string> _skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select", "option", "head", "button",
    };

    private static readonly HashSet<string> _blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "tr", "td", "th",
        "table", "section", "article", "header", "footer", "nav", "aside", "main", "figure", "figcaption", "form",
        "ul", "ol", "dl", "br", "hr", "address", "details", "summary", "time", "span",
    };

    /// <summary>The visible text under <paramref name="root"/>.</summary>
    public static string Of(INode? root)
    {
        if (root is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0 && builder.Length < MaxLength)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                AppendCollapsed(builder, text.Data);
                continue;
            }

            if (node is not IElement and not IDocument and not IDocumentFragment)
            {
                continue;
            }

            if (node is IElement element)
            {
                if (_skipped.Contains(element.LocalName) || element.HasAttribute("hidden"))
                {
                    continue;
                }

                if (_blocks.Contains(element.LocalName))
                {
                    // "span" and "time" get a space, not a line: they are inline, but glueing their text to the
                    // next word would hide a date ("8 Jan 2021Updated").
                    AppendBreak(builder, element.LocalName is "span" or "time" ? ' ' : '\n');
                }
            }

            // By position, not by PreviousSibling: AngleSharp finds a sibling by scanning the parent's children.
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return builder.Length > MaxLength ? builder.ToString(0, MaxLength) : builder.ToString();
    }

    /// <summary>
    /// The text content of <paramref name="element"/> (line breaks kept as written), or null when it is longer than
    /// <paramref name="maxLength"/>: reading stops there, so asking about a large container costs little.
    /// </summary>
    public static string? ShortText(IElement element, int maxLength)
    {
        var builder = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                builder.Append(text.Data);
                if (builder.Length > maxLength)
                {
                    return null;
                }

                continue;
            }

            if (node is IElement child && child != element && child.LocalName is "script" or "style" or "template")
            {
                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return builder.ToString();
    }

    private static void AppendBreak(StringBuilder builder, char separator)
    {
        if (builder.Length == 0)
        {
            return;
        }

        var last = builder[^1];
        if (last == '\n')
        {
            return;
        }

        if (last == ' ')
        {
            if (separator == '\n')
            {
                builder[^1] = '\n';
            }

            return;
        }

        builder.Append(separator);
    }

    private static void AppendCollapsed(StringBuilder builder, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] is not (' ' or '\n'))
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }
    }
}
