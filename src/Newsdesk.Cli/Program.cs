using Newsdesk.Cli;

// Parse errors are usage errors (exit 2, STYLE.md) — System.CommandLine's own default is 1.
var parse = NewsdeskCommand.Create().Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        await Console.Error.WriteLineAsync($"error: {error.Message}");
    }

    await Console.Error.WriteLineAsync("Run 'newsdesk --help' (or 'newsdesk COMMAND --help') for usage.");
    return ExitCodes.UsageError;
}

using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C stops after the current batch is committed; a second one kills the process.
    if (!interrupt.IsCancellationRequested)
    {
        e.Cancel = true;
        interrupt.Cancel();
    }
};

return await parse.InvokeAsync(cancellationToken: interrupt.Token);
