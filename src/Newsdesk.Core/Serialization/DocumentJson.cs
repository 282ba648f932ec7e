using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Processing;
using Newsdesk.Text;

namespace Newsdesk.Serialization;

/// <summary>
/// The JSON form of a <see cref="Document"/> (ARCHITECTURE.md, "Command line"): one object, camelCase keys, fields the
/// source does not give left out, layers written only when the pipeline produced them. <see cref="Read"/> parses the
/// same form back, so the store can keep layers in it. Thread-safe (stateless).
/// </summary>
public static class DocumentJson
{
    private static readonly JsonWriterOptions _writerOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>The document as one line of JSON (no line end).</summary>
    public static string Serialize(Document document, bool includeText = true, Action<Utf8JsonWriter>? writeMore = null)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, _writerOptions))
        {
            Write(writer, document, includeText, writeMore);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the document as one JSON object; <paramref name="writeMore"/> may add properties at its end.</summary>
    public static void Write(Utf8JsonWriter writer, Document document, bool includeText = true, Action<Utf8JsonWriter>? writeMore = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        var metadata = document.Metadata;
        writer.WriteStartObject();
        writer.WriteString("id", document.Id);
        WriteIfPresent(writer, "url", metadata.Url);
        WriteIfPresent(writer, "canonicalUrl", metadata.CanonicalUrl);
        WriteIfPresent(writer, "title", metadata.Title);
        if (!metadata.Authors.IsDefaultOrEmpty)
        {
            WriteStrings(writer, "authors", metadata.Authors);
        }

        WriteIfPresent(writer, "date", metadata.Date?.ToString());
        WriteIfPresent(writer, "crawlDate", metadata.CrawlDate?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
        WriteIfPresent(writer, "site", metadata.Site);
        WriteIfPresent(writer, "language", metadata.Language);
        WriteIfPresent(writer, "description", metadata.Description);
        WriteIfPresent(writer, "image", metadata.Image);
        WriteIfPresent(writer, "section", metadata.Section);
        if (!metadata.Keywords.IsDefaultOrEmpty)
        {
            WriteStrings(writer, "keywords", metadata.Keywords);
        }

        if (!metadata.Extra.IsEmpty)
        {
            writer.WriteStartObject("extra");
            foreach (var (name, rawJson) in metadata.Extra)
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(rawJson, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        var layers = document.Layers;
        if (includeText && layers.HasFlag(Layers.Text))
        {
            writer.WriteString("text", document.Text);
        }

        if (layers.HasFlag(Layers.Text))
        {
            writer.WriteStartArray("paragraphs");
            foreach (var paragraph in document.Paragraphs)
            {
                writer.WriteStartObject();
                WriteSpan(writer, paragraph.Span);
                writer.WriteString("kind", paragraph.Kind.ToName());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (layers.HasFlag(Layers.Text) || layers.HasFlag(Layers.Cleaned))
        {
            writer.WriteStartArray("removed");
            foreach (var removed in document.Removed)
            {
                writer.WriteStartObject();
                writer.WriteString("text", removed.Text);
                writer.WriteString("reason", removed.Reason);
                writer.WriteString("stage", removed.Stage);
                if (removed.Confidence < 1.0)
                {
                    writer.WriteNumber("confidence", Math.Round(removed.Confidence, 3));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!document.Captions.IsDefaultOrEmpty)
        {
            WriteStrings(writer, "captions", document.Captions);
        }

        if (layers.HasFlag(Layers.Sentences))
        {
            writer.WriteStartArray("sentences");
            foreach (var sentence in document.Sentences)
            {
                writer.WriteStartObject();
                WriteSpan(writer, sentence);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (layers.HasFlag(Layers.Entities))
        {
            WriteEntities(writer, document.Entities);
        }

        if (layers.HasFlag(Layers.Quotes))
        {
            WriteQuotes(writer, document.Quotes);
        }

        if (layers.HasFlag(Layers.Times))
        {
            writer.WriteStartArray("times");
            foreach (var time in document.Times)
            {
                writer.WriteStartObject();
                WriteSpan(writer, time.Span);
                writer.WriteString("type", time.Type.ToName());
                writer.WriteString("value", time.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in document.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("code", diagnostic.Code);
            writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            writer.WriteString("stage", diagnostic.Stage);
            writer.WriteString("location", diagnostic.Location);
            writer.WriteString("message", diagnostic.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writeMore?.Invoke(writer);
        writer.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter writer, ImmutableArray<Entity> entities)
    {
        writer.WriteStartArray("entities");
        foreach (var entity in entities)
        {
            writer.WriteStartObject();
            writer.WriteString("id", entity.Id);
            writer.WriteString("type", entity.Type.ToCode());
            writer.WriteString("name", entity.Name);
            writer.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions)
            {
                writer.WriteStartObject();
                WriteSpan(writer, mention);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter writer, ImmutableArray<Quote> quotes)
    {
        writer.WriteStartArray("quotes");
        foreach (var quote in quotes)
        {
            writer.WriteStartObject();
            WriteSpan(writer, quote.Content);
            writer.WriteBoolean("direct", quote.Direct);
            if (quote.Cue is { } cue)
            {
                writer.WriteStartObject("cue");
                WriteSpan(writer, cue);
                writer.WriteEndObject();
            }

            if (quote.Speaker is { } speaker)
            {
                writer.WriteStartObject("speaker");
                if (speaker.EntityId is not null)
                {
                    writer.WriteString("entity", speaker.EntityId);
                }

                WriteSpan(writer, speaker.Mention);
                writer.WriteEndObject();
            }

            if (quote.SourceEntityId is not null)
            {
                writer.WriteString("source", quote.SourceEntityId);
            }

            if (!quote.Parts.IsDefaultOrEmpty)
            {
                writer.WriteStartArray("parts");
                foreach (var part in quote.Parts)
                {
                    writer.WriteStartObject();
                    WriteSpan(writer, part);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Parses a document written by <see cref="Write"/>. The result's <see cref="Document.Source"/> is a text record
    /// holding the document's text. Throws <see cref="JsonException"/> on malformed input.
    /// </summary>
    public static Document Read(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        var id = root.GetProperty("id").GetString() ?? "";
        var text = OptionalString(root, "text") ?? "";
        var layers = Layers.Source;
        var metadata = new ArticleMetadata
        {
            Url = OptionalString(root, "url"),
            CanonicalUrl = OptionalString(root, "canonicalUrl"),
            Title = OptionalString(root, "title"),
            Authors = Strings(root, "authors"),
            Date = OptionalString(root, "date") is { } date && NewsDate.TryParse(date, out var newsDate) ? newsDate : null,
            CrawlDate = OptionalString(root, "crawlDate") is { } crawl && DateTimeOffset.TryParse(crawl, CultureInfo.InvariantCulture, DateTimeStyles.None, out var crawled) ? crawled : null,
            Site = OptionalString(root, "site"),
            Language = OptionalString(root, "language"),
            Description = OptionalString(root, "description"),
            Image = OptionalString(root, "image"),
            Section = OptionalString(root, "section"),
            Keywords = Strings(root, "keywords"),
            Extra = root.TryGetProperty("extra", out var extra) && extra.ValueKind == JsonValueKind.Object
                ? extra.EnumerateObject().ToImmutableSortedDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal)
                : ImmutableSortedDictionary<string, string>.Empty,
        };

        var paragraphs = ImmutableArray<Paragraph>.Empty;
        if (root.TryGetProperty("paragraphs", out var paragraphArray))
        {
            layers |= Layers.Text;
            paragraphs = [.. paragraphArray.EnumerateArray().Select(p => new Paragraph(Span(p),
                ParagraphKindNames.TryParse(OptionalString(p, "kind"), out var kind) ? kind : ParagraphKind.Body))];
        }

        var removed = ImmutableArray<RemovedText>.Empty;
        if (root.TryGetProperty("removed", out var removedArray))
        {
            removed = [.. removedArray.EnumerateArray().Select(r => new RemovedText(
                OptionalString(r, "text") ?? "", OptionalString(r, "reason") ?? "", OptionalString(r, "stage") ?? "",
                r.TryGetProperty("confidence", out var confidence) ? confidence.GetDouble() : 1.0))];
        }

        var sentences = ImmutableArray<TextSpan>.Empty;
        if (root.TryGetProperty("sentences", out var sentenceArray))
        {
            layers |= Layers.Sentences;
            sentences = [.. sentenceArray.EnumerateArray().Select(Span)];
        }

        var entities = ImmutableArray<Entity>.Empty;
        if (root.TryGetProperty("entities", out var entityArray))
        {
            layers |= Layers.Entities;
            entities = [.. entityArray.EnumerateArray().Select(e => new Entity(
                OptionalString(e, "id") ?? "",
                EntityTypeCodes.TryParse(OptionalString(e, "type"), out var type) ? type : EntityType.Miscellaneous,
                OptionalString(e, "name") ?? "",
                [.. e.GetProperty("mentions").EnumerateArray().Select(Span)]))];
        }

        var quotes = ImmutableArray<Quote>.Empty;
        if (root.TryGetProperty("quotes", out var quoteArray))
        {
            layers |= Layers.Quotes;
            quotes = [.. quoteArray.EnumerateArray().Select(ReadQuote)];
        }

        var times = ImmutableArray<TimeExpression>.Empty;
        if (root.TryGetProperty("times", out var timeArray))
        {
            layers |= Layers.Times;
            times = [.. timeArray.EnumerateArray().Select(t => new TimeExpression(Span(t),
                TimeTypeNames.TryParse(OptionalString(t, "type"), out var type) ? type : TimeType.Date,
                OptionalString(t, "value") ?? ""))];
        }

        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        if (root.TryGetProperty("diagnostics", out var diagnosticArray))
        {
            diagnostics = [.. diagnosticArray.EnumerateArray().Select(d => new Diagnostic(
                OptionalString(d, "code") ?? "",
                Enum.TryParse<DiagnosticSeverity>(OptionalString(d, "severity"), ignoreCase: true, out var severity) ? severity : DiagnosticSeverity.Info,
                OptionalString(d, "stage") ?? "",
                OptionalString(d, "location") ?? id,
                OptionalString(d, "message") ?? ""))];
        }

        return new Document
        {
            Id = id,
            Source = new RawDocument { Id = id, Origin = id, Kind = ContentKind.Text, Content = text, Metadata = metadata },
            Layers = layers,
            Text = text,
            Metadata = metadata,
            Paragraphs = paragraphs,
            Removed = removed,
            Captions = Strings(root, "captions"),
            Sentences = sentences,
            Entities = entities,
            Quotes = quotes,
            Times = times,
            Diagnostics = diagnostics,
        };
    }

    private static Quote ReadQuote(JsonElement q)
    {
        TextSpan? cue = q.TryGetProperty("cue", out var cueElement) && cueElement.ValueKind == JsonValueKind.Object ? Span(cueElement) : null;
        QuoteSpeaker? speaker = q.TryGetProperty("speaker", out var speakerElement) && speakerElement.ValueKind == JsonValueKind.Object
            ? new QuoteSpeaker(Span(speakerElement), OptionalString(speakerElement, "entity"))
            : null;
        var parts = q.TryGetProperty("parts", out var partArray)
            ? [.. partArray.EnumerateArray().Select(Span)]
            : ImmutableArray<TextSpan>.Empty;
        return new Quote(Span(q), q.TryGetProperty("direct", out var direct) && direct.GetBoolean(), cue, speaker, OptionalString(q, "source"), parts);
    }

    private static TextSpan Span(JsonElement element) =>
        new(element.GetProperty("start").GetInt32(), element.GetProperty("end").GetInt32());

    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, ImmutableArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableArray<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];
}
