using System.Diagnostics;
using System.Globalization;
using Newsdesk.Extraction.Cleaning;
using Newsdesk.Extraction.Cleaning.Evaluation;
using Newsdesk.Extraction.Cleaning.Features;
using Newsdesk.Extraction.Cleaning.Model;

namespace Newsdesk.Bench;

/// <summary>
/// Cleaning speed as MB of input text per second of processor time on one thread, over the inputs of a cleaning
/// dataset (../shared/data/cleaning/wcxb-dev.jsonl.gz, read at run time), with the shipped model and a corpus index
/// per tool as <c>newsdesk eval cleaning</c> builds it (the index is built before timing: it is the first pass of a
/// run, measured apart). Issue 4 asks for 20 MB/s on one core. Warms up, then reports each pass, their median, and
/// one pass split into phases (segmenting, profiling, feature vectors, deciding) to show where the time goes.
/// <c>--model FILE</c> times another model file than the shipped one. Processor time, not wall clock: the machine is shared and its load is many times its core count.
/// </summary>
internal static class CleanSpeed
{
    public static int Run(string dataPath, int passes, string? modelPath)
    {
        var records = CleaningDataset.Read(dataPath);
        CleanerModel? model;
        using (var stream = modelPath is null ? null : File.OpenRead(modelPath))
        {
            model = stream is null ? CleanerModel.Shipped : CleanerModel.Load(stream);
        }

        var characters = records.Sum(r => (long)r.Input.Length);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var indexStart = process.TotalProcessorTime;
        var cleaners = records.GroupBy(r => r.Tool).ToDictionary(g => g.Key, g =>
        {
            var builder = new SiteBoilerplateIndexBuilder();
            foreach (var record in g)
            {
                builder.AddText(null, record.Input);
            }

            return new TextCleaner(CleaningOptions.Default with { Index = builder.Build(), Model = model });
        });
        process.Refresh();
        var indexCpu = (process.TotalProcessorTime - indexStart).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{records.Count:N0} records, {characters / 1e6:F1} M characters; corpus index (first pass) {indexCpu:F2} s processor time = {characters / 1e6 / indexCpu:F1} MB/s"));

        CleanAll(records, cleaners);
        var rates = new List<double>();
        for (var pass = 0; pass < passes; pass++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var kept = CleanAll(records, cleaners);
            process.Refresh();
            var cpu = (process.TotalProcessorTime - before).TotalSeconds;
            rates.Add(characters / 1e6 / cpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass + 1}: {cpu:F2} s processor time ({wall.ElapsedMilliseconds} ms wall): {characters / 1e6 / cpu:F1} MB/s; {kept:N0} characters kept"));
        }

        rates.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {rates[rates.Count / 2]:F1} MB per processor-second on one thread"));
        Phases(records, cleaners);
        return 0;
    }

    private static long CleanAll(List<CleaningRecord> records, Dictionary<string, TextCleaner> cleaners)
    {
        long kept = 0;
        foreach (var record in records)
        {
            kept += cleaners[record.Tool].Clean(record.Input, []).Text.Length;
        }

        return kept;
    }

    /// <summary>One pass with each phase timed on its own (processor time of the whole process, so the phases of a
    /// quiet machine add up to a pass).</summary>
    private static void Phases(List<CleaningRecord> records, Dictionary<string, TextCleaner> cleaners)
    {
        var process = Process.GetCurrentProcess();
        var segments = new List<List<CleaningUnit>>(records.Count);
        var segment = Time(() =>
        {
            foreach (var record in records)
            {
                segments.Add(UnitSegmenter.Segment(record.Input, []));
            }
        });
        var profiles = new List<UnitProfile[]>(records.Count);
        var profile = Time(() =>
        {
            for (var i = 0; i < records.Count; i++)
            {
                profiles.Add(UnitFeatures.Profile(segments[i], cleaners[records[i].Tool].Options.Index));
            }
        });
        var texts = segments.SelectMany(s => s).Select(u => u.Text).ToArray();
        var shapes = Time(() =>
        {
            foreach (var text in texts)
            {
                LineShape.Measure(text);
            }
        });
        var anyPhrase = new PhraseMatcher(new BoilerplateVocabulary.PhraseClass(
            "any", "every class", [.. BoilerplateVocabulary.All.SelectMany(c => c.AllPhrases).Distinct(StringComparer.Ordinal)]));
        var phrases = Time(() =>
        {
            foreach (var text in texts)
            {
                anyPhrase.IsMatch(text);
            }
        });
        var index = cleaners.Values.First().Options.Index;
        var keys = Time(() =>
        {
            foreach (var text in texts)
            {
                LineKey.Of(text);
                index.CorpusCount(text);
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"profile parts (processor s): shapes {shapes:F2}, any-phrase search {phrases:F2}, line keys and corpus counts {keys:F2}"));
        var vectors = new List<float[]>(records.Count);
        var compute = Time(() =>
        {
            for (var i = 0; i < records.Count; i++)
            {
                vectors.Add(UnitFeatures.Compute(segments[i], profiles[i]));
            }
        });
        var model = cleaners.Values.First().Options.Model;
        var predict = Time(() =>
        {
            for (var i = 0; model is not null && i < vectors.Count; i++)
            {
                model.PredictArticle(profiles[i], vectors[i]);
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"phases (processor s): segment {segment:F2}, profile {profile:F2}, features {compute:F2}, model {predict:F2}; units {segments.Sum(s => s.Count):N0}"));

        double Time(Action action)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            action();
            process.Refresh();
            return (process.TotalProcessorTime - before).TotalSeconds;
        }
    }
}
