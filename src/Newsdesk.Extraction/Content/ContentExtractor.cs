using System.Collections.Immutable;
using System.Text;
using Newsdesk.Documents;
using Newsdesk.Extraction.Html;
using Newsdesk.Text;

namespace Newsdesk.Extraction.Content;

/// <summary>
/// Finds a page's main content. The signals, in the order they are combined:
/// 1. visibility: hidden markup and non-text elements never enter the tree (<see cref="ContentTreeBuilder"/>);
/// 2. what the markup says a block is: semantic elements, roles, class/id vocabularies (<see cref="BoilerplatePruner"/>);
/// 3. where the prose is: paragraph scores with text and link density, summed up the tree (<see cref="ContentScorer"/>);
/// 4. declared structure: a single <c>itemprop=articleBody</c> element replaces the scored choice when their sizes
///    agree; JSON-LD <c>articleBody</c> replaces the DOM text when the DOM yields far less (pages rendered by script);
/// 5. per block: interface phrases, link lists, bylines, repeats (<see cref="BlockFilter"/>);
/// 6. fallback: when the chosen container holds almost nothing, the whole page goes through the block filter.
/// Thread-safe: all state is per call.
/// </summary>
public sealed class ContentExtractor(HtmlExtractionOptions options)
{
    public const string StageName = "extract";

    /// <summary>Below this many characters a chosen container is treated as a failed choice.</summary>
    private const int MinContentChars = 200;

    /// <summary>Removed text kept per item for the audit trail.</summary>
    private const int MaxRemovedChars = 2000;

    public ContentResult Extract(HtmlPage page, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(metadata);
        var rootElement = page.Document.Body ?? page.Document.DocumentElement;
        var builder = new ContentTreeBuilder(options.MaxDepth);
        var root = builder.Build(rootElement);
        if (root.Chars < MinContentChars)
        {
            // Pages rendered by script (React streaming, "hidden until loaded") keep their text in hidden elements:
            // when nothing visible is left, what is hidden is what a reader would see.
            var withHidden = new ContentTreeBuilder(options.MaxDepth, includeHidden: true);
            var hiddenRoot = withHidden.Build(rootElement);
            if (hiddenRoot.Chars > root.Chars * 2)
            {
                (builder, root) = (withHidden, hiddenRoot);
            }
        }

        var pruner = new BoilerplatePruner(options.IncludeComments);
        pruner.Prune(root);

        var candidates = ContentScorer.Score(root);
        var top = ContentScorer.SelectTop(candidates, root);
        var strategy = "scored";
        List<ContentNode> selected = top is null ? [root] : ContentScorer.ExpandToCover(top, ContentScorer.SelectSiblings(top), root);
        if (top is not null && DeclaredBody(root, top) is { } declared)
        {
            selected = [declared];
            strategy = "itemprop-articleBody";
        }

        var selectedChars = selected.Sum(n => n.Chars);
        if (top is null || (selectedChars < MinContentChars && root.Chars > selectedChars * 2))
        {
            selected = [root];
            strategy = "whole-page";
        }

        var removed = new List<RemovedText>();
        var captions = new List<string>();
        foreach (var node in pruner.Removed)
        {
            var text = BlockWriter.TextOf(node, MaxRemovedChars);
            if (text.Length == 0)
            {
                continue;
            }

            if (node.Removal is RemovalReasons.Caption or RemovalReasons.Credit)
            {
                captions.Add(text);
            }
            else
            {
                removed.Add(new RemovedText(text, node.Removal!, StageName, node.RemovalConfidence));
            }
        }

        var writer = new BlockWriter();
        foreach (var node in selected)
        {
            writer.Write(node);
        }

        writer.Flush();
        var blocks = BlockFilter.Apply(writer.Blocks, new ArticleMetadataHints(metadata), removed, StageName);

        var structured = StructuredBodyReader.Find(page.JsonLd);
        if (structured is { Length: >= 500 } && blocks.Sum(b => b.Chars) * 3 < CountChars(structured))
        {
            blocks = [.. SplitParagraphs(structured)];
            strategy = "json-ld-articleBody";
        }

        return Assemble(blocks, removed, captions, strategy, builder.DepthLimitHit);
    }

    /// <summary>The one element declared as the article body, when its size agrees with the scored choice: at least
    /// half of it and at most three times it (a declaration wrapping the whole page, or a teaser, is a lie).</summary>
    private static ContentNode? DeclaredBody(ContentNode root, ContentNode top)
    {
        ContentNode? found = null;
        var count = 0;
        Find(root);
        if (count != 1 || found is null || found.Chars < MinContentChars)
        {
            return null;
        }

        return found.Chars * 2 >= top.Chars && found.Chars <= top.Chars * 3 ? found : null;

        void Find(ContentNode node)
        {
            if (node.Children is null || count > 1)
            {
                return;
            }

            foreach (var child in node.Children)
            {
                if (child.IsText || child.Removal is not null)
                {
                    continue;
                }

                var element = child.Element!;
                if (element.HasAttributes() && element.GetAttribute("itemprop") is { } itemprop &&
                    itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
                {
                    found = child;
                    count++;
                    continue;
                }

                Find(child);
            }
        }
    }

    private static IEnumerable<TextBlock> SplitParagraphs(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (trimmed.Length > 0)
            {
                yield return new TextBlock(trimmed, ParagraphKind.Body, CountChars(trimmed), 0);
            }
        }
    }

    private static int CountChars(string text) => text.Count(c => !char.IsWhiteSpace(c));

    private static ContentResult Assemble(List<TextBlock> blocks, List<RemovedText> removed, List<string> captions, string strategy, bool depthLimitHit)
    {
        var text = new StringBuilder();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>(blocks.Count);
        foreach (var block in blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            var start = text.Length;
            text.Append(block.Text);
            paragraphs.Add(new Paragraph(new TextSpan(start, text.Length), block.Kind));
        }

        return new ContentResult(text.ToString(), paragraphs.ToImmutable(), [.. removed], [.. captions], strategy, depthLimitHit);
    }
}
