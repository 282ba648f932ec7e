using System.CommandLine;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk train …</c>: reproducible training of the models shipped in models/.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model reproducibly (fixed seed) from annotated data.\n\nExample: newsdesk train ner --train train.conll --dev dev.conll --out models/ner.bin");
        foreach (var subcommand in Subcommands())
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    /// <summary>One line per trainable model; each lives in its own Train…Command file.</summary>
    private static IEnumerable<Command> Subcommands() =>
    [
        TrainCleanerCommand.Create(),
        TrainNerCommand.Create(),
    ];
}
