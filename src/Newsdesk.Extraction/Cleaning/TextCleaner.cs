using System.Collections.Immutable;
using System.Text;
using Newsdesk.Documents;
using Newsdesk.Extraction.Cleaning.Features;
using Newsdesk.Text;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// Keeps the article in scraped text and removes the rest, saying why. Steps:
/// <list type="number">
/// <item>Split the paragraphs into units (lines), normalised, with wrapped lines rejoined (<see cref="UnitSegmenter"/>).</item>
/// <item>Measure each unit's form and vocabulary matches, its repeats in the document and in the corpus index.</item>
/// <item>Remove what a high-precision rule catches (<see cref="RemovalRules"/>), with the rule's reason.</item>
/// <item>Score the rest with the classifier (<see cref="Model.CleanerModel"/>: a look at each unit, then a second look
/// at it among the first look's verdicts on its neighbours and document) and remove units whose chance of being noise
/// reaches <see cref="CleaningOptions.Threshold"/>, with a reason read from the unit
/// (<see cref="RemovalRules.ReasonFor"/>).</item>
/// <item>Join the kept units back into paragraphs.</item>
/// </list>
/// Immutable and thread-safe.
/// </summary>
public sealed class TextCleaner(CleaningOptions options)
{
    public CleaningOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Cleans <paramref name="text"/>, whose blocks are <paramref name="paragraphs"/> (split from the text when
    /// empty); <paramref name="site"/> is the document's site or host for the corpus index, null when unknown.</summary>
    public CleaningResult Clean(string text, ImmutableArray<Paragraph> paragraphs, string? site = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = UnitSegmenter.Segment(text, paragraphs);
        var decided = Decide(units, site);
        return Assemble(decided);
    }

    private ImmutableArray<CleanedUnit> Decide(List<CleaningUnit> units, string? site)
    {
        var profiles = UnitFeatures.Profile(units, Options.Index);
        var model = Options.Model;
        var article = model is null ? null : model.PredictArticle(profiles, UnitFeatures.Compute(units, profiles));
        var threshold = Options.Threshold;
        var decided = ImmutableArray.CreateBuilder<CleanedUnit>(units.Count);
        var ruled = new bool[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            var rule = RemovalRules.Judge(i, units, profiles, Options.Index, site);
            if (rule is { } verdict && verdict.Confidence >= threshold)
            {
                ruled[i] = true;
                decided.Add(new CleanedUnit(units[i], verdict.Reason, verdict.Confidence));
                continue;
            }

            // The first copy of a paragraph the duplicate rule removes later stays: repetition says one copy is
            // surplus, not that the text is noise.
            if (article is not null && !IsRepeatedLater(profiles[i], i))
            {
                var noise = 1.0 - article[i];
                if (noise >= threshold)
                {
                    decided.Add(new CleanedUnit(units[i], RemovalRules.ReasonFor(profiles[i]), noise));
                    continue;
                }

                decided.Add(new CleanedUnit(units[i], null, noise));
                continue;
            }

            decided.Add(new CleanedUnit(units[i], null, rule?.Confidence ?? 0));
        }

        return KeepsSomething(decided) ? decided.MoveToImmutable() : UndoModelRemovals(decided, ruled);
    }

    private static bool KeepsSomething(ImmutableArray<CleanedUnit>.Builder decided)
    {
        foreach (var unit in decided)
        {
            if (unit.IsKept && !string.IsNullOrWhiteSpace(unit.Unit.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The classifier would leave nothing of the document. An article made only of noise is much rarer than a text the
    /// classifier is out of its depth on (a news brief of three short lines, a page unlike those it learnt from), so
    /// its removals are undone and only the rules' stand: they are high-precision on their own. When the rules alone
    /// remove everything, <see cref="CleaningStage"/> keeps the text as read and says so.
    /// </summary>
    private static ImmutableArray<CleanedUnit> UndoModelRemovals(ImmutableArray<CleanedUnit>.Builder decided, bool[] ruled)
    {
        for (var i = 0; i < decided.Count; i++)
        {
            if (!decided[i].IsKept && !ruled[i])
            {
                decided[i] = decided[i] with { Reason = null };
            }
        }

        return decided.MoveToImmutable();
    }

    private static bool IsRepeatedLater(UnitProfile profile, int at) =>
        profile.FirstIndex == at && profile.Repeats > 1 && profile.Shape.Words >= RemovalRules.DuplicateMinWords;

    private static CleaningResult Assemble(ImmutableArray<CleanedUnit> units)
    {
        var text = new StringBuilder();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var block = -1;
        var start = 0;
        var kind = ParagraphKind.Body;
        var lines = 0;
        foreach (var cleaned in units)
        {
            if (!cleaned.IsKept)
            {
                continue;
            }

            var unit = cleaned.Unit;
            if (unit.Block == block)
            {
                text.Append('\n');
                lines++;
            }
            else
            {
                Flush();
                if (text.Length > 0)
                {
                    text.Append("\n\n");
                }

                block = unit.Block;
                start = text.Length;
                kind = unit.Kind;
                lines = 1;
            }

            text.Append(unit.Text);
        }

        Flush();
        return new CleaningResult(units, text.ToString(), paragraphs.ToImmutable());

        void Flush()
        {
            if (lines > 0)
            {
                // A block of several lines keeps its source kind; one bulleted line is a list item.
                paragraphs.Add(new Paragraph(new TextSpan(start, text.Length), lines == 1 ? kind : KindOfBlock(kind)));
            }
        }
    }

    private static ParagraphKind KindOfBlock(ParagraphKind firstLineKind) =>
        firstLineKind == ParagraphKind.ListItem ? ParagraphKind.ListItem : firstLineKind;
}
