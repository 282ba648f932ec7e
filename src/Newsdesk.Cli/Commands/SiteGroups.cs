using System.Text.Json;
using Newsdesk.Extraction.Cleaning.Evaluation;

namespace Newsdesk.Cli.Commands;

/// <summary>
/// The cross-validation groups of <c>train cleaner --sites</c>: a JSON Lines file of page <c>id</c> and <c>url</c>
/// (the extraction set's truth.jsonl) maps each page to its host without "www.", so that the pages of one site are
/// never split between training and scoring. Pages the file does not name are their own group. A line that is not
/// such a record is reported and skipped.
/// </summary>
internal static class SiteGroups
{
    public static Func<CleaningRecord, string>? Read(string? path, TextWriter problems)
    {
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"--sites not found: {path}");
        }

        var hostOf = new Dictionary<string, string>(StringComparer.Ordinal);
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
                var root = json.RootElement;
                if (root.ValueKind == JsonValueKind.Object
                    && root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                    && root.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String
                    && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri))
                {
                    var host = uri.Host.ToLowerInvariant();
                    hostOf[id.GetString()!] = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
                    continue;
                }
            }
            catch (JsonException)
            {
            }

            problems.WriteLine($"warning: {path}:{lineNumber}: not a record with string fields id and an absolute url");
        }

        problems.WriteLine($"--sites: {hostOf.Count:N0} pages on {hostOf.Values.Distinct(StringComparer.Ordinal).Count():N0} sites");
        return record => hostOf.TryGetValue(record.Page, out var host) ? "site:" + host : "page:" + record.Page;
    }
}
