namespace Newsdesk.Extraction.Content;

/// <summary>
/// Scores containers by the prose below them and picks the article's container, after Readability.js
/// (<c>_grabArticle</c>):
/// 1. every paragraph-like block of at least <see cref="MinParagraphChars"/> characters scores
///    1 + its commas + one point per 100 characters (at most 3), scaled down by its own link density;
/// 2. the score goes to its container in full, half to the next ancestor, then a third per level, five levels up;
/// 3. a container starts from a bonus for its tag and for class names that name the article (or a malus for names
///    of boilerplate that were not dropped) and its total is scaled by (1 − its link density);
/// 4. the best container wins; when a parent scores nearly as well it is taken instead (the content is split over
///    siblings); siblings that score well or read like prose are merged in (<see cref="SelectSiblings"/>).
/// </summary>
internal static class ContentScorer
{
    public const int MinParagraphChars = 25;

    /// <summary>Scores every container below <paramref name="root"/>; returns the scored containers.</summary>
    public static List<ContentNode> Score(ContentNode root)
    {
        var candidates = new List<ContentNode>();
        ScoreBlocks(root, candidates);
        foreach (var candidate in candidates)
        {
            candidate.Score *= 1 - candidate.LinkDensity;
        }

        return candidates;
    }

    /// <summary>Adds the paragraph scores below <paramref name="node"/>; returns whether it holds a block element.</summary>
    private static bool ScoreBlocks(ContentNode node, List<ContentNode> candidates)
    {
        if (node.Children is null)
        {
            return false;
        }

        var hasBlock = false;
        var inlineChars = 0;
        var inlineLinkChars = 0;
        var inlineCommas = 0;
        foreach (var child in node.Children)
        {
            if (child.Removal is not null)
            {
                continue;
            }

            if (child.IsText)
            {
                inlineChars += child.Chars;
                inlineLinkChars += child.LinkChars;
                inlineCommas += child.Commas;
                continue;
            }

            var childHasBlock = ScoreBlocks(child, candidates);
            var childIsBlock = BlockTags.IsBlock(child.Tag) || childHasBlock;
            hasBlock |= childIsBlock;
            if (!childIsBlock)
            {
                inlineChars += child.Chars;
                inlineLinkChars += child.LinkChars;
                inlineCommas += child.Commas;
            }
            else if (!childHasBlock && BlockTags.Scored.Contains(child.Tag))
            {
                // A block with no block inside it: a paragraph. Its container is its parent.
                AddParagraph(node, child.Chars, child.LinkChars, child.Commas, candidates);
            }
        }

        if (hasBlock && inlineChars >= MinParagraphChars && BlockTags.IsBlock(node.Tag))
        {
            // Text written directly in a container beside its blocks (Readability wraps such runs in a <p>).
            AddParagraph(node, inlineChars, inlineLinkChars, inlineCommas, candidates);
        }

        return hasBlock;
    }

    private static void AddParagraph(ContentNode container, int chars, int linkChars, int commas, List<ContentNode> candidates)
    {
        if (chars < MinParagraphChars)
        {
            return;
        }

        var score = 1.0 + commas + Math.Min(chars / 100, 3);
        score *= 1 - ((double)linkChars / chars);
        var level = 0;
        for (var ancestor = container; ancestor is not null && level < 5; ancestor = ancestor.Parent, level++)
        {
            if (!ancestor.IsScored)
            {
                Initialize(ancestor);
                candidates.Add(ancestor);
            }

            var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            ancestor.Score += score / divider;
        }

    }

    private static void Initialize(ContentNode node)
    {
        node.IsScored = true;
        node.Score = node.Tag switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (node.Tag == "article" || (node.Element?.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)))
        {
            node.Score += 25;
        }

        if (BoilerplateVocabulary.IsPositive(node.ClassAndId))
        {
            node.Score += 25;
        }
        else if (BoilerplateVocabulary.Match(node.ClassAndId, out _) is not null || BoilerplateVocabulary.IsWeakNegative(node.ClassAndId))
        {
            node.Score -= 25;
        }
    }

    /// <summary>The best container, moved up when its parent holds comparable content; null when nothing scored.</summary>
    public static ContentNode? SelectTop(List<ContentNode> candidates, ContentNode root)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        var top = candidates[0];

        // Readability: when three of the five best share an ancestor scoring at least 3/4 of the best, the content
        // is split over siblings and that ancestor is the article.
        var alternatives = candidates.Skip(1).Take(4).Where(c => c.Score >= top.Score * 0.75).ToList();
        if (alternatives.Count >= 2)
        {
            for (var parent = top.Parent; parent is not null && !ReferenceEquals(parent, root); parent = parent.Parent)
            {
                var containing = alternatives.Count(a => a.HasAncestor(parent));
                if (containing >= 2)
                {
                    top = parent;
                    break;
                }
            }
        }

        // Readability: climb while the parent keeps at least a third of the score, taking it when it scores higher.
        var lastScore = top.Score;
        var threshold = lastScore / 3;
        for (var parent = top.Parent; parent is not null && !ReferenceEquals(parent, root); parent = parent.Parent)
        {
            if (!parent.IsScored)
            {
                continue;
            }

            if (parent.Score < threshold)
            {
                break;
            }

            if (parent.Score > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = parent.Score;
        }

        // A container that is its parent's only content: the parent says the same and may hold its heading.
        while (top.Parent is { } only && !ReferenceEquals(only, root) && only.Chars == top.Chars)
        {
            top = only;
        }

        return top;
    }

    /// <summary>The top container and its siblings that belong to the article, in page order (Readability's
    /// sibling pass): a sibling scoring at least a fifth of the top (10 at least; a bonus when it shares the top's
    /// class names), or a paragraph that reads like prose: long with few links, or short, link-free and ending a
    /// sentence.</summary>
    public static List<ContentNode> SelectSiblings(ContentNode top)
    {
        if (top.Parent?.Children is not { } siblings)
        {
            return [top];
        }

        var threshold = Math.Max(10, top.Score * 0.2);
        var selected = new List<ContentNode>();
        foreach (var sibling in siblings)
        {
            if (sibling.Removal is not null || (sibling.IsText && sibling.Chars == 0))
            {
                continue;
            }

            if (ReferenceEquals(sibling, top))
            {
                selected.Add(sibling);
                continue;
            }

            if (sibling.IsText || sibling.Chars == 0)
            {
                continue;
            }

            var bonus = sibling.ClassAndId.Length > 0 && sibling.ClassAndId == top.ClassAndId ? top.Score * 0.2 : 0;
            if (sibling.IsScored && sibling.Score + bonus >= threshold)
            {
                selected.Add(sibling);
            }
            else if (sibling.Tag == "p" || BlockTags.IsHeading(sibling.Tag))
            {
                var density = sibling.LinkDensity;
                if ((sibling.Chars > 80 && density < 0.25) || (sibling.Chars is > 0 and <= 80 && density == 0 && EndsSentence(sibling)))
                {
                    selected.Add(sibling);
                }
            }
        }

        return selected;
    }

    /// <summary>
    /// Widens a selection that holds only part of the page's prose: pages other than articles (services, products,
    /// collections) spread their content over sections with different parents, and the best single container
    /// misses most of it. When the selection has less than <see cref="MinCoverage"/> of the page's text outside
    /// links, the lowest ancestor that reaches <see cref="TargetCoverage"/> with a link density below
    /// <see cref="MaxExpandedLinkDensity"/> is taken instead. That ancestor may be the body itself: landing pages put
    /// every section directly under it, and what the pruner left of the body is then the content. The link density
    /// bound is loose (one half) because product and collection pages name their items in links; the navigation the
    /// pruner recognised is no longer counted.
    /// </summary>
    public static List<ContentNode> ExpandToCover(ContentNode top, List<ContentNode> selected, ContentNode root)
    {
        var rootProse = root.Chars - root.LinkChars;
        var selectedProse = selected.Sum(n => n.Chars - n.LinkChars);
        if (rootProse <= 0 || selectedProse >= rootProse * MinCoverage)
        {
            return selected;
        }

        for (var ancestor = top.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            var prose = ancestor.Chars - ancestor.LinkChars;
            if (prose >= rootProse * TargetCoverage)
            {
                return ancestor.LinkDensity < MaxExpandedLinkDensity ? [ancestor] : selected;
            }
        }

        return selected;
    }

    private const double MinCoverage = 0.5;
    private const double TargetCoverage = 0.7;
    private const double MaxExpandedLinkDensity = 0.5;

    private static bool EndsSentence(ContentNode node)
    {
        var text = (node.Element?.TextContent ?? "").AsSpan().TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '。' or '"' or '”' or ':';
    }
}
