using System.CommandLine;
using Newsdesk.Cli.Output;
using Newsdesk.Serialization;
using Newsdesk.Storage.Sqlite;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk show ID</c>: one stored article with every layer.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The article's id (or a unique prefix of it), its source id, or its URL" };
        var json = CommonOptions.Json("Write the article as one JSON object (ARCHITECTURE.md)");
        var database = CommonOptions.Database();
        var command = new Command("show", "Show a stored article.\n\nExample: newsdesk show 3f2a9c1d0b7e4a55 --json") { id, json, database };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var reference = parse.GetValue(id)!;
            await using var store = SqliteArticleStore.Open(DatabaseLocation.Resolve(parse.GetValue(database)), create: false);
            var article = await store.GetAsync(reference, cancellationToken);
            if (article is null)
            {
                await StandardStreams.Stderr.WriteLineAsync($"error: no stored article matches '{reference}'");
                return ExitCodes.SomeFailed;
            }

            await using var stdout = StandardStreams.OpenStdout();
            var document = article.Document with { Id = article.Id };
            if (parse.GetValue(json))
            {
                await stdout.WriteAsync(DocumentJson.Serialize(document, writeMore: writer =>
                {
                    writer.WriteString("sourceId", article.Document.Id);
                    writer.WriteString("storedAt", article.StoredAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                    writer.WriteString("updatedAt", article.UpdatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                }));
                await stdout.WriteAsync('\n');
            }
            else
            {
                DocumentReport.Write(stdout, document);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
