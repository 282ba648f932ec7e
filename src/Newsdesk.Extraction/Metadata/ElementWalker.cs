using AngleSharp.Dom;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// The elements of a page in document order: cheaper than AngleSharp's <c>All</c> collection (which materialises a
/// list on every use) and safe on hostile nesting (no recursion). Stops after a limit of elements.
/// </summary>
/// <remarks>Children are read by position from each parent's child list, not by sibling links: AngleSharp finds
/// <c>NextElementSibling</c> by scanning the parent's children from the first, so following it costs time in the
/// square of a parent's width (a list of a thousand items, a flat forum page).</remarks>
internal static class ElementWalker
{
    public static IEnumerable<IElement> Descendants(IElement? root, int limit)
    {
        if (root is null)
        {
            yield break;
        }

        var count = 0;
        var pending = new Stack<(INodeList Nodes, int Next)>();
        var nodes = root.ChildNodes;
        var next = 0;
        while (true)
        {
            if (next >= nodes.Length)
            {
                if (pending.Count == 0)
                {
                    yield break;
                }

                (nodes, next) = pending.Pop();
                continue;
            }

            if (nodes[next++] is not IElement element)
            {
                continue;
            }

            if (count++ >= limit)
            {
                yield break;
            }

            yield return element;
            if (element.HasChildNodes)
            {
                pending.Push((nodes, next));
                nodes = element.ChildNodes;
                next = 0;
            }
        }
    }
}
