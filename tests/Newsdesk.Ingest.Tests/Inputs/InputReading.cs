using Newsdesk.Diagnostics;
using Newsdesk.Documents;

namespace Newsdesk.Ingest.Tests.Inputs;

/// <summary>Runs an <see cref="InputReader"/> over paths and collects what it yields and reports.</summary>
internal static class InputReading
{
    public static async Task<(List<RawDocument> Documents, List<Diagnostic> Reported)> ReadAsync(ReaderOptions options, params string[] paths)
    {
        var reader = new InputReader(ReaderRegistry.Default, options);
        var reported = new List<Diagnostic>();
        reader.Reported += reported.Add;
        var documents = new List<RawDocument>();
        await foreach (var document in reader.ReadAsync(paths))
        {
            documents.Add(document);
        }

        return (documents, reported);
    }

    public static async Task<List<RawDocument>> ReadAsync(params string[] paths) => (await ReadAsync(ReaderOptions.Default, paths)).Documents;

    public static Diagnostic OnlyError(RawDocument document) =>
        Assert.Single(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
}
