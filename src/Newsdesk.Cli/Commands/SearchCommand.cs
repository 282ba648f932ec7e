using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Cli.Output;
using Newsdesk.Storage;
using Newsdesk.Storage.Sqlite;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk search QUERY</c>: full-text search ranked by bm25, with filters and highlighted snippets.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY")
        {
            Description = "Words (all must match), \"phrases\", OR, NOT, prefix*; \"\" lists by date with the filters alone",
        };
        var from = new Option<string?>("--from") { Description = "Published on or after this day (2021-01-08, 2021-01 or 2021)" };
        var to = new Option<string?>("--to") { Description = "Published on or before this day" };
        var site = new Option<string?>("--site") { Description = "Only this site" };
        var entity = new Option<string?>("--entity") { Description = "Only articles mentioning this entity (canonical name, e.g. \"Kim Jong Un\")" };
        var mentionsDate = new Option<string?>("--mentions-date") { Description = "Only articles that talk about a time in this period (2021, 2021-01, 2021-01-08)" };
        var limit = new Option<int>("--limit", "-n") { Description = "Most hits shown", DefaultValueFactory = _ => 10 };
        var json = CommonOptions.Json("Write one JSON object per hit; matched words are wrapped in <mark>…</mark>");
        var database = CommonOptions.Database();
        var command = new Command("search", "Search stored articles.\n\nExample: newsdesk search '\"nuclear talks\" OR denuclear*' --from 2021-01 --limit 5")
        {
            query, from, to, site, entity, mentionsDate, limit, json, database,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var request = new SearchQuery
            {
                Text = parse.GetValue(query) ?? "",
                From = DayArgument.Parse(parse.GetValue(from), "--from", isEnd: false),
                To = DayArgument.Parse(parse.GetValue(to), "--to", isEnd: true),
                Site = parse.GetValue(site),
                Entity = parse.GetValue(entity),
                MentionsDate = parse.GetValue(mentionsDate),
                Limit = parse.GetValue(limit) is var n && n >= 1 ? n : throw new UsageException("--limit must be at least 1"),
            };
            await using var store = SqliteArticleStore.Open(DatabaseLocation.Resolve(parse.GetValue(database)), create: false);
            var hits = await store.SearchAsync(request, cancellationToken);
            await using var stdout = StandardStreams.OpenStdout();
            var highlight = parse.GetValue(json) ? ("<mark>", "</mark>") : StandardStreams.StdoutIsTerminal ? ("\u001b[1;33m", "\u001b[0m") : ("**", "**");
            var rank = 0;
            foreach (var hit in hits)
            {
                var snippet = hit.Snippet.Replace(SnippetMarks.Open, highlight.Item1, StringComparison.Ordinal)
                    .Replace(SnippetMarks.Close, highlight.Item2, StringComparison.Ordinal)
                    .ReplaceLineEndings(" ");
                if (parse.GetValue(json))
                {
                    await stdout.WriteAsync(HitJson(hit, snippet));
                    await stdout.WriteAsync('\n');
                }
                else
                {
                    rank++;
                    var header = string.Join(" · ", new[] { hit.Id, hit.Date?.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), hit.Site }.Where(s => s is not null));
                    await stdout.WriteAsync($"{rank}. {header}\n   {hit.Title ?? "(untitled)"}\n   {snippet}\n\n");
                }
            }

            if (hits.Count == 0)
            {
                await StandardStreams.Stderr.WriteLineAsync("no articles match");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string HitJson(SearchHit hit, string snippet)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", hit.Id);
            if (hit.Title is not null)
            {
                writer.WriteString("title", hit.Title);
            }

            if (hit.Date is { } date)
            {
                writer.WriteString("date", date.ToString());
            }

            if (hit.Site is not null)
            {
                writer.WriteString("site", hit.Site);
            }

            if (hit.Url is not null)
            {
                writer.WriteString("url", hit.Url);
            }

            writer.WriteString("snippet", snippet);
            writer.WriteNumber("score", Math.Round(hit.Score, 4));
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
