using Newsdesk.Documents;

namespace Newsdesk.Extraction.Content;

/// <summary>
/// Marks the subtrees that are not the article, before scoring, by what the markup says they are:
/// 1. semantic elements and ARIA roles (<c>nav</c>, <c>aside</c>, <c>footer</c>, link-heavy page <c>header</c>s,
///    <c>figcaption</c>; <c>role=navigation|complementary|contentinfo|dialog</c>);
/// 2. class and id vocabularies (<see cref="BoilerplateVocabulary"/>);
/// 3. readers' comments, dropped only when the page has enough text of its own: on forum-like pages the
///    comments are the content.
/// Guards against names that lie: a block holding more than half of the page's text is a layout wrapper
/// (<c>content-sidebar-wrap</c>), never dropped for its name; nor is a block that reads as prose; byline, dateline and caption names only drop small
/// blocks; an element that is or contains the declared article (<c>itemprop=articleBody</c>, <c>main</c>) is kept.
/// </summary>
internal sealed class BoilerplatePruner(bool includeComments)
{
    /// <summary>A comment section is dropped when the rest of the page has at least this much text.</summary>
    private const int MinOwnTextBesideComments = 1000;

    /// <summary>A named block with at least this much text and less than <see cref="ProseLinkDensity"/> links reads
    /// as prose, not as the boilerplate its name says.</summary>
    private const int ProseChars = 500;

    private const double ProseLinkDensity = 0.3;

    private readonly HashSet<ContentNode> _protected = [];
    private readonly List<ContentNode> _comments = [];
    private int _rootChars;

    public List<ContentNode> Removed { get; } = [];

    public void Prune(ContentNode root)
    {
        _rootChars = Math.Max(1, root.Chars);
        MarkProtected(root);
        Visit(root, insideArticle: false);
        var commentChars = _comments.Sum(c => c.Chars);
        var ownChars = root.Chars - commentChars;
        if (!includeComments && commentChars > 0 && (ownChars >= MinOwnTextBesideComments || ownChars * 2 >= commentChars))
        {
            foreach (var comment in _comments)
            {
                Remove(comment, RemovalReasons.Comment, 0.8);
            }
        }
    }

    private void MarkProtected(ContentNode node)
    {
        if (node.IsText || node.Children is null)
        {
            return;
        }

        foreach (var child in node.Children)
        {
            if (child.IsText)
            {
                continue;
            }

            if (IsDeclaredContent(child))
            {
                for (var up = child; up is not null && _protected.Add(up); up = up.Parent)
                {
                }
            }

            MarkProtected(child);
        }
    }

    private static bool IsDeclaredContent(ContentNode node)
    {
        if (node.Tag == "main")
        {
            return true;
        }

        var element = node.Element!;
        if (!element.HasAttributes())
        {
            return false;
        }

        return element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)
            || element.GetAttribute("role") is "main";
    }

    private void Visit(ContentNode node, bool insideArticle)
    {
        if (node.Children is null)
        {
            return;
        }

        foreach (var child in node.Children)
        {
            if (child.IsText || child.Chars == 0)
            {
                continue;
            }

            var inArticle = insideArticle || child.Tag is "article" or "main";
            if (!_protected.Contains(child))
            {
                var (reason, confidence) = Classify(child, insideArticle);
                if (reason == RemovalReasons.Comment)
                {
                    _comments.Add(child);
                    continue;
                }

                if (reason is not null)
                {
                    Remove(child, reason, confidence);
                    continue;
                }
            }

            Visit(child, inArticle);
        }
    }

    private (string? Reason, double Confidence) Classify(ContentNode node, bool insideArticle)
    {
        var isWrapper = node.Chars * 2 > _rootChars;
        var element = node.Element!;
        var role = element.HasAttributes() ? element.GetAttribute("role") : null;
        switch (node.Tag)
        {
            case "nav":
                return (RemovalReasons.Navigation, 0.95);
            case "figcaption":
                return (RemovalReasons.Caption, 0.95);
            case "aside" when !isWrapper:
                return (RemovalReasons.Related, 0.8);
            case "footer" when !isWrapper:
                return (RemovalReasons.Boilerplate, 0.8);
            case "header" when !insideArticle && !isWrapper && node.LinkDensity > 0.3:
                return (RemovalReasons.Navigation, 0.8);
        }

        switch (role)
        {
            case "navigation" or "menu" or "menubar" or "search" or "banner" when !isWrapper:
                return (RemovalReasons.Navigation, 0.9);
            case "complementary" when !isWrapper:
                return (RemovalReasons.Related, 0.8);
            case "contentinfo" when !isWrapper:
                return (RemovalReasons.Boilerplate, 0.8);
            case "dialog" or "alertdialog" or "alert":
                return (RemovalReasons.Promo, 0.8);
        }

        var reason = BoilerplateVocabulary.Match(node.ClassAndId, out var hidden);
        if (reason is null)
        {
            return (null, 0);
        }

        if (hidden)
        {
            return (reason, 0.9);
        }

        if (isWrapper || (BoilerplateVocabulary.SmallBlockReasons.Contains(reason) && node.Chars > BoilerplateVocabulary.MaxMetaChars))
        {
            return (null, 0);
        }

        if (reason != RemovalReasons.Comment && node.Chars >= ProseChars && node.LinkDensity < ProseLinkDensity)
        {
            // Layout names lie (no-sidebar, has-sidebar, footer-wrapper around a page): a block of prose with few
            // links is kept whatever it is called, and left to the scorer.
            return (null, 0);
        }

        return (reason, 0.7);
    }

    private void Remove(ContentNode node, string reason, double confidence)
    {
        node.Removal = reason;
        node.RemovalConfidence = confidence;
        Removed.Add(node);
        for (var up = node.Parent; up is not null; up = up.Parent)
        {
            up.Chars -= node.Chars;
            up.LinkChars -= node.LinkChars;
            up.Commas -= node.Commas;
        }
    }
}
