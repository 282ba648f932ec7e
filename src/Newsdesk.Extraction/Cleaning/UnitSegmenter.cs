using System.Collections.Immutable;
using Newsdesk.Documents;
using Newsdesk.Text;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// Splits a document's paragraphs into <see cref="CleaningUnit"/>s: each paragraph into its lines, each line
/// normalised by <see cref="LineNormalizer"/>, lines that a tool wrapped mid-sentence joined back together, and empty
/// lines dropped. Thread-safe.
/// </summary>
public static class UnitSegmenter
{
    /// <summary>Segments <paramref name="text"/>; when <paramref name="paragraphs"/> is empty the text is split into
    /// paragraphs first (blank lines, or one paragraph per line).</summary>
    public static List<CleaningUnit> Segment(string text, ImmutableArray<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (paragraphs.IsDefaultOrEmpty)
        {
            paragraphs = ParagraphSplitter.Split(text);
        }

        var units = new List<CleaningUnit>(paragraphs.Length + 8);
        var lines = new List<string>();
        for (var block = 0; block < paragraphs.Length; block++)
        {
            var paragraph = paragraphs[block];
            if (!paragraph.Span.FitsIn(text.Length))
            {
                continue;
            }

            lines.Clear();
            var content = paragraph.Span.Slice(text);
            foreach (var range in content.SplitAny('\n', '\r'))
            {
                var line = LineNormalizer.Normalize(content[range]);
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
            }

            foreach (var line in WrappedLineJoiner.Join(lines))
            {
                units.Add(new CleaningUnit(line, block, KindOf(line, paragraph.Kind)));
            }
        }

        return units;
    }

    private static ParagraphKind KindOf(string line, ParagraphKind sourceKind) =>
        sourceKind == ParagraphKind.Body && LineShape.StartsWithBullet(line) ? ParagraphKind.ListItem : sourceKind;
}
