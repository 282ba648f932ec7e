using Newsdesk.Diagnostics;
using Newsdesk.Documents;

namespace Newsdesk.Ingest.Text;

/// <summary>
/// Reads a scraped text file as one article: an optional date line (see <see cref="DateLineParser"/>), then the text,
/// kept exactly as written so that offsets index it.
/// </summary>
public sealed class PlainTextReader : IRecordReader
{
    public InputFormat Format => InputFormat.Text;

    public IEnumerable<RawDocument> Read(InputFile file, Stream stream, ReaderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var bytes = BoundedRead.ReadAll(stream, options.MaxFileBytes);
        if (bytes is null)
        {
            yield return RawDocuments.Failed(file.Id, file.DisplayName, DiagnosticCodes.InputTooLarge, "text",
                $"larger than the limit of {options.MaxFileBytes:N0} bytes (--max-size)");
            yield break;
        }

        yield return FromBytes(file.Id, file.DisplayName, bytes);
    }

    /// <summary>Reads one article from the bytes of a text file.</summary>
    public static RawDocument FromBytes(string id, string origin, ReadOnlySpan<byte> bytes)
    {
        var text = TextDecoder.Decode(bytes, "text", origin, out var warning);
        var document = FromText(id, origin, text);
        return warning is null ? document : document with { Diagnostics = document.Diagnostics.Insert(0, warning) };
    }

    /// <summary>Reads one article from the text of a file: the date line becomes metadata, the rest is the text.</summary>
    public static RawDocument FromText(string id, string origin, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dateLine = DateLineParser.Parse(text);
        var document = new RawDocument
        {
            Id = id,
            Origin = origin,
            Kind = ContentKind.Text,
            Content = dateLine.TextStart == 0 ? text : text[dateLine.TextStart..],
            Metadata = dateLine.Date is { } date ? new ArticleMetadata { Date = date } : ArticleMetadata.Empty,
        };

        return dateLine.UnparsedLabel is { } unparsed
            ? document with
            {
                Diagnostics = [Diagnostic.Warning(DiagnosticCodes.UnparsedDate, "text", origin + ":1", $"date line not understood, kept as text: \"{Truncate(unparsed)}\"")],
            }
            : document;
    }

    private static string Truncate(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
