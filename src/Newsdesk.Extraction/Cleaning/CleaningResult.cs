using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Newsdesk.Documents;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>What <see cref="TextCleaner"/> made of a text: every unit with its decision, and the cleaned text.</summary>
/// <param name="Units">Every unit of the input in order, kept or removed.</param>
/// <param name="Text">The kept units: lines of one source paragraph joined by <c>\n</c>, paragraphs by <c>\n\n</c>.</param>
/// <param name="Paragraphs">The paragraphs of <see cref="Text"/>; their spans index it.</param>
public sealed record CleaningResult(ImmutableArray<CleanedUnit> Units, string Text, ImmutableArray<Paragraph> Paragraphs)
{
    /// <summary>The removed units as <see cref="RemovedText"/> records of <paramref name="stage"/>, in text order.</summary>
    public ImmutableArray<RemovedText> Removed(string stage) =>
        [.. Units.Where(u => !u.IsKept).Select(u => new RemovedText(u.Unit.Text, u.Reason!, stage, Math.Round(u.Confidence, 3)))];

    /// <summary>
    /// The whole input with every removal marked in place, for people checking the cleaner: a removed line is written
    /// <c>[removed caption 0.90] text</c>; paragraphs are separated by blank lines as in <see cref="Text"/>.
    /// </summary>
    public string MarkedText()
    {
        var builder = new StringBuilder();
        var block = -1;
        foreach (var unit in Units)
        {
            if (builder.Length > 0)
            {
                builder.Append(unit.Unit.Block == block ? "\n" : "\n\n");
            }

            block = unit.Unit.Block;
            if (!unit.IsKept)
            {
                builder.Append(CultureInfo.InvariantCulture, $"[removed {unit.Reason} {unit.Confidence:F2}] ");
            }

            builder.Append(unit.Unit.Text);
        }

        return builder.ToString();
    }
}
