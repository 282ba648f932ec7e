using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Cli.Output;
using Newsdesk.Storage;
using Newsdesk.Storage.Sqlite;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk stats</c>: what the database holds, by site, month and language.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json("Write the statistics as one JSON object");
        var database = CommonOptions.Database();
        var check = new Option<bool>("--check") { Description = "Also verify the database and its search index (PRAGMA integrity_check); exit 1 when damaged" };
        var command = new Command("stats", "Count stored articles by site, month and language.\n\nExample: newsdesk stats --json") { json, check, database };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var path = DatabaseLocation.Resolve(parse.GetValue(database));
            await using var store = SqliteArticleStore.Open(path, create: false);
            var statistics = await store.GetStatisticsAsync(cancellationToken);
            var integrity = parse.GetValue(check) ? store.CheckIntegrity() : null;
            await using var stdout = StandardStreams.OpenStdout();
            await stdout.WriteAsync(parse.GetValue(json) ? Json(path, statistics, integrity) + "\n" : Text(path, statistics) + (integrity is null ? "" : $"\nintegrity: {integrity}\n"));
            return integrity is null or "ok" ? ExitCodes.Success : ExitCodes.SomeFailed;
        }));
        return command;
    }

    private static string Text(string path, StoreStatistics statistics)
    {
        var output = new System.Text.StringBuilder();
        output.Append(CultureInfo.InvariantCulture, $"{path} (schema {statistics.SchemaVersion}): {statistics.Articles:N0} articles, {statistics.Entities:N0} entities, {statistics.Quotes:N0} quotes, {statistics.Times:N0} time expressions\n");
        Section("by site", statistics.BySite);
        Section("by month", statistics.ByMonth);
        Section("by language", statistics.ByLanguage);
        return output.ToString();

        void Section(string title, IReadOnlyList<KeyValuePair<string, long>> groups)
        {
            output.Append(CultureInfo.InvariantCulture, $"\n{title}\n");
            foreach (var (name, count) in groups)
            {
                output.Append(CultureInfo.InvariantCulture, $"  {count,10:N0}  {name}\n");
            }
        }
    }

    private static string Json(string path, StoreStatistics statistics, string? integrity)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("database", path);
            writer.WriteNumber("schemaVersion", statistics.SchemaVersion);
            writer.WriteNumber("articles", statistics.Articles);
            writer.WriteNumber("entities", statistics.Entities);
            writer.WriteNumber("quotes", statistics.Quotes);
            writer.WriteNumber("times", statistics.Times);
            Groups("bySite", statistics.BySite);
            Groups("byMonth", statistics.ByMonth);
            Groups("byLanguage", statistics.ByLanguage);
            if (integrity is not null)
            {
                writer.WriteString("integrity", integrity);
            }

            writer.WriteEndObject();

            void Groups(string name, IReadOnlyList<KeyValuePair<string, long>> groups)
            {
                writer.WriteStartObject(name);
                foreach (var (key, count) in groups)
                {
                    writer.WriteNumber(key, count);
                }

                writer.WriteEndObject();
            }
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
