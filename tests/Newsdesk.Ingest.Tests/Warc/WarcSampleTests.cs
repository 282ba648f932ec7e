using System.Text;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.TestSupport;

namespace Newsdesk.Ingest.Tests.Warc;

/// <summary>Every real WARC sample in ../shared/data/warc is read without a failure, with the expected articles.</summary>
public sealed class WarcSampleTests
{
    private const string Folder = "data/warc";

    private static string PathOf(string name) => SharedData.PathOf($"{Folder}/{name}");

    // Articles = HTTP 200 HTML responses (and HTML resources), counted independently from the files' headers.
    [SharedDataTheory(Folder)]
    [InlineData("cc-whirlwind.warc.gz", 4, 1)]
    [InlineData("dolma-sample-0000.warc.gz", 48, 22)]
    [InlineData("dolma-sample-0001.warc.gz", 34, 15)]
    [InlineData("elpais-readWriteWarc-test.warc.gz", 4, 4)]
    [InlineData("elpais-readWriteWarc-test_trozos.warc.gz", 4, 4)]
    [InlineData("jwarc-cc.warc.gz", 1, 1)]
    [InlineData("resiliparse-cc-warcfile.warc", 50, 16)]
    [InlineData("resiliparse-cc-warcfile.warc.gz", 50, 16)]
    [InlineData("resiliparse-clueweb-quirk.warc.gz", 30, 29)]
    [InlineData("warcio-example-iana.org-chunked.warc", 3, 1)]
    [InlineData("warcio-example.warc.gz", 6, 1)]
    public void Sample_IsReadWithoutFailure(string name, int records, int articles)
    {
        var result = WarcTestReading.ReadFile(PathOf(name));

        Assert.Empty(result.Failures);
        Assert.Equal(articles, result.Articles.Count);
        Assert.All(result.Articles, article =>
        {
            Assert.StartsWith(name + "#", article.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(article.Metadata.Url));
            Assert.DoesNotContain('<', article.Metadata.Url!);
            Assert.True(Newsdesk.Ingest.Warc.MediaTypes.LooksLikeHtml(article.Bytes.Span), $"{article.Origin} does not start like HTML");
        });
        Assert.Equal(articles, result.Articles.Select(a => a.Id).Distinct().Count());
        if (records > articles)
        {
            var skipped = records - articles == 1 ? "1 record" : $"{records - articles} records";
            Assert.Contains($"{skipped} of {records} records skipped", result.Summary(DiagnosticCodes.WarcSkipped)!.Message, StringComparison.Ordinal);
        }
    }

    [SharedDataFact(Folder)]
    public void GzipAndPlainCopies_GiveTheSameArticles()
    {
        var plain = WarcTestReading.ReadFile(PathOf("resiliparse-cc-warcfile.warc")).Articles;
        var gzipped = WarcTestReading.ReadFile(PathOf("resiliparse-cc-warcfile.warc.gz")).Articles;

        Assert.Equal(plain.Select(a => a.Metadata.Url), gzipped.Select(a => a.Metadata.Url));
        Assert.Equal(plain.Select(a => a.Origin.Split('@')[1]), gzipped.Select(a => a.Origin.Split('@')[1]));
        Assert.True(plain.Zip(gzipped).All(p => p.First.Bytes.Span.SequenceEqual(p.Second.Bytes.Span)));
    }

    [SharedDataFact(Folder)]
    public void WholeFileGzipAndPerRecordGzip_GiveTheSameArticles()
    {
        var whole = WarcTestReading.ReadFile(PathOf("elpais-readWriteWarc-test.warc.gz")).Articles;
        var perRecord = WarcTestReading.ReadFile(PathOf("elpais-readWriteWarc-test_trozos.warc.gz")).Articles;

        Assert.Equal(4, whole.Count);
        Assert.Equal(whole.Select(a => a.Metadata.Url), perRecord.Select(a => a.Metadata.Url));
        Assert.Contains("https://elpais.com/", whole.Select(a => a.Metadata.Url));
        Assert.All(whole, a => Assert.Equal(new DateTime(2018, 6, 24), a.Metadata.CrawlDate!.Value.UtcDateTime.Date));
    }

    [SharedDataFact(Folder)]
    public void CommonCrawlRecord_HasItsUrlDateAndCharset()
    {
        var article = Assert.Single(WarcTestReading.ReadFile(PathOf("cc-whirlwind.warc.gz")).Articles);

        Assert.Equal("https://an.wikipedia.org/wiki/Escopete", article.Metadata.Url);
        Assert.NotNull(article.Metadata.CrawlDate);
        Assert.Equal(2024, article.Metadata.CrawlDate!.Value.Year);
        Assert.Equal(ContentKind.Html, article.Kind);
    }

    [SharedDataFact(Folder)]
    public void ChunkedSample_IsDechunked()
    {
        var article = Assert.Single(WarcTestReading.ReadFile(PathOf("warcio-example-iana.org-chunked.warc")).Articles);
        var text = Encoding.UTF8.GetString(article.Bytes.Span);

        Assert.StartsWith("<!doctype html>", text, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("</html>", text.TrimEnd(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("UTF-8", article.CharsetHint);
    }

    [SharedDataFact(Folder)]
    public void GzipEncodedSample_IsDecompressed_AndRevisitSkipped()
    {
        var result = WarcTestReading.ReadFile(PathOf("warcio-example.warc.gz"));

        var text = Encoding.UTF8.GetString(Assert.Single(result.Articles).Bytes.Span);
        Assert.Contains("Example Domain", text, StringComparison.Ordinal);
        Assert.Contains("revisit record ×1", result.Summary(DiagnosticCodes.WarcSkipped)!.Message, StringComparison.Ordinal);
    }

    [SharedDataFact(Folder)]
    public void ClueWebSample_KeepsPayloadsStoredDecoded_AndEucJpHint()
    {
        var result = WarcTestReading.ReadFile(PathOf("resiliparse-clueweb-quirk.warc.gz"));

        Assert.All(result.Articles, a => Assert.Equal("EUC-JP", a.CharsetHint));
        var quirks = result.Summary(DiagnosticCodes.WarcQuirks)!.Message;
        Assert.Contains("Content-Encoding on a payload stored decoded ×29", quirks, StringComparison.Ordinal);
        Assert.Contains("WARC/0.18 records ×30", quirks, StringComparison.Ordinal);
    }

    [SharedDataFact(Folder)]
    public void Dolma_ChunkedPayloadsAndBracketedUris_AreHandled()
    {
        var result = WarcTestReading.ReadFile(PathOf("dolma-sample-0001.warc.gz"));

        Assert.All(result.Articles, a => Assert.StartsWith("https://", a.Metadata.Url, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Articles, a => Encoding.ASCII.GetString(a.Bytes.Span[..6]).Contains("7d7", StringComparison.Ordinal));
        Assert.Contains("WARC-Target-URI in angle brackets", result.Summary(DiagnosticCodes.WarcQuirks)!.Message, StringComparison.Ordinal);
    }
}
