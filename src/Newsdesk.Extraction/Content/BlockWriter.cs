using System.Text;
using Newsdesk.Documents;

namespace Newsdesk.Extraction.Content;

/// <summary>
/// Turns content subtrees into paragraphs by the block rule of ../shared/data/README.md: every block-level element
/// ends the current paragraph; whitespace inside a paragraph collapses to single spaces (except in <c>pre</c>);
/// <c>br</c> is a line break; table cells of a row are joined by a space. A paragraph takes the kind of its
/// innermost structural element: heading, list item, blockquote, else body. Removed subtrees are skipped.
/// </summary>
internal sealed class BlockWriter
{
    private readonly StringBuilder _current = new();
    private readonly Stack<ParagraphKind> _kinds = new();
    private int _chars;
    private int _linkChars;
    private int _preDepth;
    private bool _pendingSpace;

    public List<TextBlock> Blocks { get; } = [];

    /// <summary>The text of a subtree, even a removed one, paragraphs joined by a blank line and cut at
    /// <paramref name="maxChars"/> (with an ellipsis) so that the audit trail of a huge menu stays small.</summary>
    public static string TextOf(ContentNode node, int maxChars)
    {
        var writer = new BlockWriter();
        writer._kinds.Push(ParagraphKind.Body);
        writer.WriteChildren(node);
        writer.Flush();
        var text = string.Join("\n\n", writer.Blocks.Select(b => b.Text));
        return text.Length <= maxChars ? text : string.Concat(text.AsSpan(0, maxChars), "…");
    }

    public void Write(ContentNode node)
    {
        if (node.IsText)
        {
            AppendText(node);
            return;
        }

        if (node.Removal is not null)
        {
            return;
        }

        switch (node.Tag)
        {
            case "br":
                _current.Append('\n');
                _pendingSpace = false;
                return;
            case "td" or "th":
                _pendingSpace = _current.Length > 0;
                WriteChildren(node);
                _pendingSpace = _current.Length > 0;
                return;
        }

        if (!BlockTags.IsBlock(node.Tag))
        {
            WriteChildren(node);
            return;
        }

        Flush();
        _kinds.Push(KindOf(node.Tag));
        var isPre = node.Tag is "pre" or "xmp" or "listing" or "plaintext";
        if (isPre)
        {
            _preDepth++;
        }

        WriteChildren(node);
        Flush();
        if (isPre)
        {
            _preDepth--;
        }

        _kinds.Pop();
    }

    /// <summary>Ends the paragraph being written, if any.</summary>
    public void Flush()
    {
        _pendingSpace = false;
        if (_chars == 0)
        {
            _current.Clear();
            _linkChars = 0;
            return;
        }

        var text = Normalize(_current);
        if (text.Length > 0)
        {
            Blocks.Add(new TextBlock(text, _kinds.Count == 0 ? ParagraphKind.Body : _kinds.Peek(), _chars, _linkChars));
        }

        _current.Clear();
        _chars = 0;
        _linkChars = 0;
    }

    private void WriteChildren(ContentNode node)
    {
        if (node.Children is null)
        {
            return;
        }

        foreach (var child in node.Children)
        {
            Write(child);
        }
    }

    private ParagraphKind KindOf(string tag)
    {
        if (BlockTags.IsHeading(tag))
        {
            return ParagraphKind.Heading;
        }

        return tag switch
        {
            "li" or "dt" or "dd" => ParagraphKind.ListItem,
            "blockquote" => ParagraphKind.Blockquote,
            _ => _kinds.Count == 0 ? ParagraphKind.Body : _kinds.Peek(),
        };
    }

    private void AppendText(ContentNode node)
    {
        var text = node.Text!;
        _chars += node.Chars;
        _linkChars += node.LinkChars;
        if (_preDepth > 0)
        {
            _current.Append(text);
            return;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }

            if (_pendingSpace && _current.Length > 0 && _current[^1] != '\n')
            {
                _current.Append(' ');
            }

            _pendingSpace = false;
            _current.Append(c);
        }
    }

    /// <summary>Trims every line and drops empty ones.</summary>
    private static string Normalize(StringBuilder builder)
    {
        var text = builder.ToString();
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return text.Trim();
        }

        var lines = text.Split('\n');
        var kept = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                kept.Add(trimmed);
            }
        }

        return string.Join('\n', kept);
    }
}
