using System.Collections.Immutable;
using System.Globalization;

namespace Newsdesk.Extraction.Evaluation;

/// <summary>The figures of one evaluation run (docs/extraction-eval.md defines each).</summary>
public sealed record ExtractionReport
{
    public required string Dataset { get; init; }
    public int Pages { get; init; }
    public int FailedPages { get; init; }
    /// <summary>Bag-of-words body scores (mean over pages), overall; null when the set has no bodies.</summary>
    public BodyScore? Words { get; init; }
    /// <summary>4-shingle body scores (mean over pages), overall; null when the set has no bodies.</summary>
    public BodyScore? Shingles { get; init; }
    /// <summary>Bag-of-words and 4-shingle body scores by page type, in name order.</summary>
    public ImmutableArray<PageTypeScore> ByPageType { get; init; } = [];
    /// <summary>Summed with/without snippet counts; null when the set has no snippets.</summary>
    public SnippetCounts? Snippets { get; init; }
    /// <summary>title, authors, date, language, site: for each field the set labels.</summary>
    public ImmutableArray<FieldReport> Fields { get; init; } = [];
    public double Seconds { get; init; }
    public int Jobs { get; init; }
    public double PagesPerSecond { get; init; }
    public double MedianPageMilliseconds { get; init; }
    public string? SlowestPage { get; init; }
    public double SlowestPageMilliseconds { get; init; }
    public double PeakMemoryMegabytes { get; init; }
    /// <summary>Every page's score, in the truth file's order.</summary>
    public ImmutableArray<PageScore> PageScores { get; init; } = [];

    /// <summary>The figures by the names <c>--min</c> gates use: <c>f1</c>, <c>precision</c>, <c>recall</c> (bag of
    /// words), <c>f1.&lt;page type&gt;</c>, <c>shingle.f1</c> …, <c>snippets.f1</c> …, <c>&lt;field&gt;.accuracy</c>,
    /// <c>&lt;field&gt;.coverage</c>, <c>pages_per_second</c>.</summary>
    public ImmutableSortedDictionary<string, double> Metrics()
    {
        var metrics = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        if (Words is { } words)
        {
            metrics["precision"] = words.Precision;
            metrics["recall"] = words.Recall;
            metrics["f1"] = words.F1;
        }

        if (Shingles is { } shingles)
        {
            metrics["shingle.precision"] = shingles.Precision;
            metrics["shingle.recall"] = shingles.Recall;
            metrics["shingle.f1"] = shingles.F1;
        }

        foreach (var type in ByPageType)
        {
            metrics["f1." + type.PageType] = type.Words.F1;
            metrics["shingle.f1." + type.PageType] = type.Shingles.F1;
        }

        if (Snippets is { } snippets)
        {
            metrics["snippets.precision"] = snippets.Precision;
            metrics["snippets.recall"] = snippets.Recall;
            metrics["snippets.accuracy"] = snippets.Accuracy;
            metrics["snippets.f1"] = snippets.F1;
        }

        foreach (var field in Fields)
        {
            metrics[field.Field + ".accuracy"] = field.Accuracy;
            metrics[field.Field + ".coverage"] = field.Coverage;
        }

        metrics["pages_per_second"] = PagesPerSecond;
        metrics["success_rate"] = Pages == 0 ? 1 : (double)(Pages - FailedPages) / Pages;
        return metrics.ToImmutable();
    }

    internal static ExtractionReport From(string dataset, IReadOnlyList<PageScore> pages, bool hasBodies, double seconds, int jobs, long peakWorkingSet)
    {
        var snippets = pages.Aggregate(default(SnippetCounts), (sum, page) => sum + page.Snippets);
        var slowest = pages.Count == 0 ? null : pages.MaxBy(p => p.Milliseconds);
        var times = pages.Select(p => p.Milliseconds).Order().ToArray();
        return new ExtractionReport
        {
            Dataset = dataset,
            Pages = pages.Count,
            FailedPages = pages.Count(p => p.Failure is not null),
            Words = hasBodies ? BodyScore.Mean(pages.Select(p => p.Words)) : null,
            Shingles = hasBodies ? BodyScore.Mean(pages.Select(p => p.Shingles)) : null,
            ByPageType = hasBodies
                ? [.. pages.Where(p => p.PageType is not null).GroupBy(p => p.PageType!).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new PageTypeScore(g.Key, g.Count(), BodyScore.Mean(g.Select(p => p.Words)), BodyScore.Mean(g.Select(p => p.Shingles))))]
                : [],
            Snippets = snippets.Total == 0 ? null : snippets,
            Fields = [.. FieldReport.All(pages)],
            Seconds = seconds,
            Jobs = jobs,
            PagesPerSecond = seconds <= 0 ? 0 : pages.Count / seconds,
            MedianPageMilliseconds = times.Length == 0 ? 0 : times[times.Length / 2],
            SlowestPage = slowest?.Id,
            SlowestPageMilliseconds = slowest?.Milliseconds ?? 0,
            PeakMemoryMegabytes = peakWorkingSet / (1024.0 * 1024.0),
            PageScores = [.. pages],
        };
    }

    /// <summary>A plain-text table of the figures, for people.</summary>
    public string ToTable()
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string> { string.Create(c, $"dataset {Dataset}: {Pages} pages, {FailedPages} failed") };
        if (Words is { } words && Shingles is { } shingles)
        {
            lines.Add(string.Create(c, $"{"body",-24} {"P",7} {"R",7} {"F1",7}   {"4-sh P",7} {"4-sh R",7} {"4-sh F1",7}"));
            lines.Add(Row("all", Pages, words, shingles));
            lines.AddRange(ByPageType.Select(t => Row(t.PageType, t.Pages, t.Words, t.Shingles)));
        }

        if (Snippets is { } s)
        {
            lines.Add(string.Create(c, $"snippets: P {s.Precision:0.000}  R {s.Recall:0.000}  F1 {s.F1:0.000}  accuracy {s.Accuracy:0.000}  (TP {s.TruePositives}, FN {s.FalseNegatives}, FP {s.FalsePositives}, TN {s.TrueNegatives})"));
        }

        foreach (var field in Fields)
        {
            lines.Add(string.Create(c, $"{field.Field,-14} accuracy {field.Accuracy:0.000}  coverage {field.Coverage:0.000}  ({field.Correct}/{field.Labelled} correct, {field.Predicted} predicted)"));
        }

        lines.Add(string.Create(c, $"speed: {PagesPerSecond:0.0} pages/s with {Jobs} job(s) ({Seconds:0.00} s), median page {MedianPageMilliseconds:0.0} ms, slowest {SlowestPage} {SlowestPageMilliseconds:0.0} ms, peak memory {PeakMemoryMegabytes:0} MB"));
        return string.Join('\n', lines);
    }

    private static string Row(string name, int pages, BodyScore words, BodyScore shingles) => string.Create(CultureInfo.InvariantCulture,
        $"{name + " (" + pages + ")",-24} {words.Precision,7:0.000} {words.Recall,7:0.000} {words.F1,7:0.000}   {shingles.Precision,7:0.000} {shingles.Recall,7:0.000} {shingles.F1,7:0.000}");
}

/// <summary>Mean per-page precision, recall and F1.</summary>
public readonly record struct BodyScore(double Precision, double Recall, double F1)
{
    internal static BodyScore Mean(IEnumerable<PrecisionRecall?> scores)
    {
        double p = 0, r = 0, f = 0;
        var n = 0;
        foreach (var score in scores)
        {
            var s = score ?? default;
            p += s.Precision;
            r += s.Recall;
            f += s.F1;
            n++;
        }

        return n == 0 ? default : new BodyScore(p / n, r / n, f / n);
    }
}

/// <summary>Body scores of the pages of one <c>page_type</c>.</summary>
public sealed record PageTypeScore(string PageType, int Pages, BodyScore Words, BodyScore Shingles);

/// <summary>One metadata field over the pages that label it: accuracy = correct / labelled, coverage = predicted /
/// labelled. <c>title.strict</c> and <c>authors.strict</c> are the same fields under <see cref="FieldMatcher"/>'s
/// strict rules.</summary>
public sealed record FieldReport(string Field, int Labelled, int Predicted, int Correct)
{
    public double Accuracy => Labelled == 0 ? 0 : (double)Correct / Labelled;

    public double Coverage => Labelled == 0 ? 0 : (double)Predicted / Labelled;

    internal static IEnumerable<FieldReport> All(IReadOnlyList<PageScore> pages)
    {
        (string Name, Func<PageScore, FieldScore?> Get)[] fields =
        [
            ("title", p => p.Title), ("title.strict", p => p.TitleStrict), ("authors", p => p.Authors),
            ("authors.strict", p => p.AuthorsStrict), ("date", p => p.Date), ("language", p => p.Language), ("site", p => p.Site),
        ];
        foreach (var (name, get) in fields)
        {
            var labelled = pages.Select(get).Where(f => f is not null).Select(f => f!.Value).ToList();
            if (labelled.Count > 0)
            {
                yield return new FieldReport(name, labelled.Count, labelled.Count(f => f.Predicted), labelled.Count(f => f.Correct));
            }
        }
    }
}
