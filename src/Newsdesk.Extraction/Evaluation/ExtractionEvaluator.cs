using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using Newsdesk.Documents;
using Newsdesk.Processing;

namespace Newsdesk.Extraction.Evaluation;

/// <summary>
/// <c>newsdesk eval extraction</c> as a library function: extracts every page of a set in the format of
/// ../shared/data/README.md (<c>truth.jsonl</c> + <c>pages/&lt;id&gt;.html.gz</c>) and scores it (see
/// <see cref="BodyMetrics"/>, <see cref="SnippetCounts"/>, <see cref="MetadataMatcher"/>, <see cref="FieldMatcher"/>). The time of a page covers
/// reading its gzipped file, decompressing and extracting, as <c>newsdesk extract</c> would.
/// </summary>
public static class ExtractionEvaluator
{
    /// <summary>Evaluates <paramref name="extractor"/> on the set in <paramref name="datasetPath"/>. Problems with
    /// the set (a bad truth line, a missing page) go to <paramref name="report"/> and never stop the run; a page the
    /// extractor throws on is scored as an empty extraction and counted as failed.</summary>
    /// <exception cref="DirectoryNotFoundException">The set or its truth file does not exist.</exception>
    public static ExtractionReport Evaluate(string datasetPath, IHtmlExtractor extractor, int jobs, Action<string> report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(report);
        var truthPath = Path.Combine(datasetPath, "truth.jsonl");
        if (!File.Exists(truthPath))
        {
            throw new DirectoryNotFoundException($"{truthPath} not found: a dataset folder holds truth.jsonl and pages/<id>.html.gz");
        }

        var truths = ExtractionTruthReader.Read(truthPath, report);
        var scores = new PageScore[truths.Count];
        var problems = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        Parallel.For(0, truths.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = cancellationToken },
            i => scores[i] = EvaluatePage(datasetPath, truths[i], extractor, problems, cancellationToken));
        clock.Stop();
        foreach (var problem in problems)
        {
            report(problem);
        }

        var hasBodies = truths.Any(t => t.Body is not null);
        using var process = Process.GetCurrentProcess();
        return ExtractionReport.From(Path.GetFileName(Path.TrimEndingDirectorySeparator(datasetPath)), scores, hasBodies,
            clock.Elapsed.TotalSeconds, Math.Max(1, jobs), process.PeakWorkingSet64);
    }

    private static PageScore EvaluatePage(string datasetPath, ExtractionTruth truth, IHtmlExtractor extractor, ConcurrentQueue<string> problems, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        HtmlExtraction? extraction = null;
        string? failure = null;
        var pagePath = Path.Combine(datasetPath, "pages", truth.Id + ".html.gz");
        try
        {
            var bytes = ReadGzip(pagePath);
            var source = new RawDocument
            {
                Id = truth.Id,
                Origin = pagePath,
                Kind = ContentKind.Html,
                Bytes = bytes,
                Metadata = new ArticleMetadata { Url = truth.Url },
            };
            extraction = extractor.Extract(source, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            failure = $"{pagePath}: cannot read the page: {exception.Message}";
        }
#pragma warning disable CA1031 // an evaluation reports an extractor's crash on a page and goes on: that is what it measures.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            failure = $"{pagePath}: extractor failed: {exception.GetType().Name}: {exception.Message}";
        }

        clock.Stop();
        if (failure is not null)
        {
            problems.Enqueue(failure);
        }

        return Score(truth, extraction, failure, clock.Elapsed.TotalMilliseconds);
    }

    private static byte[] ReadGzip(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    internal static PageScore Score(ExtractionTruth truth, HtmlExtraction? extraction, string? failure, double milliseconds)
    {
        var text = extraction?.Text ?? "";
        var metadata = extraction?.Metadata ?? ArticleMetadata.Empty;
        PrecisionRecall? words = null, shingles = null;
        if (truth.Body is not null || extraction is not null)
        {
            var predictedWords = WordTokens.Split(text);
            var expectedWords = WordTokens.Split(truth.Body);
            words = BodyMetrics.BagOfWords(predictedWords, expectedWords);
            shingles = BodyMetrics.Shingles(predictedWords, expectedWords);
        }

        var authors = metadata.Authors.IsDefaultOrEmpty ? null : string.Join("; ", metadata.Authors);
        var date = metadata.Date?.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new PageScore
        {
            Id = truth.Id,
            PageType = truth.PageType,
            Failure = failure,
            Milliseconds = milliseconds,
            Words = words,
            Shingles = shingles,
            Snippets = SnippetCounts.Score(text, truth.With, truth.Without),
            Title = truth.Title is null ? null
                : new FieldScore(metadata.Title is not null, MetadataMatcher.TitleMatches(metadata.Title, truth.Title, [truth.SiteName, metadata.Site], truth.Url ?? metadata.Url ?? metadata.CanonicalUrl), metadata.Title),
            TitleStrict = truth.Title is null ? null : new FieldScore(metadata.Title is not null, FieldMatcher.TitleMatches(metadata.Title, truth.Title), metadata.Title),
            Authors = truth.Authors.IsDefaultOrEmpty ? null : new FieldScore(!metadata.Authors.IsDefaultOrEmpty, MetadataMatcher.AuthorsMatch(metadata.Authors, truth.Authors), authors),
            AuthorsStrict = truth.Authors.IsDefaultOrEmpty ? null : new FieldScore(!metadata.Authors.IsDefaultOrEmpty, FieldMatcher.AuthorsMatch(metadata.Authors, truth.Authors), authors),
            Date = truth.Date is null ? null : new FieldScore(date is not null, FieldMatcher.DateMatches(date, truth.Date), date),
            Language = truth.Language is null ? null : new FieldScore(metadata.Language is not null, FieldMatcher.LanguageMatches(metadata.Language, truth.Language), metadata.Language),
            Site = truth.SiteName is null ? null : new FieldScore(metadata.Site is not null, FieldMatcher.SiteMatches(metadata.Site, truth.SiteName), metadata.Site),
        };
    }
}
