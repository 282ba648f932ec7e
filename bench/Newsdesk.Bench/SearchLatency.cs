using System.Diagnostics;
using System.Globalization;
using Newsdesk.Storage;
using Newsdesk.Storage.Sqlite;

namespace Newsdesk.Bench;

/// <summary>
/// Times top-10 searches on a database built from <see cref="SyntheticCorpus"/>. Query words are drawn by frequency
/// class, as search benchmarks such as Lucene's do: <b>frequent</b> (the 100 most frequent words, in most articles:
/// the "the" and "said" of the corpus), <b>medium</b> (ranks 100–3,000) and <b>rare</b> (the rest). Each class is
/// timed as one word, two words, a phrase, an OR and a prefix, after a warm-up. Prints median and 95th percentile per
/// class, then over all queries together: the figure the foundation issue's "top-10 search, median" asks for. The
/// frequent class stays listed on its own because it is the slow one: bm25 scores every matching row.
/// </summary>
internal static class SearchLatency
{
    private static readonly (string Name, int First, int Last)[] _classes = [("frequent", 0, 100), ("medium", 100, 3000), ("rare", 3000, 30000)];

    public static async Task<int> RunAsync(string database, int queriesPerClass)
    {
        var corpus = new SyntheticCorpus();
        var random = new Random(7);
        await using var store = SqliteArticleStore.Open(database, create: false);
        var all = new List<double>();
        foreach (var (name, first, last) in _classes)
        {
            string Word() => corpus.WordOfRank(random.Next(first, Math.Min(last, corpus.VocabularySize)));
            var texts = Enumerable.Range(0, queriesPerClass).Select(i => (i % 5) switch
            {
                0 => Word(),
                1 => $"{Word()} {Word()}",
                2 => $"\"{Word()} {Word()}\"",
                3 => $"{Word()} OR {Word()}",
                _ => Word() is var stem && stem.Length > 5 ? stem[..5] + "*" : stem + "*",
            }).ToArray();

            foreach (var text in texts.Take(10))
            {
                await store.SearchAsync(new SearchQuery { Text = text, Limit = 10 });
            }

            var timings = new List<double>(texts.Length);
            var hits = 0L;
            foreach (var text in texts)
            {
                var clock = Stopwatch.StartNew();
                var result = await store.SearchAsync(new SearchQuery { Text = text, Limit = 10 });
                timings.Add(clock.Elapsed.TotalMilliseconds);
                hits += result.Count;
            }

            var byKind = Enumerable.Range(0, 5).Select(kind => Median(timings.Where((_, i) => i % 5 == kind))).ToArray();
            all.AddRange(timings);
            timings.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-8} words: {texts.Length} top-10 queries, median {Median(timings):0.00} ms, p95 {timings[(int)(timings.Count * 0.95)]:0.00} ms, {hits / (double)texts.Length:0.0} hits/query; median word {byKind[0]:0.00}, two words {byKind[1]:0.00}, phrase {byKind[2]:0.00}, OR {byKind[3]:0.00}, prefix {byKind[4]:0.00} ms"));
        }

        all.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all      classes: {all.Count} top-10 queries, median {Median(all):0.00} ms, p95 {all[(int)(all.Count * 0.95)]:0.00} ms"));
        return 0;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
