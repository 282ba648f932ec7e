using System.Diagnostics;

namespace Newsdesk.Times.Evaluation;

/// <summary>
/// Measures the recognizer's steady-state speed on the evaluation texts. The scoring pass alone is no speed figure:
/// on a few hundred small TimeML files it is dominated by JIT compilation (the first document costs ~50 ms of static
/// initialisation and compiling; .NET's tiered compilation runs the grammar as unoptimised tier-0 code, 3–4× slower,
/// until its methods are recompiled in the background, which on a loaded machine takes a few passes) and, on a shared
/// machine, by time spent waiting for a core (a 3 KB document needing 1 ms of CPU can take 40 ms of wall-clock time).
/// So the meter repeats the whole set several times, one thread, and reports the median pass in both wall-clock and
/// process CPU time. Not thread-safe with other work in the process (CPU time is the process's).
/// </summary>
public static class TimeSpeedMeter
{
    /// <summary>Passes run before measuring, so that the grammar is compiled at its optimised tier.</summary>
    public const int DefaultWarmUpPasses = 3;

    /// <summary>Runs <paramref name="recognizer"/> over <paramref name="documents"/> <paramref name="warmUpPasses"/>
    /// times unmeasured, then <paramref name="passes"/> times measured.</summary>
    public static TimeSpeed Measure(IReadOnlyList<TimeMLDocument> documents, TimeRecognizer recognizer, int passes = 5, int warmUpPasses = DefaultWarmUpPasses)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(warmUpPasses);
        for (var pass = 0; pass < warmUpPasses; pass++)
        {
            RunPass(documents, recognizer);
        }

        var wall = new double[passes];
        var cpu = new double[passes];
        for (var pass = 0; pass < passes; pass++)
        {
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var start = Stopwatch.GetTimestamp();
            RunPass(documents, recognizer);
            wall[pass] = Stopwatch.GetElapsedTime(start).TotalSeconds;
            cpu[pass] = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
        }

        return new TimeSpeed(documents.Sum(d => (long)d.Text.Length), passes, Median(wall), Median(cpu));
    }

    private static void RunPass(IReadOnlyList<TimeMLDocument> documents, TimeRecognizer recognizer)
    {
        foreach (var document in documents)
        {
            _ = recognizer.Recognize(document.Text, document.CreationDate);
        }
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        return values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
    }
}
