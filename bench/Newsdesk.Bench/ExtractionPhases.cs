using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Extraction;
using Newsdesk.Extraction.Cleaning;
using Newsdesk.Extraction.Content;
using Newsdesk.Extraction.Html;
using Newsdesk.Extraction.Metadata;
using Newsdesk.Processing;
using Newsdesk.Serialization;

namespace Newsdesk.Bench;

/// <summary>
/// Splits <c>newsdesk extract --json</c> over a folder of gzipped pages into its phases (gunzip, decode, strip,
/// AngleSharp parse, metadata, content, cleaning stage, JSON) and reports the processor time of each per page, on
/// one thread, for several passes over the whole set (the first pass includes JIT compilation). Processor time is
/// the thread's own (<c>CLOCK_THREAD_CPUTIME_ID</c>), so it stays meaningful on a busy shared machine. Also the
/// bytes each phase allocates (<see cref="GC.GetAllocatedBytesForCurrentThread"/>): what the collector must reclaim.
/// </summary>
internal static class ExtractionPhases
{
    private static readonly string[] _phases = ["gunzip", "decode", "strip", "parse", "metadata", "content", "cleaning", "json"];

    public static int Run(string pagesFolder, int passes)
    {
        var files = Directory.GetFiles(pagesFolder, "*.html.gz").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"{pagesFolder}: no *.html.gz pages");
            return 2;
        }

        var options = HtmlExtractionOptions.Default;
        var parser = new HtmlPageParser(options);
        var content = new ContentExtractor(options);
        var metadata = new MetadataExtractor();
        var cleaning = new CleaningStage();
        for (var pass = 1; pass <= passes; pass++)
        {
            var totals = new double[_phases.Length];
            var allocatedTotals = new long[_phases.Length];
            var slowest = (Id: "", Ms: 0.0);
            foreach (var file in files)
            {
                var times = new double[_phases.Length];
                var allocated = allocatedTotals;
                _lastAllocated = GC.GetAllocatedBytesForCurrentThread();
                var clock = ThreadNanoseconds();
                var bytes = Gunzip(file);
                Lap(times, allocated, 0, ref clock);
                var decoded = HtmlDecoder.Decode(bytes);
                Lap(times, allocated, 1, ref clock);
                var jsonLd = new List<string>();
                var markup = MarkupStripper.Strip(decoded.Html, jsonLd, options.MaxDepth, out var flattened);
                Lap(times, allocated, 2, ref clock);
                var page = new HtmlPage(parser.ParseMarkup(markup), jsonLd, decoded, flattened);
                Lap(times, allocated, 3, ref clock);
                var meta = metadata.Extract(page.Document, ArticleMetadata.Empty, page.JsonLd);
                Lap(times, allocated, 4, ref clock);
                var result = content.Extract(page, meta);
                Lap(times, allocated, 5, ref clock);
                var source = new RawDocument { Id = Path.GetFileName(file), Origin = file, Kind = ContentKind.Html, Bytes = bytes };
                var extraction = new HtmlExtraction(result.Text, result.Paragraphs, meta, result.Removed, result.Captions, ImmutableArray<Diagnostic>.Empty);
                var document = new IntakeStage(new Fixed(extraction)).Process(Document.FromSource(source), CancellationToken.None);
                document = cleaning.Process(document, CancellationToken.None);
                Lap(times, allocated, 6, ref clock);
                _ = DocumentJson.Serialize(document);
                Lap(times, allocated, 7, ref clock);
                var total = times.Sum();
                if (total > slowest.Ms)
                {
                    slowest = (Path.GetFileName(file), total);
                }

                for (var i = 0; i < times.Length; i++)
                {
                    totals[i] += times[i];
                }
            }

            var sum = totals.Sum();
            var parts = string.Join(", ", _phases.Select((name, i) => string.Create(CultureInfo.InvariantCulture, $"{name} {totals[i] / files.Length:0.000}")));
            var allocations = string.Join(", ", _phases.Select((name, i) => string.Create(CultureInfo.InvariantCulture, $"{name} {allocatedTotals[i] / 1024.0 / files.Length:0}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass}: {files.Length} pages, {sum / files.Length:0.000} ms/page = {files.Length / (sum / 1000):0} pages per CPU-second; slowest {slowest.Id} {slowest.Ms:0.0} ms; ms/page: {parts}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"        allocated {allocatedTotals.Sum() / 1024.0 / files.Length:0} KB/page; KB/page: {allocations}; collections gen0/1/2 so far {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        }

        return 0;
    }

    private static void Lap(double[] times, long[] allocated, int phase, ref long clock)
    {
        var now = ThreadNanoseconds();
        times[phase] += (now - clock) / 1e6;
        clock = now;
        // Measured after the clock is read, so the counter's own cost falls into the next phase's allocation, not its time.
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        allocated[phase] += bytes - _lastAllocated;
        _lastAllocated = bytes;
    }

    [ThreadStatic]
    private static long _lastAllocated;

    /// <summary>Processor time of the calling thread (POSIX <c>CLOCK_THREAD_CPUTIME_ID</c>), in nanoseconds.</summary>
    private static long ThreadNanoseconds()
    {
        if (NativeClock.clock_gettime(NativeClock.ThreadCpuTime, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed: Linux only");
        }

        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    private static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    private sealed class Fixed(HtmlExtraction extraction) : IHtmlExtractor
    {
        public HtmlExtraction Extract(RawDocument source, CancellationToken cancellationToken) => extraction;
    }
}
