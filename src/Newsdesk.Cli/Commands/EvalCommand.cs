using System.CommandLine;

namespace Newsdesk.Cli.Commands;

/// <summary>
/// <c>newsdesk eval …</c>: measures a capability on a dataset in the formats of ../shared/data/README.md. Each
/// subcommand is a thin shell over a library evaluator, prints a table (or one JSON object with <c>--json</c>) and
/// accepts <c>--min METRIC=VALUE</c> floors (<see cref="MetricFloors"/>).
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Measure accuracy and speed on an evaluation dataset.\n\nExample: newsdesk eval extraction ../shared/data/extraction/wcxb-dev --min f1=0.86");
        foreach (var subcommand in Subcommands())
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    /// <summary>One line per evaluation; each lives in its own Eval…Command file.</summary>
    private static IEnumerable<Command> Subcommands() =>
        [
            EvalExtractionCommand.Create(),
            EvalNerCommand.Create(),
            EvalCleaningCommand.Create(),
            EvalQuotesCommand.Create(),
            EvalTimeCommand.Create(),
        ];
}
