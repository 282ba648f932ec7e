using System.IO.Compression;
using System.Text;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.TestSupport;
using static Newsdesk.Ingest.Tests.Inputs.InputReading;

namespace Newsdesk.Ingest.Tests.Inputs;

public sealed class InputReaderTests
{
    private const string Jsonl = "{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\"}\n";

    private static byte[] Gzip(string content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(content));
        }

        return buffer.ToArray();
    }

    [Fact]
    public async Task InputReader_ReadsATextFileAsOneArticleWithItsFileNameAsId()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("story.txt", "date 2021-01-08\nFirst.\n\nSecond.");

        var document = Assert.Single(await ReadAsync(path));

        Assert.Equal("story.txt", document.Id);
        Assert.Equal(path, document.Origin);
        Assert.Equal("First.\n\nSecond.", document.Content);
        Assert.Equal("2021-01-08", document.Metadata.Date?.ToString());
    }

    [Fact]
    public async Task InputReader_ReadsGzipTransparently()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("news.jsonl.gz", Gzip(Jsonl));

        var documents = await ReadAsync(path);

        Assert.Equal(["one", "two"], documents.Select(d => d.Content));
    }

    [Fact]
    public async Task InputReader_ReadsAGzippedTextFile()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("story.txt.gz", Gzip("Date: 2021-01-08\nBody of the story."));

        var document = Assert.Single(await ReadAsync(path));

        Assert.Equal("Body of the story.", document.Content);
        Assert.Equal("2021-01-08", document.Metadata.Date?.ToString());
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public async Task InputReader_DetectsGzipByItsMagicBytesWhateverTheName()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("download.bin", Gzip(Jsonl));

        var documents = await ReadAsync(path);

        Assert.Equal(["a", "b"], documents.Select(d => d.Id));
        Assert.All(documents, d => Assert.Empty(d.Diagnostics));
    }

    [Fact]
    public async Task InputReader_ReadsConcatenatedGzipMembers()
    {
        // WARC archives and `cat a.gz b.gz` are gzip members one after another; strict validation must accept them.
        using var folder = new TemporaryDirectory();
        var path = folder.Write("joined.jsonl.gz", [.. Gzip("{\"id\":\"a\",\"text\":\"one\"}\n"), .. Gzip("{\"id\":\"b\",\"text\":\"two\"}\n")]);

        var documents = await ReadAsync(path);

        Assert.Equal(["one", "two"], documents.Select(d => d.Content));
        Assert.All(documents, d => Assert.Empty(d.Diagnostics));
    }

    [Fact]
    public async Task InputReader_KeepsRecordsBeforeATruncatedGzipAndReportsCorruptCompression()
    {
        using var folder = new TemporaryDirectory();
        var lines = string.Concat(Enumerable.Range(0, 3000).Select(i => $"{{\"id\":\"r{i}\",\"text\":\"record {i} {Guid.NewGuid()}\"}}\n"));
        var whole = Gzip(lines);
        var path = folder.Write("cut.jsonl.gz", whole[..(whole.Length / 2)]);

        var documents = await ReadAsync(path);

        var last = documents[^1];
        Assert.Equal(DiagnosticCodes.CorruptCompression, OnlyError(last).Code);
        var good = documents[..^1];
        Assert.NotEmpty(good);
        Assert.All(good, d => Assert.Empty(d.Diagnostics));
        Assert.Equal(Enumerable.Range(0, good.Count).Select(i => $"r{i}"), good.Select(d => d.Id));
    }

    [Fact]
    public async Task InputReader_ReportsAGzipHeaderWithNothingAfterItAsCorrupt()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("cut.txt.gz", Gzip("Some text that will be lost.")[..12]);

        var document = Assert.Single(await ReadAsync(path));

        Assert.Equal(DiagnosticCodes.CorruptCompression, OnlyError(document).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\r\n\t")]
    public async Task InputReader_ReportsAnEmptyFile(string content)
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("empty.txt", content);

        var document = Assert.Single(await ReadAsync(path));

        var error = OnlyError(document);
        Assert.Equal(DiagnosticCodes.EmptyInput, error.Code);
        Assert.Equal(path, error.Location);
        Assert.Equal("empty.txt", document.Id);
    }

    [Fact]
    public async Task InputReader_ReportsAnEmptyGzippedFile()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("empty.jsonl.gz", Gzip(""));

        var document = Assert.Single(await ReadAsync(path));

        Assert.Equal(DiagnosticCodes.EmptyInput, OnlyError(document).Code);
    }

    [Fact]
    public async Task InputReader_RefusesABinaryFile()
    {
        using var folder = new TemporaryDirectory();
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x7F;
        bytes[1] = (byte)'E';
        bytes[10] = 0;
        var path = folder.Write("program", bytes);

        var document = Assert.Single(await ReadAsync(path));

        Assert.Equal(DiagnosticCodes.BinaryInput, OnlyError(document).Code);
        Assert.Null(document.Content);
    }

    [Fact]
    public async Task InputReader_RefusesATextFileOverTheSizeLimit()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("big.txt", new string('w', 5000));
        var options = ReaderOptions.Default with { MaxFileBytes = 1000 };

        var (documents, _) = await ReadAsync(options, path);

        var error = OnlyError(Assert.Single(documents));
        Assert.Equal(DiagnosticCodes.InputTooLarge, error.Code);
        Assert.Contains("1,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InputReader_AppliesTheSizeLimitAfterDecompression()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("big.txt.gz", Gzip(new string('w', 100_000)));
        var options = ReaderOptions.Default with { MaxFileBytes = 10_000 };

        var (documents, _) = await ReadAsync(options, path);

        Assert.Equal(DiagnosticCodes.InputTooLarge, OnlyError(Assert.Single(documents)).Code);
    }

    [Fact]
    public async Task InputReader_ReadsAFileExactlyAtTheSizeLimit()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("edge.txt", new string('w', 1000));
        var options = ReaderOptions.Default with { MaxFileBytes = 1000 };

        var (documents, _) = await ReadAsync(options, path);

        Assert.Equal(1000, Assert.Single(documents).Content?.Length);
    }

    [Fact]
    public async Task InputReader_ReportsAMissingPathAndReadsTheOthers()
    {
        using var folder = new TemporaryDirectory();
        var missing = folder.File("nowhere.txt");
        var present = folder.Write("here.txt", "Text.");

        var (documents, reported) = await ReadAsync(ReaderOptions.Default, missing, present);

        Assert.Equal("here.txt", Assert.Single(documents).Id);
        var error = Assert.Single(reported);
        Assert.Equal(DiagnosticCodes.PathUnreadable, error.Code);
        Assert.Equal(missing, error.Location);
    }

    [Fact]
    public async Task InputReader_ReportsAFileThatCannotBeOpened()
    {
        // A link to nothing: it is listed as a file, but opening it fails (whoever runs the tests, root included).
        using var folder = new TemporaryDirectory();
        var path = folder.File("dangling.txt");
        File.CreateSymbolicLink(path, folder.File("gone/target.txt"));

        var (documents, reported) = await ReadAsync(ReaderOptions.Default, path);

        var failures = documents.SelectMany(d => d.Diagnostics).Concat(reported).Where(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.PathUnreadable, Assert.Single(failures).Code);
    }

    [Fact]
    public async Task InputReader_ReadsJsonLinesDetectedFromContentWhateverTheExtension()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("export.dat", Jsonl);

        var documents = await ReadAsync(path);

        Assert.Equal(["a", "b"], documents.Select(d => d.Id));
    }

    [Fact]
    public async Task InputReader_ReadsHtmlFilesAsUndecodedBytes()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("page.html", "<!doctype html><html><body><p>Hi</p></body></html>");

        var document = Assert.Single(await ReadAsync(path));

        Assert.Equal(ContentKind.Html, document.Kind);
        Assert.Null(document.Content);
        Assert.Equal(File.ReadAllBytes(path), document.Bytes.ToArray());
    }

    [Fact]
    public async Task InputReader_ForcedFormatOverridesDetection()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("notes.jsonl", Jsonl);
        var options = ReaderOptions.Default with { Format = InputFormat.Text };

        var (documents, _) = await ReadAsync(options, path);

        var document = Assert.Single(documents);
        Assert.Equal(ContentKind.Text, document.Kind);
        Assert.Equal(Jsonl, document.Content);
    }

    [Fact]
    public async Task InputReader_ForcedHtmlReadsATextFileAsAPage()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("fragment.txt", "Just a fragment <b>of markup</b>.");
        var options = ReaderOptions.Default with { Format = InputFormat.Html };

        var (documents, _) = await ReadAsync(options, path);

        Assert.Equal(ContentKind.Html, Assert.Single(documents).Kind);
    }

    [Fact]
    public async Task InputReader_CountsTheBytesItReads()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("story.txt", "Some text of the story.");
        var reader = new InputReader(ReaderRegistry.Default, ReaderOptions.Default);

        await foreach (var _ in reader.ReadAsync([path]))
        {
        }

        Assert.Equal(new FileInfo(path).Length, reader.BytesRead);
        Assert.Equal(new FileInfo(path).Length, InputReader.TotalBytes([path]));
    }
}
