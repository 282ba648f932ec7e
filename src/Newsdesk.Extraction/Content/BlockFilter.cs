using Newsdesk.Documents;

namespace Newsdesk.Extraction.Content;

/// <summary>
/// Drops blocks of the chosen content that are not article text, one block at a time:
/// 1. short interface phrases (<see cref="BoilerplatePhrases"/>);
/// 2. link-heavy blocks (more than half their text in links) when the content around them is prose, so link lists
///    stand out; on a listing page, where links are the content, they are kept;
/// 3. bylines ("By Jane Doe") and lines naming a known author;
/// 4. repeats of a block already kept (teasers, pull quotes printed twice);
/// 5. headings left at the end with no text after them ("Related posts", "Share this").
/// </summary>
internal static class BlockFilter
{
    /// <summary>Above this link density of the whole content, links are content (listings, link collections).</summary>
    private const double LinkContentDensity = 0.35;

    public static List<TextBlock> Apply(List<TextBlock> blocks, ArticleMetadataHints hints, List<RemovedText> removed, string stage)
    {
        var totalChars = blocks.Sum(b => b.Chars);
        var totalLinks = blocks.Sum(b => b.LinkChars);
        var linksAreContent = totalChars > 0 && (double)totalLinks / totalChars > LinkContentDensity;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<TextBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            var reason = Classify(block, hints, linksAreContent);
            if (reason is null && block.Chars >= 30 && !seen.Add(block.Text))
            {
                reason = RemovalReasons.Duplicate;
            }

            if (reason is null)
            {
                kept.Add(block);
            }
            else
            {
                removed.Add(new RemovedText(block.Text, reason, stage, 0.6));
            }
        }

        while (kept.Count > 0 && kept[^1].Kind == ParagraphKind.Heading)
        {
            removed.Add(new RemovedText(kept[^1].Text, RemovalReasons.Boilerplate, stage, 0.5));
            kept.RemoveAt(kept.Count - 1);
        }

        return kept;
    }

    private static string? Classify(TextBlock block, ArticleMetadataHints hints, bool linksAreContent)
    {
        var words = CountWords(block.Text);
        if (words <= BoilerplatePhrases.MaxWords)
        {
            var lower = block.Text.ToLowerInvariant();
            if (BoilerplatePhrases.Match(lower, words) is { } phraseReason)
            {
                return phraseReason;
            }

            if (block.Kind != ParagraphKind.Heading && words <= 8 && (lower.StartsWith("by ", StringComparison.Ordinal) || lower.StartsWith("von ", StringComparison.Ordinal)))
            {
                return RemovalReasons.Byline;
            }

            if (hints.IsAuthorLine(block.Text))
            {
                return RemovalReasons.Byline;
            }
        }

        if (!linksAreContent && block.LinkDensity > 0.5 && block.Chars < 400)
        {
            return block.Kind == ParagraphKind.ListItem ? RemovalReasons.Related : RemovalReasons.Navigation;
        }

        return null;
    }

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                words++;
            }

            inWord = !isSpace;
        }

        return words;
    }
}
