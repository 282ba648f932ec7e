using System.Collections.Immutable;
using System.Text.Json;

namespace Newsdesk.Extraction.Evaluation;

/// <summary>
/// Reads a set's <c>truth.jsonl</c>. A line that is not a valid record is reported (file, line, why) and skipped;
/// it never stops the evaluation.
/// </summary>
public static class ExtractionTruthReader
{
    public static IReadOnlyList<ExtractionTruth> Read(string path, Action<string> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var truths = new List<ExtractionTruth>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var truth = FromJson(json.RootElement);
                if (truth is null)
                {
                    report($"{path}:{lineNumber}: record has no string \"id\"; skipped");
                    continue;
                }

                truths.Add(truth);
            }
            catch (JsonException exception)
            {
                report($"{path}:{lineNumber}: not a JSON object ({exception.Message}); skipped");
            }
            catch (InvalidOperationException exception)
            {
                report($"{path}:{lineNumber}: a field has the wrong type ({exception.Message}); skipped");
            }
        }

        return truths;
    }

    private static ExtractionTruth? FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || String(root, "id") is not { Length: > 0 } id)
        {
            return null;
        }

        var hasDate = root.TryGetProperty("date", out var date);
        return new ExtractionTruth
        {
            Id = id,
            Url = String(root, "url"),
            Title = String(root, "title"),
            Authors = Strings(root, "authors"),
            Date = hasDate && date.ValueKind == JsonValueKind.String ? date.GetString() : null,
            DateLabelledAbsent = hasDate && date.ValueKind == JsonValueKind.Null,
            Body = String(root, "body"),
            With = Strings(root, "with"),
            Without = Strings(root, "without"),
            PageType = String(root, "page_type"),
            Language = String(root, "lang"),
            SiteName = String(root, "site_name"),
        };
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableArray<string> Strings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)],
            JsonValueKind.String => [value.GetString()!],
            _ => [],
        };
    }
}
