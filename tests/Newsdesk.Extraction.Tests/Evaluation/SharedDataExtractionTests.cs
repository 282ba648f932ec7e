using System.Collections.Concurrent;
using System.IO.Compression;
using Newsdesk.Documents;
using Newsdesk.TestSupport;

namespace Newsdesk.Extraction.Tests.Evaluation;

public class SharedDataExtractionTests
{
    [SharedDataFact("data/extraction/wcxb-dev")]
    public void EveryWcxbDevPage_ExtractsWithoutException_AndWithValidSpans()
    {
        var extractor = new HtmlArticleExtractor();
        var failures = new ConcurrentBag<string>();
        var pages = Directory.GetFiles(SharedData.PathOf("data/extraction/wcxb-dev/pages"), "*.html.gz");
        Assert.NotEmpty(pages);
        Parallel.ForEach(pages, path =>
        {
            try
            {
                using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
                using var buffer = new MemoryStream();
                gzip.CopyTo(buffer);
                var result = extractor.Extract(new RawDocument { Id = path, Origin = path, Kind = ContentKind.Html, Bytes = buffer.ToArray() }, CancellationToken.None);
                if (result.Paragraphs.Any(p => p.Span.End > result.Text.Length))
                {
                    failures.Add($"{path}: paragraph outside the text");
                }
            }
#pragma warning disable CA1031 // the test reports every failing page, not only the first
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures.Add($"{path}: {exception.GetType().Name}: {exception.Message}");
            }
        });
        Assert.Empty(failures);
    }
}
