using System.Collections.Immutable;
using System.Text.Json;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Processing;
using Newsdesk.Serialization;
using Newsdesk.Text;

namespace Newsdesk.Core.Tests.Serialization;

public sealed class DocumentJsonTests
{
    private const string Text = "Kim Jong Un said: \"We will build.\" Biden spoke on Friday.\n\nSecond paragraph.";

    private static Document FullDocument()
    {
        var metadata = new ArticleMetadata
        {
            Url = "https://example.com/a?x=1",
            CanonicalUrl = "https://example.com/a",
            Title = "Kim \"speaks\" — at length",
            Authors = ["Jane Doe", "John Roe"],
            Date = new NewsDate(new DateOnly(2021, 1, 8), new TimeOnly(10, 30), TimeSpan.FromHours(9)),
            CrawlDate = new DateTimeOffset(2021, 1, 9, 4, 5, 6, TimeSpan.Zero),
            Site = "Example News",
            Language = "en",
            Description = "A description.",
            Image = "https://example.com/a.jpg",
            Section = "World",
            Keywords = ["korea", "politics"],
            Extra = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
            {
                ["score"] = "42",
                ["tags"] = "[\"a\",\"b\"]",
                ["nested"] = "{\"k\":null}",
            }),
        };
        return new Document
        {
            Id = "doc-1",
            Source = new RawDocument { Id = "doc-1", Origin = "in.jsonl:3", Kind = ContentKind.Text, Content = Text, Metadata = metadata },
            Layers = Layers.Source | Layers.Text | Layers.Sentences | Layers.Entities | Layers.Quotes | Layers.Times,
            Text = Text,
            Metadata = metadata,
            Paragraphs = [new Paragraph(new TextSpan(0, 57)), new Paragraph(new TextSpan(59, 76), ParagraphKind.Heading)],
            Removed = [new RemovedText("Something went wrong.", RemovalReasons.UiMessage, "clean"), new RemovedText("Photo: AP", RemovalReasons.Credit, "clean", 0.75)],
            Captions = ["Kim at the congress. Photo: KCNA"],
            Sentences = [new TextSpan(0, 34), new TextSpan(35, 57), new TextSpan(59, 76)],
            Entities =
            [
                new Entity("e1", EntityType.Person, "Kim Jong Un", [new TextSpan(0, 11)]),
                new Entity("e2", EntityType.Person, "Joe Biden", [new TextSpan(35, 40)]),
                new Entity("e3", EntityType.Location, "Pyongyang", []),
            ],
            Quotes =
            [
                new Quote(new TextSpan(19, 33), true, new TextSpan(12, 16), new QuoteSpeaker(new TextSpan(0, 11), "e1"), "e3",
                    [new TextSpan(19, 25), new TextSpan(26, 33)]),
                new Quote(new TextSpan(35, 57), false, null, new QuoteSpeaker(new TextSpan(35, 40), null)),
                new Quote(new TextSpan(59, 76), false, null, null),
            ],
            Times = [new TimeExpression(new TextSpan(50, 56), TimeType.Date, "2021-01-08"), new TimeExpression(new TextSpan(0, 3), TimeType.Duration, "P2Y")],
            Diagnostics = [Diagnostic.Warning(DiagnosticCodes.InvalidUtf8, "jsonl", "in.jsonl:3", "replaced \"bytes\"")],
        };
    }

    [Fact]
    public void DocumentJson_RoundTripsMetadata()
    {
        var original = FullDocument().Metadata;

        var read = DocumentJson.Read(DocumentJson.Serialize(FullDocument())).Metadata;

        Assert.Equal(original.Url, read.Url);
        Assert.Equal(original.CanonicalUrl, read.CanonicalUrl);
        Assert.Equal(original.Title, read.Title);
        Assert.Equal(original.Authors.ToArray(), read.Authors.ToArray());
        Assert.Equal(original.Date, read.Date);
        Assert.Equal(original.CrawlDate, read.CrawlDate);
        Assert.Equal(original.Site, read.Site);
        Assert.Equal(original.Language, read.Language);
        Assert.Equal(original.Description, read.Description);
        Assert.Equal(original.Image, read.Image);
        Assert.Equal(original.Section, read.Section);
        Assert.Equal(original.Keywords.ToArray(), read.Keywords.ToArray());
        Assert.Equal(original.Extra, read.Extra);
    }

    [Fact]
    public void DocumentJson_RoundTripsTextParagraphsRemovedAndCaptions()
    {
        var original = FullDocument();

        var read = DocumentJson.Read(DocumentJson.Serialize(original));

        Assert.Equal(original.Id, read.Id);
        Assert.Equal(original.Text, read.Text);
        Assert.Equal(original.Paragraphs.ToArray(), read.Paragraphs.ToArray());
        Assert.Equal(original.Removed.ToArray(), read.Removed.ToArray());
        Assert.Equal(original.Captions.ToArray(), read.Captions.ToArray());
    }

    [Fact]
    public void DocumentJson_RoundTripsSentencesEntitiesQuotesAndTimes()
    {
        var original = FullDocument();

        var read = DocumentJson.Read(DocumentJson.Serialize(original));

        Assert.Equal(original.Sentences.ToArray(), read.Sentences.ToArray());
        Assert.Equal(original.Entities.Length, read.Entities.Length);
        foreach (var (expected, actual) in original.Entities.Zip(read.Entities))
        {
            Assert.Equal((expected.Id, expected.Type, expected.Name), (actual.Id, actual.Type, actual.Name));
            Assert.Equal(expected.Mentions.ToArray(), actual.Mentions.ToArray());
        }

        Assert.Equal(original.Quotes.Length, read.Quotes.Length);
        foreach (var (expected, actual) in original.Quotes.Zip(read.Quotes))
        {
            Assert.Equal((expected.Content, expected.Direct, expected.Cue, expected.Speaker, expected.SourceEntityId),
                (actual.Content, actual.Direct, actual.Cue, actual.Speaker, actual.SourceEntityId));
            Assert.Equal(expected.Parts.IsDefault ? [] : expected.Parts.ToArray(), actual.Parts.ToArray());
        }

        Assert.Equal(original.Times.ToArray(), read.Times.ToArray());
    }

    [Fact]
    public void DocumentJson_RoundTripsDiagnosticsAndLayers()
    {
        var original = FullDocument();

        var read = DocumentJson.Read(DocumentJson.Serialize(original));

        Assert.Equal(original.Diagnostics.ToArray(), read.Diagnostics.ToArray());
        Assert.Equal(original.Layers, read.Layers);
    }

    [Fact]
    public void DocumentJson_WritesOneLineWithTheContractsKeys()
    {
        var json = DocumentJson.Serialize(FullDocument());

        Assert.DoesNotContain('\n', json);
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal("2021-01-08T10:30+09:00", root.GetProperty("date").GetString());
        Assert.Equal("PER", root.GetProperty("entities")[0].GetProperty("type").GetString());
        Assert.Equal("e1", root.GetProperty("quotes")[0].GetProperty("speaker").GetProperty("entity").GetString());
        Assert.Equal("DATE", root.GetProperty("times")[0].GetProperty("type").GetString());
        Assert.Equal("heading", root.GetProperty("paragraphs")[1].GetProperty("kind").GetString());
        Assert.Equal("warning", root.GetProperty("diagnostics")[0].GetProperty("severity").GetString());
        Assert.Equal(42, root.GetProperty("extra").GetProperty("score").GetInt32());
    }

    [Fact]
    public void DocumentJson_LeavesOutLayersThePipelineDidNotProduce()
    {
        var document = FullDocument() with { Layers = Layers.Source | Layers.Text };

        using var parsed = JsonDocument.Parse(DocumentJson.Serialize(document));

        var root = parsed.RootElement;
        Assert.True(root.TryGetProperty("paragraphs", out _));
        Assert.False(root.TryGetProperty("sentences", out _));
        Assert.False(root.TryGetProperty("entities", out _));
        Assert.False(root.TryGetProperty("quotes", out _));
        Assert.False(root.TryGetProperty("times", out _));
    }

    [Fact]
    public void DocumentJson_LeavesOutMetadataTheSourceDoesNotGive()
    {
        var document = new Document
        {
            Id = "bare",
            Source = new RawDocument { Id = "bare", Origin = "bare.txt", Kind = ContentKind.Text, Content = "x" },
            Layers = Layers.Source | Layers.Text,
            Text = "x",
        };

        using var parsed = JsonDocument.Parse(DocumentJson.Serialize(document));

        Assert.Equal(["id", "text", "paragraphs", "removed", "diagnostics"], parsed.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void DocumentJson_CanLeaveOutTheText()
    {
        using var parsed = JsonDocument.Parse(DocumentJson.Serialize(FullDocument(), includeText: false));

        Assert.False(parsed.RootElement.TryGetProperty("text", out _));
        Assert.True(parsed.RootElement.TryGetProperty("paragraphs", out _));
    }

    [Fact]
    public void DocumentJson_LetsTheCallerAddProperties()
    {
        var json = DocumentJson.Serialize(FullDocument(), writeMore: writer => writer.WriteString("storedAt", "now"));

        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("now", parsed.RootElement.GetProperty("storedAt").GetString());
    }

    [Fact]
    public void DocumentJson_KeepsNonAsciiTextReadable()
    {
        var document = FullDocument() with { Text = "Ünïcödé “quotes” 😀 <b>&amp;</b>" };

        var json = DocumentJson.Serialize(document);

        // Letters, typographic quotes and markup stay as written; only what JSON requires is escaped.
        Assert.Contains("Ünïcödé “quotes”", json, StringComparison.Ordinal);
        Assert.Contains("<b>&amp;</b>", json, StringComparison.Ordinal);
        Assert.Equal(document.Text, DocumentJson.Read(json).Text);
    }

    [Fact]
    public void DocumentJson_ReadThrowsJsonExceptionOnMalformedInput()
    {
        Assert.ThrowsAny<JsonException>(() => DocumentJson.Read("{\"id\": "));
    }
}
