using System.Text;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Ingest.Text;
using Newsdesk.Processing;
using Newsdesk.TestSupport;

namespace Newsdesk.Ingest.Tests.Text;

public sealed class PlainTextReaderTests
{
    private const string Seed = "examples/000_1104825eb2e4906b.txt";

    [Fact]
    public void PlainTextReader_MovesTheDateLineIntoMetadata()
    {
        var document = PlainTextReader.FromText("a.txt", "a.txt", "Date: 2021-01-08\nFirst.\n\nSecond.");

        Assert.Equal("2021-01-08", document.Metadata.Date?.ToString());
        Assert.Equal("First.\n\nSecond.", document.Content);
        Assert.Equal(ContentKind.Text, document.Kind);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void PlainTextReader_KeepsTheWholeTextWhenThereIsNoDateLine()
    {
        const string Text = "First.\n\nSecond.";

        var document = PlainTextReader.FromText("a.txt", "a.txt", Text);

        Assert.Null(document.Metadata.Date);
        Assert.Equal(Text, document.Content);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void PlainTextReader_WarnsAboutAnUnparsableDateAndKeepsTheText()
    {
        const string Text = "Date: the day after tomorrow\nFirst.";

        var document = PlainTextReader.FromText("a.txt", "dir/a.txt", Text);

        Assert.Null(document.Metadata.Date);
        Assert.Equal(Text, document.Content);
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnparsedDate, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("dir/a.txt:1", warning.Location);
    }

    [Fact]
    public void PlainTextReader_ReplacesInvalidUtf8AndWarns()
    {
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " au lait.\n"u8];

        var document = PlainTextReader.FromBytes("a.txt", "a.txt", bytes);

        Assert.Equal("Caf\uFFFD au lait.\n", document.Content);
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, warning.Code);
        Assert.Contains("byte 3", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainTextReader_DropsAUtf8ByteOrderMark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "date 2021-01-08\nText."u8];

        var document = PlainTextReader.FromBytes("a.txt", "a.txt", bytes);

        Assert.Equal("Text.", document.Content);
        Assert.Equal("2021-01-08", document.Metadata.Date?.ToString());
    }

    [Fact]
    public void PlainTextReader_DecodesUtf16WithAByteOrderMark()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Grüße aus Köln.")];

        var document = PlainTextReader.FromBytes("a.txt", "a.txt", bytes);

        Assert.Equal("Grüße aus Köln.", document.Content);
        Assert.Empty(document.Diagnostics);
    }

    [SharedDataFact(Seed)]
    public void PlainTextReader_ReadsTheSeedsDateAndParagraphs()
    {
        var path = SharedData.PathOf(Seed);

        var raw = PlainTextReader.FromBytes("seed", path, File.ReadAllBytes(path));
        var document = new PipelineBuilder().Add(new IntakeStage()).Build().Process(raw);

        Assert.Equal("2021-01-08", raw.Metadata.Date?.ToString());
        var paragraphs = document.ParagraphTexts().ToList();
        Assert.Equal("Something went wrong - please try again later.", paragraphs[0]);
        Assert.Equal(15, paragraphs.Count);
        Assert.Empty(document.Diagnostics);
    }
}
