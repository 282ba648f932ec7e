using System.Text;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Ingest.Feeds;

namespace Newsdesk.Ingest.Tests.Feeds;

internal static class FeedTestReading
{
    public sealed record Result(IReadOnlyList<RawDocument> Documents, IReadOnlyList<Diagnostic> Reported)
    {
        public IReadOnlyList<RawDocument> Entries => [.. Documents.Where(d => !d.Diagnostics.Any(x => x.Severity == DiagnosticSeverity.Error))];

        public IReadOnlyList<RawDocument> Failures => [.. Documents.Where(d => d.Diagnostics.Any(x => x.Severity == DiagnosticSeverity.Error))];
    }

    public static Result Read(string xml, ReaderOptions? options = null) => Read(Encoding.UTF8.GetBytes(xml), options);

    public static Result Read(byte[] bytes, ReaderOptions? options = null)
    {
        var reported = new List<Diagnostic>();
        var documents = new FeedReader()
            .Read(new InputFile("feed.xml", "feed.xml"), new MemoryStream(bytes), options ?? ReaderOptions.Default, new FileReport(reported.Add), CancellationToken.None)
            .ToList();
        return new Result(documents, reported);
    }
}
