using System.Diagnostics;
using System.Globalization;
using Newsdesk.Diagnostics;
using Newsdesk.Language.Entities;

namespace Newsdesk.Bench;

/// <summary>
/// Entity-tagging speed as tokens per second of processor time on one thread, over the CoNLL-2003 dev set (read from
/// ../shared at run time). On a shared machine whose load is many times its core count, wall-clock benchmarks
/// measure the queue for the CPU; processor time measures the tagger. Warms up (so the JIT has optimised the hot
/// path), then reports each timed pass and their median, and the dev F1 of the same model as a check that speed
/// work did not change the output.
/// </summary>
internal static class NerSpeed
{
    public static int Run(string modelPath, string devPath, int passes)
    {
        var documents = ConllReader.ReadFile(devPath, new List<Diagnostic>());
        var tagging = documents.Select(TaggingDocument.FromConll).ToArray();
        var tokens = tagging.Sum(d => d.Tokens.Length);
        var model = EntityModel.Load(modelPath);
        var chunks = new List<EntityChunk>();
        for (var warm = 0; warm < 5; warm++)
        {
            TagAll(model, tagging, chunks);
        }

        var process = Process.GetCurrentProcess();
        var rates = new List<double>();
        for (var pass = 0; pass < passes; pass++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            TagAll(model, tagging, chunks);
            process.Refresh();
            var cpu = (process.TotalProcessorTime - before).TotalSeconds;
            rates.Add(tokens / cpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass + 1}: {tokens:N0} tokens in {cpu * 1000:F0} ms processor time ({wall.ElapsedMilliseconds} ms wall): {tokens / cpu:N0} tokens/s"));
        }

        rates.Sort();
        var score = ConllTagger.Evaluate(model, documents);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median {rates[rates.Count / 2]:N0} tokens per processor-second on one thread; dev F1 {score.Overall.F1 * 100:F2} ({score.Overall.Correct} of {score.Overall.Predicted} predicted entities correct, {score.CorrectTokens} tokens right)"));
        return 0;
    }

    private static void TagAll(EntityModel model, TaggingDocument[] documents, List<EntityChunk> chunks)
    {
        foreach (var document in documents)
        {
            chunks.Clear();
            model.Tag(document, chunks);
        }
    }
}
