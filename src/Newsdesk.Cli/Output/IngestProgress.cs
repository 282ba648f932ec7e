using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Newsdesk.Cli.Output;

/// <summary>
/// Shows an ingest's progress on stderr: a Spectre.Console bar with rate and time left when stderr is a terminal,
/// else a plain line every few seconds (logs and CI stay readable).
/// </summary>
internal sealed class IngestProgress
{
    private static readonly TimeSpan _plainInterval = TimeSpan.FromSeconds(5);

    private readonly long _totalBytes;
    private readonly Func<long> _bytesRead;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastPlain;

    public IngestProgress(long totalBytes, Func<long> bytesRead)
    {
        _totalBytes = totalBytes;
        _bytesRead = bytesRead;
    }

    /// <summary>Runs <paramref name="work"/>, which calls the given action with the count of documents done.</summary>
    public async Task<T> RunAsync<T>(Func<Action<int>, Task<T>> work)
    {
        if (!StandardStreams.StderrIsTerminal)
        {
            return await work(PrintPlain);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("ingest", maxValue: Math.Max(1, _totalBytes));
                task.IsIndeterminate = _totalBytes == 0;
                return await work(done =>
                {
                    task.Value = Math.Min(_bytesRead(), task.MaxValue);
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"ingest {done:N0} · {Rate(done):N0}/s");
                });
            });
    }

    private void PrintPlain(int done)
    {
        var elapsed = _clock.Elapsed;
        if (elapsed - _lastPlain < _plainInterval)
        {
            return;
        }

        _lastPlain = elapsed;
        var percent = _totalBytes > 0 ? string.Create(CultureInfo.InvariantCulture, $", {100.0 * _bytesRead() / _totalBytes:0}% of input") : "";
        StandardStreams.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest: {done:N0} documents, {Rate(done):N0}/s{percent}"));
    }

    private double Rate(int done) => done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
}
