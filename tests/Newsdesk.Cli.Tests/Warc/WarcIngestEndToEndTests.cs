using System.Text.Json;
using System.Text.RegularExpressions;
using Newsdesk.Documents;
using Newsdesk.Ingest;
using Newsdesk.TestSupport;

namespace Newsdesk.Cli.Tests.Warc;

/// <summary>
/// Acceptance (issue 3): every WARC sample in ../shared/data/warc is ingested by the built <c>newsdesk ingest</c>
/// without a failure, and its articles are found by <c>newsdesk search</c>. One ingest of the whole folder keeps the
/// test to three processes; the expected articles of each sample come from the WARC reader itself.
/// </summary>
public sealed partial class WarcIngestEndToEndTests
{
    private const string Folder = "data/warc";

    [SharedDataFact(Folder)]
    public async Task EveryWarcSample_IsIngestedAndSearchable()
    {
        using var temporary = new TemporaryDirectory();
        var newsdesk = new NewsdeskProcess(temporary.Path) { Timeout = TimeSpan.FromMinutes(3) };
        var database = temporary.File("warc.db");
        var samples = Directory.GetFiles(SharedData.PathOf(Folder)).Where(f => f.Contains(".warc", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var expected = samples.ToDictionary(s => s, ArticlesOf);

        var ingest = await newsdesk.RunAsync(["ingest", .. samples, "--db", database, "--json"]);

        Assert.True(ingest.ExitCode == 0, $"ingest exited {ingest.ExitCode}: {ingest.Stderr}");
        using var summary = JsonDocument.Parse(ingest.Stdout);
        Assert.Equal(expected.Values.Sum(a => a.Count), summary.RootElement.GetProperty("read").GetInt32());
        Assert.Equal(0, summary.RootElement.GetProperty("failed").GetInt32());

        // Records that are not articles (requests, metadata, non-HTML or non-200 responses) are counted by reason.
        var skipped = SkippedBy(samples);
        Assert.NotEmpty(skipped);
        Assert.Equal(skipped.Values.Sum(), summary.RootElement.GetProperty("skipped").GetInt32());
        Assert.Equal(skipped, summary.RootElement.GetProperty("skippedByReason").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal));

        var listed = Hits(await newsdesk.RunAsync("search", "", "--db", database, "--json", "--limit", "10000"));
        var listedUrls = listed.Select(h => Key(h.Url)).ToHashSet(StringComparer.Ordinal);
        foreach (var (sample, articles) in expected)
        {
            Assert.NotEmpty(articles);
            Assert.All(articles, a => Assert.True(listedUrls.Contains(Key(a.Metadata.Url!)), $"{Path.GetFileName(sample)}: {a.Metadata.Url} is not stored"));
        }

        // Searchable: for each sample, a word of one of its stored articles finds that article.
        var probes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (sample, articles) in expected)
        {
            var urls = articles.Select(a => Key(a.Metadata.Url!)).ToHashSet(StringComparer.Ordinal);
            var probe = listed.Where(h => urls.Contains(Key(h.Url))).Select(h => (h.Url, Word: DistinctiveWord(h.Title + " " + h.Snippet))).FirstOrDefault(p => p.Word is not null);
            Assert.True(probe.Word is not null, $"{Path.GetFileName(sample)}: no stored article of it has a word to search for");
            probes[probe.Url] = probe.Word!;
        }

        var found = Hits(await newsdesk.RunAsync("search", string.Join(" OR ", probes.Values.Distinct(StringComparer.Ordinal)), "--db", database, "--json", "--limit", "10000"));
        Assert.All(probes, probe => Assert.True(found.Any(h => h.Url == probe.Key), $"searching \"{probe.Value}\" does not find {probe.Key}"));
    }

    /// <summary>
    /// The store keeps one article per identity (its canonical URL): the same page captured over http in one sample and
    /// declared canonical over https in another is stored once. Compare addresses without scheme, "www." and final "/".
    /// </summary>
    private static string Key(string url)
    {
        var key = url.Trim();
        key = key[(key.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0 ? scheme + 3 : 0)..];
        key = key.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? key[4..] : key;
        return key.TrimEnd('/').ToLowerInvariant();
    }

    private sealed record Hit(string Url, string Title, string Snippet);

    private static List<Hit> Hits(NewsdeskResult search)
    {
        Assert.True(search.ExitCode == 0, $"search exited {search.ExitCode}: {search.Stderr}");
        return [.. search.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var hit = JsonDocument.Parse(line);
            var root = hit.RootElement;
            return new Hit(
                root.TryGetProperty("url", out var url) ? url.GetString() ?? "" : "",
                root.TryGetProperty("title", out var title) ? title.GetString() ?? "" : "",
                root.TryGetProperty("snippet", out var snippet) ? snippet.GetString() ?? "" : "");
        })];
    }

    private static List<RawDocument> ArticlesOf(string sample)
    {
        var reader = new InputReader(ReaderRegistry.Default, ReaderOptions.Default);
        return [.. reader.Read(new InputFile(sample, Path.GetFileName(sample)), CancellationToken.None).Where(d => d.Kind == ContentKind.Html)];
    }

    private static Dictionary<string, int> SkippedBy(IEnumerable<string> samples)
    {
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new InputReader(ReaderRegistry.Default, ReaderOptions.Default);
        reader.Skipped += (reason, count) => skipped[reason] = skipped.GetValueOrDefault(reason) + count;
        foreach (var sample in samples)
        {
            _ = reader.Read(new InputFile(sample, Path.GetFileName(sample)), CancellationToken.None).Count();
        }

        return skipped;
    }

    /// <summary>The longest plain ASCII word (5+ letters) of the text, without highlight marks; null when none.</summary>
    private static string? DistinctiveWord(string text) =>
        AsciiWord().Matches(text.Replace("<mark>", " ", StringComparison.Ordinal).Replace("</mark>", " ", StringComparison.Ordinal))
            .Select(m => m.Value)
            .OrderByDescending(w => w.Length)
            .ThenBy(w => w, StringComparer.Ordinal)
            .FirstOrDefault();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z]{5,}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex AsciiWord();
}
