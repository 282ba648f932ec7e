using System.Collections.Immutable;
using Newsdesk.Documents;

namespace Newsdesk.Text;

/// <summary>
/// Finds the paragraphs of plain text without changing it: blocks separated by blank lines, or single lines when
/// the text has no blank line at all (one paragraph per line is how many scrapers write). Each paragraph's span
/// excludes the whitespace around it. Accepts <c>\n</c>, <c>\r\n</c> and <c>\r</c> line ends.
/// </summary>
public static class ParagraphSplitter
{
    public static ImmutableArray<Paragraph> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Lines(text);
        var hasBlankLine = false;
        var seenText = false;
        var pendingBlank = false;
        foreach (var line in lines)
        {
            if (line.Slice(text).IsWhiteSpace())
            {
                pendingBlank = seenText;
            }
            else
            {
                if (pendingBlank)
                {
                    hasBlankLine = true;
                    break;
                }

                seenText = true;
            }
        }

        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        int? blockStart = null;
        var blockEnd = 0;
        foreach (var line in lines)
        {
            var content = Trim(text, line);
            if (content.IsEmpty)
            {
                Flush();
                continue;
            }

            if (!hasBlankLine)
            {
                paragraphs.Add(new Paragraph(content));
                continue;
            }

            blockStart ??= content.Start;
            blockEnd = content.End;
        }

        Flush();
        return paragraphs.ToImmutable();

        void Flush()
        {
            if (blockStart is { } start)
            {
                paragraphs.Add(new Paragraph(new TextSpan(start, blockEnd)));
                blockStart = null;
            }
        }
    }

    /// <summary>The spans of the lines of <paramref name="text"/>, without their line ends.</summary>
    public static List<TextSpan> Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<TextSpan>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                lines.Add(new TextSpan(start, i));
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                start = i;
            }
            else
            {
                i++;
            }
        }

        if (start < text.Length)
        {
            lines.Add(new TextSpan(start, text.Length));
        }

        return lines;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
