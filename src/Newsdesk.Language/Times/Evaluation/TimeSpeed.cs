namespace Newsdesk.Times.Evaluation;

/// <summary>
/// How fast a <see cref="TimeRecognizer"/> ran over a set of texts (<see cref="TimeSpeedMeter"/>).
/// </summary>
/// <param name="Characters">Characters of text in one pass.</param>
/// <param name="Passes">Warm passes measured.</param>
/// <param name="WarmSeconds">Wall-clock seconds of the median warm pass; inflated when other processes share the
/// cores.</param>
/// <param name="WarmCpuSeconds">Process CPU seconds of the median warm pass (every thread, so background JIT and GC
/// count); the figure that does not depend on the machine's load.</param>
public sealed record TimeSpeed(long Characters, int Passes, double WarmSeconds, double WarmCpuSeconds)
{
    /// <summary>Megabytes (10^6 characters) per wall-clock second, warm.</summary>
    public double WallMegabytesPerSecond => WarmSeconds > 0 ? Characters / 1e6 / WarmSeconds : 0;

    /// <summary>Megabytes (10^6 characters) per CPU second on one core, warm.</summary>
    public double CpuMegabytesPerSecond => WarmCpuSeconds > 0 ? Characters / 1e6 / WarmCpuSeconds : 0;
}
