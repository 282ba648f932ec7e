using Newsdesk.Documents;
using Newsdesk.Extraction.Cleaning;
using Newsdesk.Ingest.Text;
using Newsdesk.Processing;
using Newsdesk.TestSupport;

namespace Newsdesk.Extraction.Tests.Cleaning;

/// <summary>The golden test on the seed article (../shared/examples; skipped when absent).</summary>
public class SeedGoldenTests
{
    private const string SeedPath = "examples/000_1104825eb2e4906b.txt";

    [SharedDataFact(SeedPath)]
    public void Seed_ErrorStringAndBothCaptionsRemovedEverythingElseKept()
    {
        var path = SharedData.PathOf(SeedPath);
        var raw = PlainTextReader.FromBytes("seed", path, File.ReadAllBytes(path));
        var pipeline = new PipelineBuilder().Add(new IntakeStage()).Add(new CleaningStage()).Build();
        var document = pipeline.Process(raw);

        Assert.Collection(document.Removed,
            r => Assert.Equal(("Something went wrong - please try again later.", RemovalReasons.UiMessage), (r.Text, r.Reason)),
            r => Assert.Equal((RemovalReasons.Caption, true), (r.Reason, r.Text.EndsWith("(Korean Central News Agency/Korea News Service via AP)", StringComparison.Ordinal))),
            r => Assert.Equal((RemovalReasons.Caption, true), (r.Reason, r.Text.EndsWith("(Korean Central News Agency/Korea News Service via AP)", StringComparison.Ordinal))));

        var removed = document.Removed.Select(r => r.Text).ToHashSet();
        var expected = ParagraphTexts(raw.Content!).Where(p => !removed.Contains(p)).ToList();
        Assert.Equal(12, expected.Count);
        Assert.Equal(expected, document.ParagraphTexts());
        Assert.Equal(string.Join("\n\n", expected), document.Text);
    }

    /// <summary>The source paragraphs with whitespace collapsed: the only change the cleaner may make to kept text.</summary>
    private static IEnumerable<string> ParagraphTexts(string text) =>
        text.Split("\n\n").Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(p => p.Length > 0);
}
