using System.Diagnostics;

namespace Newsdesk.Cli.Tests.Warc;

/// <summary>Runs the built <c>newsdesk</c> (copied beside the tests) as a separate process, as a user would.</summary>
internal static class NewsdeskProcess
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Outcome Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsdesk.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"newsdesk {string.Join(' ', arguments)} did not finish in 3 minutes");
        }

        return new Outcome(process.ExitCode, stdout, stderr.Result);
    }
}
