using System.Text;
using BenchmarkDotNet.Attributes;
using Newsdesk.Extraction.Cleaning;

namespace Newsdesk.Bench;

/// <summary>
/// Throughput of the cleaner (issue 4: at least 20 MB of text per second on one core) on fixed synthetic inputs: a
/// clean article, and a whole-page dump where most lines are menus, prompts and footers. Report MB/s as
/// <c>InputBytes / Mean</c>.
/// </summary>
[MemoryDiagnoser]
public class CleaningBenchmarks
{
    private readonly TextCleaner _cleaner = new(CleaningOptions.Default);
    private string _article = "";
    private string _pageDump = "";

    [Params(200)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var article = new StringBuilder();
        var dump = new StringBuilder();
        for (var a = 0; a < Articles; a++)
        {
            dump.Append("Skip to content\n\nHome\n\nWorld\n\nBusiness\n\nSport\n\nSign up for our newsletter\n\n");
            for (var p = 0; p < 8; p++)
            {
                var paragraph = Paragraph(random);
                article.Append(paragraph).Append("\n\n");
                dump.Append(paragraph).Append("\n\n");
                if (p == 3)
                {
                    dump.Append("A view of the harbour on Monday morning (Jane Doe/Example Press via AP)\n\nAdvertisement\n\n");
                }
            }

            dump.Append("Related stories\n\nCouncil approves budget for next year\n\nShare this article\n\n© 2026 Example News. All rights reserved.\n\n");
        }

        _article = article.ToString();
        _pageDump = dump.ToString();
        Console.WriteLine($"// article input {_article.Length:N0} chars, page dump {_pageDump.Length:N0} chars");
    }

    [Benchmark]
    public int CleanArticle() => _cleaner.Clean(_article, []).Text.Length;

    [Benchmark]
    public int CleanPageDump() => _cleaner.Clean(_pageDump, []).Text.Length;

    private static readonly string[] _words =
    [
        "the", "council", "said", "on", "Tuesday", "that", "plan", "would", "cost", "more", "than", "expected", "and", "residents",
        "were", "asked", "to", "comment", "before", "vote", "in", "March", "officials", "warned", "budget", "could", "rise",
    ];

    private static string Paragraph(Random random)
    {
        var builder = new StringBuilder();
        var sentences = random.Next(2, 5);
        for (var s = 0; s < sentences; s++)
        {
            var length = random.Next(12, 25);
            for (var w = 0; w < length; w++)
            {
                var word = _words[random.Next(_words.Length)];
                builder.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w == length - 1 ? ". " : " ");
            }
        }

        return builder.ToString().TrimEnd();
    }
}
