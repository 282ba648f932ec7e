using Newsdesk.Diagnostics;
using Newsdesk.Documents;

namespace Newsdesk.Ingest.Html;

/// <summary>
/// Reads an HTML file as one page. The bytes are kept undecoded: the extraction stage detects the encoding from the
/// byte-order mark, <c>&lt;meta charset&gt;</c> and the bytes themselves.
/// </summary>
public sealed class HtmlFileReader : IRecordReader
{
    public InputFormat Format => InputFormat.Html;

    public IEnumerable<RawDocument> Read(InputFile file, Stream stream, ReaderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var bytes = BoundedRead.ReadAll(stream, options.MaxFileBytes);
        if (bytes is null)
        {
            yield return RawDocuments.Failed(file.Id, file.DisplayName, DiagnosticCodes.InputTooLarge, "html",
                $"larger than the limit of {options.MaxFileBytes:N0} bytes (--max-size)");
            yield break;
        }

        yield return new RawDocument
        {
            Id = file.Id,
            Origin = file.DisplayName,
            Kind = ContentKind.Html,
            Bytes = bytes,
        };
    }
}
