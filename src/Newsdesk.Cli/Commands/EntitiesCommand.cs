using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Cli.Output;
using Newsdesk.Documents;
using Newsdesk.Storage;
using Newsdesk.Storage.Sqlite;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk entities</c>: the most mentioned people, organisations and places across stored articles.</summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "Only this type: PER, ORG, LOC or MISC" };
        var from = new Option<string?>("--from") { Description = "Only articles published on or after this day" };
        var to = new Option<string?>("--to") { Description = "Only articles published on or before this day" };
        var limit = new Option<int>("--limit", "-n") { Description = "Most entities shown", DefaultValueFactory = _ => 25 };
        var json = CommonOptions.Json("Write one JSON object per entity");
        var database = CommonOptions.Database();
        var command = new Command("entities", "List the most mentioned entities with article counts.\n\nExample: newsdesk entities --type PER --from 2021-01")
        {
            type, from, to, limit, json, database,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            EntityType? entityType = null;
            if (parse.GetValue(type) is { } code)
            {
                entityType = EntityTypeCodes.TryParse(code.Trim().ToUpperInvariant(), out var parsed)
                    ? parsed
                    : throw new UsageException($"--type must be one of PER, ORG, LOC, MISC (got '{code}')");
            }

            var query = new EntityQuery
            {
                Type = entityType,
                From = DayArgument.Parse(parse.GetValue(from), "--from", isEnd: false),
                To = DayArgument.Parse(parse.GetValue(to), "--to", isEnd: true),
                Limit = parse.GetValue(limit) is var n && n >= 1 ? n : throw new UsageException("--limit must be at least 1"),
            };
            await using var store = SqliteArticleStore.Open(DatabaseLocation.Resolve(parse.GetValue(database)), create: false);
            var entities = await store.GetEntitiesAsync(query, cancellationToken);
            await using var stdout = StandardStreams.OpenStdout();
            foreach (var entity in entities)
            {
                if (parse.GetValue(json))
                {
                    await stdout.WriteAsync(JsonSerializer.Serialize(new { name = entity.Name, type = entity.Type.ToCode(), articles = entity.Articles, mentions = entity.Mentions }) + "\n");
                }
                else
                {
                    await stdout.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"{entity.Articles,8:N0} articles {entity.Mentions,8:N0} mentions  {entity.Type.ToCode(),-4} {entity.Name}\n"));
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
