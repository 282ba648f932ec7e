using Newsdesk.Documents;

namespace Newsdesk.Extraction.Content;

/// <summary>
/// Drops blocks of the chosen content that are not article text, one block at a time:
/// 1. short interface phrases (<see cref="BoilerplatePhrases"/>);
/// 2. link-heavy blocks (more than half their text in links) when the content around them is prose, so link lists
///    stand out; on a listing page, where links are the content, they are kept;
/// 3. bylines ("By Jane Doe") and lines naming a known author;
/// 4. repeats of a block already kept (teasers, pull quotes printed twice);
/// 5. sections opened by a boilerplate intro ("Related", "Lesen Sie auch", "About the author"), up to the next
///    heading or block that is not mostly links (<see cref="SectionIntroPhrases"/>); credit lines and short datelines;
/// 6. calls to action after the article's last paragraph of prose (<see cref="TrailingPromoPhrases"/>);
/// 7. headings left at the end with no text after them ("Related posts", "Share this").
/// </summary>
internal static class BlockFilter
{
    /// <summary>Above this link density of the whole content, links are content (listings, link collections).</summary>
    private const double LinkContentDensity = 0.35;

    /// <summary>A boilerplate section lasts while its blocks are mostly links (headlines of other stories, tag
    /// lists); a block with fewer links is text again and ends it.</summary>
    private const double SectionLinkDensity = 0.5;

    /// <summary>The article's last paragraph of prose is the last body block with at least this many characters
    /// and few links; what follows it is where sites print their calls to action.</summary>
    private const int ProseParagraphChars = 150;

    private const double ProseLinkDensity = 0.3;

    public static List<TextBlock> Apply(List<TextBlock> blocks, ArticleMetadataHints hints, List<RemovedText> removed, string stage)
    {
        var totalChars = blocks.Sum(b => b.Chars);
        var totalLinks = blocks.Sum(b => b.LinkChars);
        var linksAreContent = totalChars > 0 && (double)totalLinks / totalChars > LinkContentDensity;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<TextBlock>(blocks.Count);
        string? sectionReason = null;
        foreach (var block in blocks)
        {
            var words = CountWords(block.Text);
            var lower = words <= BoilerplatePhrases.MaxWords ? block.Text.ToLowerInvariant() : "";
            if (sectionReason is not null && (block.Kind == ParagraphKind.Heading || block.LinkDensity <= SectionLinkDensity))
            {
                sectionReason = null;
            }

            if (SectionIntroPhrases.MatchIntro(lower, words) is { } intro)
            {
                sectionReason = intro;
            }

            var reason = sectionReason ?? Classify(block, words, lower, hints, linksAreContent);
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

        RemoveTrailingPromotion(kept, removed, stage);
        while (kept.Count > 0 && kept[^1].Kind == ParagraphKind.Heading)
        {
            removed.Add(new RemovedText(kept[^1].Text, RemovalReasons.Boilerplate, stage, 0.5));
            kept.RemoveAt(kept.Count - 1);
        }

        return kept;
    }

    private static void RemoveTrailingPromotion(List<TextBlock> kept, List<RemovedText> removed, string stage)
    {
        var lastProse = kept.FindLastIndex(b => b.Kind == ParagraphKind.Body && b.Chars >= ProseParagraphChars && b.LinkDensity < ProseLinkDensity);
        if (lastProse < 0)
        {
            return;
        }

        for (var i = kept.Count - 1; i > lastProse; i--)
        {
            if (TrailingPromoPhrases.Match(kept[i].Text, CountWords(kept[i].Text)) is { } reason)
            {
                removed.Add(new RemovedText(kept[i].Text, reason, stage, 0.6));
                kept.RemoveAt(i);
            }
        }
    }

    private static string? Classify(TextBlock block, int words, string lower, ArticleMetadataHints hints, bool linksAreContent)
    {
        if (words <= BoilerplatePhrases.MaxWords)
        {
            if (BoilerplatePhrases.Match(lower, words) is { } phraseReason)
            {
                return phraseReason;
            }

            if (block.Kind != ParagraphKind.Heading && SectionIntroPhrases.MatchCreditOrDateline(lower, words) is { } lineReason)
            {
                return lineReason;
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
