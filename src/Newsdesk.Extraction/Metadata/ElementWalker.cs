using AngleSharp.Dom;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// The elements of a page in document order, by sibling links: cheaper than AngleSharp's <c>All</c> collection
/// (which materialises a list on every use) and safe on hostile nesting (no recursion). Stops after a limit of
/// elements.
/// </summary>
internal static class ElementWalker
{
    public static IEnumerable<IElement> Descendants(IElement? root, int limit)
    {
        if (root is null)
        {
            yield break;
        }

        var count = 0;
        var current = root.FirstElementChild;
        while (current is not null && count++ < limit)
        {
            yield return current;
            if (current.FirstElementChild is { } child)
            {
                current = child;
                continue;
            }

            while (current is not null && current != root && current.NextElementSibling is null)
            {
                current = current.ParentElement;
            }

            current = current is null || current == root ? null : current.NextElementSibling;
        }
    }
}
