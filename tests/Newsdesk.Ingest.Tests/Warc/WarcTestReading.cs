using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Ingest.Warc;

namespace Newsdesk.Ingest.Tests.Warc;

/// <summary>Runs the WARC reader on bytes, or the whole input path on a file, and collects what it reports.</summary>
internal static class WarcTestReading
{
    public sealed record Result(IReadOnlyList<RawDocument> Documents, IReadOnlyList<Diagnostic> Reported, IReadOnlyDictionary<string, int> Skipped)
    {
        public IReadOnlyList<RawDocument> Articles => [.. Documents.Where(d => d.Kind == ContentKind.Html)];

        public IReadOnlyList<RawDocument> Failures => [.. Documents.Where(d => d.Diagnostics.Any(x => x.Severity == DiagnosticSeverity.Error))];

        public Diagnostic? Summary(string code) => Reported.SingleOrDefault(d => d.Code == code);
    }

    public static Result Read(byte[] warc, ReaderOptions? options = null)
    {
        var reported = new List<Diagnostic>();
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = new WarcReader()
            .Read(new InputFile("test.warc", "test.warc"), new MemoryStream(warc), options ?? ReaderOptions.Default, new FileReport(reported.Add, (reason, count) => skipped[reason] = skipped.GetValueOrDefault(reason) + count), CancellationToken.None)
            .ToList();
        return new Result(documents, reported, skipped);
    }

    /// <summary>Reads a file through <see cref="InputReader"/>: gzip detection and format detection included.</summary>
    public static Result ReadFile(string path, ReaderOptions? options = null)
    {
        var reported = new List<Diagnostic>();
        var input = new InputReader(ReaderRegistry.Default, options ?? ReaderOptions.Default);
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        input.Reported += reported.Add;
        input.Skipped += (reason, count) => skipped[reason] = skipped.GetValueOrDefault(reason) + count;
        var documents = input.Read(new InputFile(path, Path.GetFileName(path)), CancellationToken.None).ToList();
        return new Result(documents, reported, skipped);
    }
}
