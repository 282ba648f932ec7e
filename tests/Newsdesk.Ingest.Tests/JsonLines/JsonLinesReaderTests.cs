using System.Text;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Ingest.JsonLines;

namespace Newsdesk.Ingest.Tests.JsonLines;

public sealed class JsonLinesReaderTests
{
    private static List<RawDocument> Read(string content, ReaderOptions? options = null) =>
        Read(Encoding.UTF8.GetBytes(content), options);

    private static List<RawDocument> Read(byte[] content, ReaderOptions? options = null) =>
        [.. new JsonLinesReader().Read(new InputFile("in/news.jsonl", "news.jsonl"), new MemoryStream(content), options ?? ReaderOptions.Default, CancellationToken.None)];

    private static Diagnostic OnlyError(RawDocument document) =>
        Assert.Single(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

    [Fact]
    public void JsonLinesReader_MapsTheKnownFields()
    {
        var document = Assert.Single(Read("""
            {"id":"a1","text":"Body.","url":"https://example.com/a","title":" Title ","date":"2021-01-08","authors":["Jane Doe",""," John Roe "],"site":"Example","language":"en"}
            """));

        Assert.Equal("a1", document.Id);
        Assert.Equal("in/news.jsonl:1", document.Origin);
        Assert.Equal(ContentKind.Text, document.Kind);
        Assert.Equal("Body.", document.Content);
        Assert.Equal("https://example.com/a", document.Metadata.Url);
        Assert.Equal("Title", document.Metadata.Title);
        Assert.Equal("2021-01-08", document.Metadata.Date?.ToString());
        Assert.Equal(["Jane Doe", "John Roe"], document.Metadata.Authors.ToArray());
        Assert.Equal("Example", document.Metadata.Site);
        Assert.Equal("en", document.Metadata.Language);
        Assert.Empty(document.Metadata.Extra);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void JsonLinesReader_AcceptsASingleAuthorString()
    {
        var document = Assert.Single(Read("""{"id":"a","text":"x","authors":"Jane Doe"}"""));

        Assert.Equal(["Jane Doe"], document.Metadata.Authors.ToArray());
    }

    [Fact]
    public void JsonLinesReader_ReadsWrittenDates()
    {
        var document = Assert.Single(Read("""{"id":"a","text":"x","date":"January 8, 2021"}"""));

        Assert.Equal("2021-01-08", document.Metadata.Date?.ToString());
    }

    [Fact]
    public void JsonLinesReader_KeepsUnknownFieldsVerbatimInExtra()
    {
        var document = Assert.Single(Read("""{"id":"a","text":"x","score":4.50,"tags":["a","b"],"meta":{"k":null},"flag":true}"""));

        Assert.Equal("4.50", document.Metadata.Extra["score"]);
        Assert.Equal("[\"a\",\"b\"]", document.Metadata.Extra["tags"]);
        Assert.Equal("{\"k\":null}", document.Metadata.Extra["meta"]);
        Assert.Equal("true", document.Metadata.Extra["flag"]);
    }

    [Fact]
    public void JsonLinesReader_WarnsAboutAnUnparsableDateAndKeepsItInExtra()
    {
        var document = Assert.Single(Read("""{"id":"a","text":"x","date":"last Tuesday"}"""));

        Assert.Null(document.Metadata.Date);
        Assert.Equal("\"last Tuesday\"", document.Metadata.Extra["date"]);
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnparsedDate, warning.Code);
        Assert.Equal("in/news.jsonl:1", warning.Location);
    }

    [Fact]
    public void JsonLinesReader_AcceptsANumericId()
    {
        var document = Assert.Single(Read("""{"id":12345,"text":"x"}"""));

        Assert.Equal("12345", document.Id);
    }

    [Theory]
    [InlineData("""{"text":"x"}""")]
    [InlineData("""{"id":"","text":"x"}""")]
    [InlineData("""{"id":null,"text":"x"}""")]
    [InlineData("""{"id":["a"],"text":"x"}""")]
    public void JsonLinesReader_GivesARecordWithoutIdItsFileAndLine(string line)
    {
        var documents = Read("""{"id":"first","text":"x"}""" + "\n" + line + "\n");

        Assert.Equal("news.jsonl:2", documents[1].Id);
        Assert.Empty(documents[1].Diagnostics);
    }

    [Fact]
    public void JsonLinesReader_ReportsAMalformedLineAsFileAndLineAndReadsOn()
    {
        var documents = Read("""
            {"id":"a","text":"one"}
            {"id":"b","text":"two"
            {"id":"c","text":"three"}
            """);

        Assert.Equal(3, documents.Count);
        Assert.Equal("one", documents[0].Content);
        var error = OnlyError(documents[1]);
        Assert.Equal(DiagnosticCodes.MalformedJson, error.Code);
        Assert.Equal("in/news.jsonl:2", error.Location);
        Assert.Null(documents[1].Content);
        Assert.Equal("c", documents[2].Id);
        Assert.Equal("three", documents[2].Content);
    }

    [Theory]
    [InlineData("[1,2,3]", "array")]
    [InlineData("\"just a string\"", "string")]
    [InlineData("42", "number")]
    [InlineData("null", "null")]
    public void JsonLinesReader_RefusesALineThatIsNotAnObject(string line, string kind)
    {
        var document = Assert.Single(Read(line));

        var error = OnlyError(document);
        Assert.Equal(DiagnosticCodes.InvalidRecord, error.Code);
        Assert.Contains(kind, error.Message, StringComparison.Ordinal);
        Assert.Equal("news.jsonl:1", document.Id);
    }

    [Theory]
    [InlineData("""{"id":"a","title":"No body"}""")]
    [InlineData("""{"id":"a","text":42}""")]
    [InlineData("""{"id":"a","text":null,"html":null}""")]
    public void JsonLinesReader_RefusesARecordWithoutTextOrHtml(string line)
    {
        var document = Assert.Single(Read(line));

        var error = OnlyError(document);
        Assert.Equal(DiagnosticCodes.InvalidRecord, error.Code);
        Assert.Equal("in/news.jsonl:1", error.Location);
        Assert.Equal("a", document.Id);
    }

    [Fact]
    public void JsonLinesReader_ReadsHtmlRecordsAsHtml()
    {
        var document = Assert.Single(Read("""{"id":"a","html":"<p>Body</p>"}"""));

        Assert.Equal(ContentKind.Html, document.Kind);
        Assert.Equal("<p>Body</p>", document.Content);
    }

    [Fact]
    public void JsonLinesReader_PrefersHtmlOverTextWhenBothAreGiven()
    {
        var document = Assert.Single(Read("""{"id":"a","text":"plain","html":"<p>rich</p>"}"""));

        Assert.Equal(ContentKind.Html, document.Kind);
        Assert.Equal("<p>rich</p>", document.Content);
    }

    [Fact]
    public void JsonLinesReader_ReplacesInvalidUtf8AndWarns()
    {
        byte[] line = [.. """{"id":"a","text":"Caf"""u8, 0xE9, .. """ au lait"}"""u8];

        var document = Assert.Single(Read(line));

        Assert.Equal("Caf\uFFFD au lait", document.Content);
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("in/news.jsonl:1", warning.Location);
    }

    [Fact]
    public void JsonLinesReader_RefusesALineOverTheRecordLimitAndReadsTheNext()
    {
        var longLine = $$"""{"id":"big","text":"{{new string('x', 500)}}"}""";
        var options = ReaderOptions.Default with { MaxRecordBytes = 100 };

        var documents = Read(longLine + "\n" + """{"id":"small","text":"fits"}""" + "\n", options);

        Assert.Equal(2, documents.Count);
        var error = OnlyError(documents[0]);
        Assert.Equal(DiagnosticCodes.InputTooLarge, error.Code);
        Assert.Equal("in/news.jsonl:1", error.Location);
        Assert.Equal("small", documents[1].Id);
        Assert.Equal("fits", documents[1].Content);
    }

    [Fact]
    public void JsonLinesReader_RefusesALastLineOverTheRecordLimit()
    {
        var options = ReaderOptions.Default with { MaxRecordBytes = 100 };

        var documents = Read("""{"id":"small","text":"fits"}""" + "\n" + $$"""{"id":"big","text":"{{new string('x', 500)}}"}""", options);

        Assert.Equal(2, documents.Count);
        Assert.Equal(DiagnosticCodes.InputTooLarge, OnlyError(documents[1]).Code);
        Assert.Equal("in/news.jsonl:2", OnlyError(documents[1]).Location);
    }

    [Fact]
    public void JsonLinesReader_RefusesALineLongerThanItsReadBufferAndReadsTheNext()
    {
        // 200 KB: longer than the reader's first buffer, so the line is dropped while it is still being read.
        var longLine = $$"""{"id":"big","text":"{{new string('x', 200_000)}}"}""";
        var options = ReaderOptions.Default with { MaxRecordBytes = 1000 };

        var documents = Read(longLine + "\n" + """{"id":"small","text":"fits"}""", options);

        Assert.Equal(DiagnosticCodes.InputTooLarge, OnlyError(documents[0]).Code);
        Assert.Equal("small", documents[1].Id);
        Assert.Equal(2, documents.Count);
    }

    [Fact]
    public void JsonLinesReader_ReadsLinesLongerThanItsBufferWithinTheLimit()
    {
        var text = new string('y', 300_000);

        var document = Assert.Single(Read($$"""{"id":"long","text":"{{text}}"}"""));

        Assert.Equal(text, document.Content);
    }

    [Fact]
    public void JsonLinesReader_SkipsBlankLinesAndKeepsLineNumbers()
    {
        var documents = Read("\n   \r\n" + """{"text":"x"}""" + "\r\n\n" + """{"text":"y"}""");

        Assert.Equal(["news.jsonl:3", "news.jsonl:5"], documents.Select(d => d.Id));
    }
}
