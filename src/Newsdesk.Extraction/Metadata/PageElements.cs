using AngleSharp.Dom;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// The page's <c>meta</c>, <c>link</c> and <c>time</c> elements in document order, gathered in one walk over the
/// tree: each used to be a <c>GetElementsByTagName</c> walk of its own over every element (the <c>time</c> one up
/// to three times a page). Lives for one extraction.
/// </summary>
internal sealed class PageElements
{
    private PageElements()
    {
    }

    public List<IElement> Meta { get; } = [];

    public List<IElement> Links { get; } = [];

    public List<IElement> Times { get; } = [];

    public static PageElements Of(IDocument page)
    {
        var elements = new PageElements();
        if (page.DocumentElement is not { } root)
        {
            return elements;
        }

        elements.Add(root);
        foreach (var element in ElementWalker.Descendants(root, int.MaxValue))
        {
            elements.Add(element);
        }

        return elements;
    }

    private void Add(IElement element)
    {
        switch (element.LocalName)
        {
            case "meta":
                Meta.Add(element);
                break;
            case "link":
                Links.Add(element);
                break;
            case "time":
                Times.Add(element);
                break;
        }
    }
}
