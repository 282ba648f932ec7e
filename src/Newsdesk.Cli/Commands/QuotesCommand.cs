using System.CommandLine;
using System.Text.Json;
using Newsdesk.Cli.Output;
using Newsdesk.Storage;
using Newsdesk.Storage.Sqlite;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk quotes</c>: who said what about whom, from stored articles.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes by this speaker (canonical name)" };
        var about = new Option<string?>("--about") { Description = "Only quotes whose content mentions this entity" };
        var from = new Option<string?>("--from") { Description = "Only articles published on or after this day" };
        var to = new Option<string?>("--to") { Description = "Only articles published on or before this day" };
        var limit = new Option<int>("--limit", "-n") { Description = "Most quotes shown", DefaultValueFactory = _ => 50 };
        var json = CommonOptions.Json("Write one JSON object per quote");
        var database = CommonOptions.Database();
        var command = new Command("quotes", "List stored quotes with their speakers and articles.\n\nExample: newsdesk quotes --speaker \"Joe Biden\" --about \"Kim Jong Un\"")
        {
            speaker, about, from, to, limit, json, database,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var query = new QuoteQuery
            {
                Speaker = parse.GetValue(speaker),
                About = parse.GetValue(about),
                From = DayArgument.Parse(parse.GetValue(from), "--from", isEnd: false),
                To = DayArgument.Parse(parse.GetValue(to), "--to", isEnd: true),
                Limit = parse.GetValue(limit) is var n && n >= 1 ? n : throw new UsageException("--limit must be at least 1"),
            };
            await using var store = SqliteArticleStore.Open(DatabaseLocation.Resolve(parse.GetValue(database)), create: false);
            var quotes = await store.GetQuotesAsync(query, cancellationToken);
            await using var stdout = StandardStreams.OpenStdout();

            // A direct quote's content carries its own quotation marks; a discontinuous one is its pieces joined.
            foreach (var quote in quotes)
            {
                if (parse.GetValue(json))
                {
                    await stdout.WriteAsync(JsonSerializer.Serialize(new
                    {
                        article = quote.ArticleId,
                        title = quote.ArticleTitle,
                        date = quote.Date,
                        content = quote.Content,
                        direct = quote.Direct,
                        speaker = quote.Speaker,
                        speakerEntity = quote.SpeakerEntity,
                        source = quote.Source,
                        cue = quote.Cue,
                    }, QuoteJsonOptions) + "\n");
                }
                else
                {
                    var via = quote.Source is null ? "" : $" (via {quote.Source})";
                    await stdout.WriteAsync($"{quote.Date ?? "????-??-??"} {quote.ArticleId} {quote.Speaker ?? "(unknown)"}{via} {quote.Cue ?? ""}: {quote.Content}\n");
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static readonly JsonSerializerOptions QuoteJsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
