using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;

namespace Newsdesk.Ingest.Warc;

/// <summary>
/// Decides whether a <c>response</c> or <c>resource</c> record holds an HTML page and, if so, makes it an article:
/// 1. a response's block is an HTTP message (status line, header fields, payload); the status must be 200;
/// 2. the payload must be HTML by its declared media type, or by its first bytes when the type is missing or generic;
/// 3. only then is the payload read into memory (bounded by <see cref="ReaderOptions.MaxRecordBytes"/>), its
///    chunked transfer coding and content codings undone, and the page kept as undecoded bytes with the HTTP charset
///    as a hint, the target URI as its URL and the WARC date as its crawl date.
/// Records that are not articles are skipped before their payload is read, so memory stays flat.
/// </summary>
internal static class WarcArticleExtractor
{
    // The id is written into JSON output, not HTML: keep its angle brackets readable.
    private static readonly JsonSerializerOptions _json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>How much of a block is looked at for the HTTP header; heads are a few hundred bytes to a few KB.</summary>
    public const int HttpHeadLimit = 64 * 1024;

    /// <summary>Everything about the record that the article and its messages need.</summary>
    public readonly record struct RecordContext(InputFile File, int Index, long Offset, WarcHeader Header, ReaderOptions Options, WarcTally Tally)
    {
        public string Id => $"{File.Id}#{Index}";

        public string Location => $"{File.DisplayName}@{Offset}";
    }

    public static WarcRecordOutcome Extract(in RecordContext record, WarcBlock block)
    {
        var header = record.Header;
        HttpResponseHead? http = null;
        var headLength = 0;
        string? mediaType;
        if (header.Type == "response")
        {
            var blockType = MediaTypes.Essence(header.ContentType);
            if (blockType is not null && blockType != "application/http")
            {
                // dns: lookups, FTP listings and other non-HTTP captures.
                return WarcRecordOutcome.Skipped("non-HTTP response", blockType);
            }

            var start = block.Peek(HttpHeadLimit);
            if (HttpResponseHead.StartsLikeResponse(start))
            {
                http = HttpResponseHead.TryParse(start, out headLength, out var problem);
                if (http is null)
                {
                    return Fail(record, DiagnosticCodes.MalformedRecord, $"response record: {problem}");
                }

                if (http.Status != 200)
                {
                    return WarcRecordOutcome.Skipped($"HTTP {http.Status} response");
                }

                mediaType = http.MediaType;
            }
            else if (MediaTypes.LooksLikeHtml(start))
            {
                // readWriteWarc stores the page alone under application/http: take the block as the payload.
                record.Tally.Quirk("response without HTTP header");
                mediaType = "text/html";
            }
            else
            {
                return Fail(record, DiagnosticCodes.MalformedRecord, "response record: the block starts with neither an HTTP status line nor HTML");
            }
        }
        else
        {
            mediaType = MediaTypes.Essence(header.ContentType);
        }

        if (!MediaTypes.IsHtml(mediaType))
        {
            var peeked = block.Peek(headLength + 1024);
            var payloadStart = peeked[Math.Min(headLength, peeked.Length)..];
            if (!MediaTypes.IsUndeclared(mediaType) || !MediaTypes.LooksLikeHtml(payloadStart))
            {
                return WarcRecordOutcome.Skipped($"non-HTML {header.Type}", mediaType ?? "no media type");
            }
        }

        return ReadArticle(record, block, http, headLength);
    }

    private static WarcRecordOutcome ReadArticle(in RecordContext record, WarcBlock block, HttpResponseHead? http, int headLength)
    {
        var options = record.Options;
        var payloadLength = block.Length - headLength;
        if (payloadLength > options.MaxRecordBytes)
        {
            return Fail(record, DiagnosticCodes.InputTooLarge,
                $"HTML payload of {payloadLength:N0} bytes is larger than the limit of {options.MaxRecordBytes:N0} bytes (--max-record-size); skipped");
        }

        var payload = new byte[payloadLength];
        if (!block.Skip(headLength) || block.ReadExactly(payload) < payloadLength)
        {
            return Fail(record, DiagnosticCodes.MalformedRecord,
                $"the file ends inside the record: {block.Length:N0} bytes of block declared, fewer found", fileEnded: true);
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var codings = new List<string>();
        if (http is not null)
        {
            var transfer = http.TransferCodings;
            if (transfer.Contains("chunked"))
            {
                payloadLength = ChunkedDecoder.DecodeInPlace(payload, out var outcome);
                if (outcome == ChunkedDecoder.Outcome.NotChunked)
                {
                    record.Tally.Quirk("chunked Transfer-Encoding on a payload stored unchunked");
                }
                else if (outcome == ChunkedDecoder.Outcome.Damaged)
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MalformedRecord, WarcReader.Stage, record.Location,
                        "chunked payload damaged or cut short; decoded what could be, the rest kept as stored"));
                }
            }

            // Content codings are applied first by the server, transfer codings last (RFC 9110 8.4, RFC 9112 6.1).
            codings.AddRange(http.ContentCodings);
            codings.AddRange(transfer.Where(c => c != "chunked"));
        }

        var decoded = ContentDecoder.Decode(payload.AsMemory(0, (int)payloadLength), codings, options.MaxRecordBytes);
        if (decoded.Bytes is null)
        {
            return Fail(record, decoded.TooLarge ? DiagnosticCodes.InputTooLarge : DiagnosticCodes.MalformedRecord, decoded.Problem!);
        }

        if (decoded.StoredDecoded)
        {
            // ClueWeb09 keeps Content-Encoding on payloads it stored decoded; decompressing again would fail.
            record.Tally.Quirk("Content-Encoding on a payload stored decoded");
        }

        record.Tally.CountArticle();
        return WarcRecordOutcome.Article(new RawDocument
        {
            Id = record.Id,
            Origin = record.Location,
            Kind = ContentKind.Html,
            Bytes = decoded.Bytes.Value,
            CharsetHint = http is not null ? http.Charset : MediaTypes.Charset(record.Header.ContentType),
            Metadata = Metadata(record.Header),
            Diagnostics = diagnostics.ToImmutable(),
        });
    }

    private static ArticleMetadata Metadata(WarcHeader header)
    {
        var extra = ImmutableSortedDictionary<string, string>.Empty;
        if (header.RecordId is { Length: > 0 } recordId)
        {
            // Extra holds JSON values; the record id lets a user find the record with WARC tools.
            extra = extra.Add("warcRecordId", JsonSerializer.Serialize(recordId, _json));
        }

        var url = header.TargetUri;
        return new ArticleMetadata
        {
            Url = string.IsNullOrEmpty(url) ? null : url,
            CrawlDate = header.Date,
            Extra = extra,
        };
    }

    private static WarcRecordOutcome Fail(in RecordContext record, string code, string message, bool fileEnded = false) =>
        WarcRecordOutcome.Failed(RawDocuments.Failed(record.Id, record.Location, code, WarcReader.Stage, message), fileEnded);
}
