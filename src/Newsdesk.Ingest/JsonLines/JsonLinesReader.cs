using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Ingest.Text;

namespace Newsdesk.Ingest.JsonLines;

/// <summary>
/// Reads JSON Lines: one article per line, <c>{"id", "text" | "html", "url"?, "title"?, "date"?, "authors"?,
/// "site"?, "language"?}</c>. Fields Newsdesk does not interpret are kept verbatim in
/// <see cref="ArticleMetadata.Extra"/>. A line that is not a JSON object, lacks text, or is too long becomes a failed
/// record located as <c>file:line</c>, and reading continues with the next line. Blank lines are skipped.
/// </summary>
public sealed class JsonLinesReader : IRecordReader
{
    private const string Stage = "jsonl";

    private static readonly JsonDocumentOptions _jsonOptions = new() { MaxDepth = 64 };

    public InputFormat Format => InputFormat.Jsonl;

    public IEnumerable<RawDocument> Read(InputFile file, Stream stream, ReaderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        using var lines = new LineReader(stream, options.MaxRecordBytes);
        while (lines.Next() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var location = $"{file.DisplayName}:{line.Number}";
            var fallbackId = $"{file.Id}:{line.Number}";
            if (line.TooLong)
            {
                yield return RawDocuments.Failed(fallbackId, location, DiagnosticCodes.InputTooLarge, Stage,
                    $"line longer than the limit of {options.MaxRecordBytes:N0} bytes (--max-record-size)");
                continue;
            }

            if (IsBlank(line.Bytes.Span))
            {
                continue;
            }

            yield return ParseLine(line.Bytes.Span, fallbackId, location);
        }
    }

    /// <summary>Parses one line into a record; never throws for bad input.</summary>
    public static RawDocument ParseLine(ReadOnlySpan<byte> bytes, string fallbackId, string location)
    {
        Diagnostic? encodingWarning = null;
        JsonDocument json;
        try
        {
            if (Utf8.IsValid(bytes))
            {
                json = JsonDocument.Parse(bytes.ToArray(), _jsonOptions);
            }
            else
            {
                encodingWarning = Diagnostic.Warning(DiagnosticCodes.InvalidUtf8, Stage, location, "invalid UTF-8 replaced with U+FFFD");
                json = JsonDocument.Parse(Encoding.UTF8.GetString(bytes), _jsonOptions);
            }
        }
        catch (JsonException exception)
        {
            return RawDocuments.Failed(fallbackId, location, DiagnosticCodes.MalformedJson, Stage, Describe(exception));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return RawDocuments.Failed(fallbackId, location, DiagnosticCodes.InvalidRecord, Stage,
                    $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            return FromObject(root, fallbackId, location, encodingWarning);
        }
    }

    private static RawDocument FromObject(JsonElement root, string fallbackId, string location, Diagnostic? encodingWarning)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (encodingWarning is not null)
        {
            diagnostics.Add(encodingWarning);
        }

        string? id = null, text = null, html = null;
        var metadata = new ArticleMetadata();
        var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "id":
                    id = value.ValueKind switch
                    {
                        JsonValueKind.String => value.GetString(),
                        JsonValueKind.Number => value.GetRawText(),
                        _ => null,
                    };
                    break;
                case "text":
                    text = StringOrNull(value);
                    break;
                case "html":
                    html = StringOrNull(value);
                    break;
                case "url":
                    metadata = metadata with { Url = NonEmpty(StringOrNull(value)) };
                    break;
                case "title":
                    metadata = metadata with { Title = NonEmpty(StringOrNull(value)) };
                    break;
                case "site":
                    metadata = metadata with { Site = NonEmpty(StringOrNull(value)) };
                    break;
                case "language" or "lang":
                    metadata = metadata with { Language = NonEmpty(StringOrNull(value)) };
                    break;
                case "authors":
                    metadata = metadata with { Authors = Authors(value) };
                    break;
                case "date":
                    if (StringOrNull(value) is { Length: > 0 } written)
                    {
                        if (DateLineParser.TryParseWritten(written, out var date))
                        {
                            metadata = metadata with { Date = date };
                        }
                        else
                        {
                            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnparsedDate, Stage, location, $"date not understood, left out: \"{written}\""));
                            extra[property.Name] = value.GetRawText();
                        }
                    }

                    break;
                default:
                    extra[property.Name] = value.GetRawText();
                    break;
            }
        }

        id = string.IsNullOrWhiteSpace(id) ? fallbackId : id;
        if (text is null && html is null)
        {
            return RawDocuments.Failed(id, location, DiagnosticCodes.InvalidRecord, Stage, "the record has neither \"text\" nor \"html\" as a string");
        }

        metadata = metadata with { Extra = extra.ToImmutable() };
        var useHtml = !string.IsNullOrWhiteSpace(html) || text is null;
        return new RawDocument
        {
            Id = id,
            Origin = location,
            Kind = useHtml ? ContentKind.Html : ContentKind.Text,
            Content = useHtml ? html : text,
            Metadata = metadata,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    private static ImmutableArray<string> Authors(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when NonEmpty(value.GetString()) is { } one => [one],
        JsonValueKind.Array => [.. value.EnumerateArray().Select(StringOrNull).Select(NonEmpty).OfType<string>()],
        _ => [],
    };

    private static string? StringOrNull(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    private static string Describe(JsonException exception)
    {
        var position = exception.BytePositionInLine is { } column ? $" at column {(column + 1).ToString(CultureInfo.InvariantCulture)}" : "";
        var message = exception.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        return $"not valid JSON{position}: {message}";
    }
}
