using System.CommandLine;
using Newsdesk.Cli.Commands;

namespace Newsdesk.Cli;

/// <summary>The root <c>newsdesk</c> command and every subcommand.</summary>
internal static class NewsdeskCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Newsdesk turns raw news into a searchable record of who said what about whom, and when.");
        foreach (var command in Commands())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static IEnumerable<Command> Commands() =>
    [
        IngestCommand.Create(),
        SearchCommand.Create(),
        ShowCommand.Create(),
        StatsCommand.Create(),
        EntitiesCommand.Create(),
        QuotesCommand.Create(),
        ProcessCommand.Create("extract",
            "Extract articles from HTML pages, WARC archives and feeds; nothing is stored.\n\nExample: newsdesk extract page.html crawl.warc.gz --json",
            Pipelines.ForExtract),
        CleanCommand.Create(),
        ProcessCommand.Create("annotate",
            "Find entities, quotes and time expressions in text, unchanged; nothing is stored.\n\nExample: newsdesk annotate article.txt --json",
            Pipelines.ForAnnotate),
        NerCommand.Create(),
        EvalCommand.Create(),
        TrainCommand.Create(),
    ];
}
