using System.Diagnostics;
using System.Text;

namespace Newsdesk.Cli.Tests;

/// <summary>What a run of <c>newsdesk</c> left: its exit code and everything it wrote.</summary>
public sealed record NewsdeskResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The non-empty lines of standard output.</summary>
    public IReadOnlyList<string> StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// Runs the built <c>newsdesk.dll</c> (copied beside the tests by the project reference) as a real process:
/// <c>dotnet newsdesk.dll ARGS</c> in a working directory, with optional standard input and environment variables,
/// killed after a timeout. <c>NEWSDESK_DB</c> is cleared unless a test sets it, so the caller's environment never
/// leaks in. Thread-safe: each call starts its own process.
/// </summary>
public sealed class NewsdeskProcess(string workingDirectory)
{
    /// <summary>The program under test.</summary>
    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "newsdesk.dll");

    /// <summary>Variables set (or, with a null value, removed) in the process's environment.</summary>
    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal) { ["NEWSDESK_DB"] = null };

    /// <summary>How long a run may take before it is killed and the test fails.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public string WorkingDirectory => workingDirectory;

    public Task<NewsdeskResult> RunAsync(params string[] arguments) => RunWithInputAsync(null, arguments);

    /// <summary>Runs with <paramref name="standardInput"/> written to the process's stdin (UTF-8), then closed.</summary>
    public async Task<NewsdeskResult> RunWithInputAsync(string? standardInput, params string[] arguments)
    {
        if (!File.Exists(DllPath))
        {
            throw new FileNotFoundException("newsdesk.dll is not beside the tests; does the test project reference src/Newsdesk.Cli?", DllPath);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            if (standardInput is not null)
            {
                await process.StandardInput.WriteAsync(standardInput);
            }
        }
        catch (IOException)
        {
            // The process exited without reading its input; its exit code and output tell why.
        }
        finally
        {
            process.StandardInput.Close();
        }

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException(
                $"newsdesk {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds:0} s\n--- stdout\n{await stdout}\n--- stderr\n{await stderr}");
        }

        return new NewsdeskResult(process.ExitCode, await stdout, await stderr);
    }
}
