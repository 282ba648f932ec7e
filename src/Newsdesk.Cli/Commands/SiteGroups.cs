using Newsdesk.Extraction.Cleaning.Evaluation;
using Newsdesk.Extraction.Evaluation;

namespace Newsdesk.Cli.Commands;

/// <summary>
/// The cross-validation groups of <c>train cleaner --sites</c>: a JSON Lines file of page <c>id</c> and <c>url</c>
/// (the extraction set's truth.jsonl) maps each page to its host without "www.", so that the pages of one site are
/// never split between training and scoring. Pages the file does not name, or names without an absolute url, are their own
/// group. The file is read by <see cref="ExtractionTruthReader"/>, which reports and skips lines that are not records.
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
        foreach (var truth in ExtractionTruthReader.Read(path, problem => problems.WriteLine($"warning: {problem}")))
        {
            if (Uri.TryCreate(truth.Url, UriKind.Absolute, out var uri))
            {
                var host = uri.Host.ToLowerInvariant();
                hostOf[truth.Id] = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
            }
            else
            {
                problems.WriteLine($"warning: {path}: page {truth.Id} has no absolute url; it is its own group");
            }
        }

        problems.WriteLine($"--sites: {hostOf.Count:N0} pages on {hostOf.Values.Distinct(StringComparer.Ordinal).Count():N0} sites");
        return record => hostOf.TryGetValue(record.Page, out var host) ? "site:" + host : "page:" + record.Page;
    }
}
