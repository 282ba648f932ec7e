using System.IO.Compression;
using System.Text.Json;

namespace Newsdesk.Extraction.Cleaning.Evaluation;

/// <summary>
/// Reads a cleaning dataset (../shared/data/cleaning/*.jsonl[.gz]: <c>id</c>, <c>tool</c>, <c>page</c>,
/// <c>input</c>, <c>body</c>). A line that is not such a record is skipped and reported as
/// <c>file:line: message</c> through the <c>problems</c> callback; it never stops the read.
/// </summary>
public static class CleaningDataset
{
    public static List<CleaningRecord> Read(string path, Action<string>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        var isGzip = file.ReadByte() == 0x1f && file.ReadByte() == 0x8b;
        file.Position = 0;
        using Stream stream = isGzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var records = new List<CleaningRecord>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var record = Parse(line, out var problem);
            if (record is null)
            {
                problems?.Invoke($"{path}:{lineNumber}: {problem}");
                continue;
            }

            records.Add(record);
        }

        return records;
    }

    private static CleaningRecord? Parse(string line, out string problem)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return null;
            }

            string? Field(string name) =>
                root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

            var id = Field("id");
            var input = Field("input");
            var body = Field("body");
            if (id is null || input is null || body is null)
            {
                problem = "a record needs the string fields id, input and body";
                return null;
            }

            problem = "";
            return new CleaningRecord(id, Field("tool") ?? "unknown", Field("page") ?? id, input, body);
        }
        catch (JsonException e)
        {
            problem = "malformed JSON: " + e.Message;
            return null;
        }
    }
}
