using System.Text;
using System.Xml;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;

namespace Newsdesk.Ingest.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry becomes one article with id
/// <c>&lt;file id&gt;#&lt;entry index&gt;</c> (0-based) and origin <c>file:line</c> (see <see cref="FeedEntry"/> for what
/// is taken from it). Streams with <see cref="XmlReader"/>, so memory does not grow with the feed.
/// <list type="bullet">
/// <item>Hostile XML is refused: document type declarations are ignored, never processed, so no entity is ever
/// expanded (billion laughs) and nothing external is fetched (XXE); a reference to an entity the DTD would have
/// declared is then a well-formedness error, reported like any other.</item>
/// <item>Malformed XML is reported as a failed record <c>malformed-feed</c> at <c>file:line:column</c>; the entries
/// read before it are kept.</item>
/// <item>An entry whose body is longer than <see cref="ReaderOptions.MaxRecordBytes"/> characters is reported and
/// skipped.</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
public sealed class FeedReader : IRecordReader
{
    internal const string Stage = "feed";

    static FeedReader()
    {
        // Feeds declare legacy encodings (windows-1252, ISO-8859-2, KOI8-R) that .NET only knows through this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static readonly XmlReaderSettings _settings = new()
    {
        // Ignore rather than Prohibit: old RSS 0.91 files carry a harmless DOCTYPE; ignoring it still expands nothing.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        // Control characters are common in real feeds; refusing the whole feed for one would lose every entry.
        CheckCharacters = false,
        CloseInput = false,
    };

    public InputFormat Format => InputFormat.Feed;

    public IEnumerable<RawDocument> Read(InputFile file, Stream stream, ReaderOptions options, CancellationToken cancellationToken) =>
        Read(file, stream, options, FileReport.None, cancellationToken);

    public IEnumerable<RawDocument> Read(InputFile file, Stream stream, ReaderOptions options, FileReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(report);
        return ReadEntries(file, stream, options, report, cancellationToken);
    }

    private static IEnumerable<RawDocument> ReadEntries(InputFile file, Stream stream, ReaderOptions options, FileReport report, CancellationToken cancellationToken)
    {
        using var xml = XmlReader.Create(stream, _settings);
        var entries = new FeedEntryReader(xml);
        var index = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FeedEntry? entry;
            int line;
            RawDocument? failure = null;
            try
            {
                entry = entries.Next(out line);
            }
            catch (XmlException exception)
            {
                entry = null;
                line = exception.LineNumber;
                var location = $"{file.DisplayName}:{exception.LineNumber}:{exception.LinePosition}";
                var kept = index == 1 ? "1 entry" : $"{index} entries";
                failure = RawDocuments.Failed($"{file.Id}#{index}", location, DiagnosticCodes.MalformedFeed, Stage,
                    $"not well-formed XML: {Describe(exception)}; {kept} read before it kept, the rest of the file lost");
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            if (entry is null)
            {
                break;
            }

            var id = $"{file.Id}#{index++}";
            var origin = $"{file.DisplayName}:{line}";
            var document = entry.ToDocument(id, origin, entries.Channel);
            if (document.Content!.Length > options.MaxRecordBytes)
            {
                yield return RawDocuments.Failed(id, origin, DiagnosticCodes.InputTooLarge, Stage,
                    $"entry body of {document.Content.Length:N0} characters is larger than the limit of {options.MaxRecordBytes:N0} (--max-record-size); skipped");
                continue;
            }

            yield return document;
        }

        if (entries.ForeignRoot is { } root)
        {
            yield return RawDocuments.Failed(file.Id, file.DisplayName, DiagnosticCodes.MalformedFeed, Stage,
                $"not an RSS or Atom feed: the root element is <{root}>");
        }
        else if (index == 0)
        {
            report.Report(Diagnostic.Warning(DiagnosticCodes.NoText, Stage, file.DisplayName, "the feed has no entries"));
        }
    }

    /// <summary>The exception's message without the position it repeats (the location already says it).</summary>
    private static string Describe(XmlException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ', ',');
    }
}
