using System.CommandLine;
using Newsdesk.Cli.Output;
using Newsdesk.Ingest;
using Newsdesk.Processing;

namespace Newsdesk.Cli.Commands;

/// <summary>
/// The shape shared by <c>extract</c>, <c>clean</c> and <c>annotate</c>: read paths, run a pipeline, write each
/// document to stdout (JSON Lines with <c>--json</c>, else a readable report), store nothing. A command adds its own
/// options and decides, once its options are parsed, which pipeline runs and (optionally) how a document is written.
/// </summary>
internal static class ProcessCommand
{
    public static Command Create(string name, string description, Func<DocumentPipeline> pipeline) =>
        Create(name, description, [], _ => new ProcessPlan(pipeline()));

    public static Command Create(string name, string description, Option[] extraOptions, Func<ProcessContext, ProcessPlan> plan)
    {
        var paths = CommonOptions.Paths();
        var json = CommonOptions.Json();
        var jobs = CommonOptions.Jobs();
        var format = CommonOptions.Format();
        var maxSize = CommonOptions.MaxSize();
        var maxRecordSize = CommonOptions.MaxRecordSize();
        var verbose = CommonOptions.Verbose();
        var command = new Command(name, description) { paths, json, jobs, format, maxSize, maxRecordSize, verbose };
        foreach (var option in extraOptions)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var readerOptions = new ReaderOptions
            {
                Format = parse.GetValue(format),
                MaxFileBytes = parse.GetValue(maxSize),
                MaxRecordBytes = parse.GetValue(maxRecordSize),
            };
            var inputs = parse.GetValue(paths)!;
            var asJson = parse.GetValue(json);
            var chosen = plan(new ProcessContext(parse, inputs, readerOptions, cancellationToken));
            var printer = new DiagnosticPrinter(StandardStreams.Stderr, parse.GetValue(verbose));
            await using var stdout = StandardStreams.OpenStdout();
            var run = new DocumentRun(readerOptions, CommonOptions.CheckJobs(parse.GetValue(jobs)), printer);
            var summary = await run.RunAsync(inputs, chosen.Pipeline, (document, _) =>
            {
                if (chosen.Write is { } write)
                {
                    write(stdout, document, asJson);
                }
                else if (asJson)
                {
                    JsonLinesWriter.Write(stdout, document);
                }
                else
                {
                    DocumentReport.Write(stdout, document);
                }

                return ValueTask.CompletedTask;
            }, cancellationToken);
            await stdout.FlushAsync(cancellationToken);
            StandardStreams.Stderr.WriteLine($"{name}: {summary.Read} read, {summary.DescribeFailures()}");
            return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        }));
        return command;
    }
}
