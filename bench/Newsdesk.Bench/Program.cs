using System.Globalization;
using BenchmarkDotNet.Running;
using Newsdesk.Bench;

// Load harnesses beside the BenchmarkDotNet suite:
//   generate --articles N --size BYTES --out FILE   a deterministic synthetic corpus (JSON Lines) for `newsdesk ingest`
//   search-latency --db FILE [--queries N]          top-10 search latency by word-frequency class on that corpus
//   ingest-phases [--articles N] [--batch-size N] [--no-fts]
//                                                    processor time per article of each phase of the text path
//   ner-speed --model FILE --dev FILE [--passes N]   entity-tagging tokens per processor-second on one thread
//   extraction-phases [--pages DIR] [--passes N]    processor time per page of each phase of `extract --json`
//   warc-memory [SIZE_MB]                            stream a synthetic multi-GB WARC, report peak working set
//   warc-read FILE...                                stream WARC (or any input) files, report time and peak working set
// Anything else goes to BenchmarkDotNet (e.g. --filter '*Store*').
return args.FirstOrDefault() switch
{
    "generate" => Generate(args),
    "ingest-phases" => await IngestPhases.RunAsync(int.Parse(Value(args, "--articles") ?? "20000", CultureInfo.InvariantCulture),
        int.Parse(Value(args, "--batch-size") ?? "1000", CultureInfo.InvariantCulture), args.Contains("--no-fts")),
    "extraction-phases" => ExtractionPhases.Run(Value(args, "--pages") ?? "../shared/data/extraction/wcxb-dev/pages",
        int.Parse(Value(args, "--passes") ?? "3", CultureInfo.InvariantCulture)),
    "warc-memory" => WarcMemoryCheck.Run(args),
    "warc-read" => WarcMemoryCheck.Read(args),
    "search-latency" => await SearchLatency.RunAsync(Value(args, "--db") ?? "bench.db", int.Parse(Value(args, "--queries") ?? "200", CultureInfo.InvariantCulture)),
    "ner-speed" => NerSpeed.Run(Value(args, "--model") ?? "models/ner.bin", Value(args, "--dev") ?? "../shared/data/ner/conll2003/dev.conll",
        int.Parse(Value(args, "--passes") ?? "7", CultureInfo.InvariantCulture)),
    _ => RunBenchmarks(args),
};

static int Generate(string[] args)
{
    var count = int.Parse(Value(args, "--articles") ?? "100000", CultureInfo.InvariantCulture);
    var size = int.Parse(Value(args, "--size") ?? "3000", CultureInfo.InvariantCulture);
    var output = Value(args, "--out") ?? "corpus.jsonl";
    var bytes = new SyntheticCorpus().Write(output, count, size);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{output}: {count:N0} articles, {bytes / 1e6:0.0} MB"));
    return 0;
}

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SyntheticCorpus).Assembly).Run(args);
    return 0;
}

static string? Value(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
