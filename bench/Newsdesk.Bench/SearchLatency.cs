using System.Diagnostics;
using System.Globalization;
using Newsdesk.Storage;
using Newsdesk.Storage.Sqlite;

namespace Newsdesk.Bench;

/// <summary>
/// Times top-10 searches on a database built from <see cref="SyntheticCorpus"/>: one-word, two-word, phrase, OR and
/// prefix queries drawn from the same word distribution, after a warm-up. Prints the median and 95th percentile.
/// </summary>
internal static class SearchLatency
{
    public static async Task<int> RunAsync(string database, int queries)
    {
        var corpus = new SyntheticCorpus();
        var random = new Random(7);
        await using var store = SqliteArticleStore.Open(database, create: false);
        var texts = Enumerable.Range(0, queries).Select(i => (i % 5) switch
        {
            0 => corpus.Word(random),
            1 => $"{corpus.Word(random)} {corpus.Word(random)}",
            2 => $"\"{corpus.Word(random)} {corpus.Word(random)}\"",
            3 => $"{corpus.Word(random)} OR {corpus.Word(random)}",
            _ => corpus.Word(random)[..2] + "*",
        }).ToArray();

        foreach (var text in texts.Take(20))
        {
            await store.SearchAsync(new SearchQuery { Text = text, Limit = 10 });
        }

        var timings = new List<double>(queries);
        var hits = 0L;
        foreach (var text in texts)
        {
            var clock = Stopwatch.StartNew();
            var result = await store.SearchAsync(new SearchQuery { Text = text, Limit = 10 });
            timings.Add(clock.Elapsed.TotalMilliseconds);
            hits += result.Count;
        }

        timings.Sort();
        var byKind = Enumerable.Range(0, 5).Select(kind =>
        {
            var sorted = timings.Where((_, i) => i % 5 == kind).Order().ToList();
            return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
        }).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search: {queries} top-10 queries, median {timings[timings.Count / 2]:0.00} ms, p95 {timings[(int)(timings.Count * 0.95)]:0.00} ms, max {timings[^1]:0.00} ms, {hits / (double)queries:0.0} hits/query"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median by kind: word {byKind[0]:0.00} ms, two words {byKind[1]:0.00} ms, phrase {byKind[2]:0.00} ms, OR {byKind[3]:0.00} ms, prefix {byKind[4]:0.00} ms"));
        return 0;
    }
}
