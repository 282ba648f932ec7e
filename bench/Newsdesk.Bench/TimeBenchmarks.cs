using BenchmarkDotNet.Attributes;
using Newsdesk.Times;

namespace Newsdesk.Bench;

/// <summary>
/// Time-expression recognition speed on a fixed English news text (written for this benchmark, about 1 MB, dense in
/// time expressions), one thread. MB/s = 1 / (mean seconds) for <see cref="Recognize"/>.
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    // Sentences written for this benchmark in the style of wire copy; repeated to about 1 MB.
    private static readonly string[] _sentences =
    [
        "The central bank said on Friday that inflation had eased in the third quarter, its lowest level since 2019.",
        "President-elect Joe Biden, who is to take office on January 20, has called the plan a mistake.",
        "Talks have stalled for about two years because of disputes over sanctions on the North.",
        "The ruling party will present a new five-year development plan at its congress this month.",
        "Shares of the company rose 4% to $31.25 in composite trading on the New York Stock Exchange yesterday.",
        "Net income for the first nine months fell to $120 million from $140 million a year earlier.",
        "Officials expect the new bridge to open in the spring of 2023, several months later than planned.",
        "Residents were told to stay indoors until 6 p.m. Tuesday as crews cleared the debris.",
        "The museum, founded in the 1960s, receives about 300,000 visitors annually and opens every Monday.",
        "Mr. Smith, who joined the board in March, said the committee meets weekly and reports each quarter.",
        "Analysts now expect growth to slow next year after a strong recovery over the past 18 months.",
        "Police said the suspect had been living in the city for several weeks before his arrest last night.",
    ];

    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        var builder = new System.Text.StringBuilder();
        var i = 0;
        while (builder.Length < 1_000_000)
        {
            builder.Append(_sentences[i++ % _sentences.Length]).Append(i % 4 == 0 ? "\n\n" : " ");
        }

        _text = builder.ToString();
    }

    [Benchmark]
    public int Recognize() => TimeRecognizer.Default.Recognize(_text, new DateOnly(2021, 1, 8)).Length;
}
