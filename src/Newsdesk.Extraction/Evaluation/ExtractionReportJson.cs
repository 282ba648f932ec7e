using System.Text.Json;

namespace Newsdesk.Extraction.Evaluation;

/// <summary>Writes an <see cref="ExtractionReport"/> as one JSON object (camelCase keys, UTF-8), with every metric
/// by its gate name under <c>metrics</c> and each page's scores (with the value given for each labelled field) under <c>pageScores</c>.</summary>
public static class ExtractionReportJson
{
    public static void Write(Stream stream, ExtractionReport report, bool includePages = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("dataset", report.Dataset);
        json.WriteNumber("pages", report.Pages);
        json.WriteNumber("failedPages", report.FailedPages);
        json.WriteStartObject("metrics");
        foreach (var (name, value) in report.Metrics())
        {
            json.WriteNumber(name, Math.Round(value, 6));
        }

        json.WriteEndObject();
        json.WriteStartArray("byPageType");
        foreach (var type in report.ByPageType)
        {
            json.WriteStartObject();
            json.WriteString("pageType", type.PageType);
            json.WriteNumber("pages", type.Pages);
            WriteBody(json, "words", type.Words);
            WriteBody(json, "shingles", type.Shingles);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (report.Snippets is { } snippets)
        {
            json.WriteStartObject("snippets");
            json.WriteNumber("truePositives", snippets.TruePositives);
            json.WriteNumber("falseNegatives", snippets.FalseNegatives);
            json.WriteNumber("falsePositives", snippets.FalsePositives);
            json.WriteNumber("trueNegatives", snippets.TrueNegatives);
            json.WriteEndObject();
        }

        json.WriteStartArray("fields");
        foreach (var field in report.Fields)
        {
            json.WriteStartObject();
            json.WriteString("field", field.Field);
            json.WriteNumber("labelled", field.Labelled);
            json.WriteNumber("predicted", field.Predicted);
            json.WriteNumber("correct", field.Correct);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("speed");
        json.WriteNumber("jobs", report.Jobs);
        json.WriteNumber("seconds", Math.Round(report.Seconds, 3));
        json.WriteNumber("pagesPerSecond", Math.Round(report.PagesPerSecond, 2));
        json.WriteNumber("medianPageMs", Math.Round(report.MedianPageMilliseconds, 2));
        json.WriteString("slowestPage", report.SlowestPage);
        json.WriteNumber("slowestPageMs", Math.Round(report.SlowestPageMilliseconds, 2));
        json.WriteNumber("peakMemoryMb", Math.Round(report.PeakMemoryMegabytes, 1));
        json.WriteEndObject();
        if (includePages)
        {
            json.WriteStartArray("pageScores");
            foreach (var page in report.PageScores)
            {
                json.WriteStartObject();
                json.WriteString("id", page.Id);
                if (page.PageType is not null)
                {
                    json.WriteString("pageType", page.PageType);
                }

                if (page.Words is { } words)
                {
                    json.WriteNumber("precision", Math.Round(words.Precision, 4));
                    json.WriteNumber("recall", Math.Round(words.Recall, 4));
                    json.WriteNumber("f1", Math.Round(words.F1, 4));
                }

                if (page.Shingles is { } shingles)
                {
                    json.WriteNumber("shingleF1", Math.Round(shingles.F1, 4));
                }

                json.WriteNumber("snippetMisses", page.Snippets.FalseNegatives);
                json.WriteNumber("snippetLeaks", page.Snippets.FalsePositives);
                json.WriteNumber("ms", Math.Round(page.Milliseconds, 2));
                if (page.Failure is not null)
                {
                    json.WriteString("failure", page.Failure);
                }

                WriteField(json, "title", page.Title);
                WriteField(json, "titleStrict", page.TitleStrict);
                WriteField(json, "authors", page.Authors);
                WriteField(json, "authorsStrict", page.AuthorsStrict);
                WriteField(json, "date", page.Date);
                WriteField(json, "language", page.Language);
                WriteField(json, "site", page.Site);

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>A labelled field of a page: <c>{"value": …, "correct": …}</c> (value null when none was given).</summary>
    private static void WriteField(Utf8JsonWriter json, string name, FieldScore? score)
    {
        if (score is not { } field)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("value", field.Value);
        json.WriteBoolean("correct", field.Correct);
        json.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter json, string name, BodyScore score)
    {
        json.WriteStartObject(name);
        json.WriteNumber("precision", Math.Round(score.Precision, 6));
        json.WriteNumber("recall", Math.Round(score.Recall, 6));
        json.WriteNumber("f1", Math.Round(score.F1, 6));
        json.WriteEndObject();
    }
}
