using Newsdesk.Documents;
using Newsdesk.Storage.Sqlite;
using Newsdesk.Text;

namespace Newsdesk.Storage.Tests.Sqlite;

public sealed class SqliteArticleStoreQueryTests
{
    private static Document Mentioning(string id, string date, string site, string? language, params (string Name, EntityType Type)[] entities)
    {
        var text = $"Article {id} names " + string.Join(" and ", entities.Select(e => e.Name)) + ".";
        var document = Articles.Text(id, text, url: $"https://{site.ToLowerInvariant()}.example/{id}", date: date, site: site, language: language);
        return document with
        {
            Layers = document.Layers | Processing.Layers.Entities,
            Entities = [.. entities.Select((e, i) => new Entity($"e{i + 1}", e.Type, e.Name, [Articles.Find(text, e.Name), Articles.Find(text, e.Name)]))],
        };
    }

    private static KeyValuePair<string, long> Group(string name, long count) => new(name, count);

    [Fact]
    public async Task Statistics_CountArticlesBySiteMonthAndLanguage()
    {
        await using var db = new TemporaryStore();
        await db.Store.WriteAsync(
            Mentioning("a", "2021-01-08", "Alpha", "en"),
            Mentioning("b", "2021-01-20", "Alpha", "en"),
            Mentioning("c", "2021-02-01", "Beta", "ko"),
            Articles.Text("d", "No date, site or language."));

        var statistics = await db.Store.GetStatisticsAsync();

        Assert.Equal(4, statistics.Articles);
        Assert.Equal([Group("Alpha", 2), Group("Beta", 1), Group("unknown", 1)], statistics.BySite);
        Assert.Equal([Group("2021-01", 2), Group("2021-02", 1), Group("unknown", 1)], statistics.ByMonth);
        Assert.Equal([Group("en", 2), Group("ko", 1), Group("unknown", 1)], statistics.ByLanguage);
        Assert.Equal(SqliteSchema.CurrentVersion, statistics.SchemaVersion);
    }

    [Fact]
    public async Task Statistics_CountLayersOfAnEmptyDatabaseAsZero()
    {
        await using var db = new TemporaryStore();

        var statistics = await db.Store.GetStatisticsAsync();

        Assert.Equal((0L, 0L, 0L, 0L), (statistics.Articles, statistics.Entities, statistics.Quotes, statistics.Times));
        Assert.Empty(statistics.BySite);
    }

    [Fact]
    public async Task Entities_AreCountedByArticlesThenMentions()
    {
        await using var db = new TemporaryStore();
        await db.Store.WriteAsync(
            Mentioning("a", "2021-01-08", "Alpha", "en", ("Kim Jong Un", EntityType.Person), ("Seoul", EntityType.Location)),
            Mentioning("b", "2021-01-09", "Alpha", "en", ("Kim Jong Un", EntityType.Person)),
            Mentioning("c", "2021-03-01", "Beta", "en", ("KCNA", EntityType.Organization), ("Seoul", EntityType.Location)),
            Mentioning("d", "2021-03-02", "Beta", "en", ("Seoul", EntityType.Location)));

        var entities = await db.Store.GetEntitiesAsync(new EntityQuery());

        Assert.Equal(
            [new EntityCount("Seoul", EntityType.Location, 3, 6), new EntityCount("Kim Jong Un", EntityType.Person, 2, 4), new EntityCount("KCNA", EntityType.Organization, 1, 2)],
            entities);
    }

    [Fact]
    public async Task Entities_FilterByTypeAndDate()
    {
        await using var db = new TemporaryStore();
        await db.Store.WriteAsync(
            Mentioning("a", "2021-01-08", "Alpha", "en", ("Kim Jong Un", EntityType.Person), ("Seoul", EntityType.Location)),
            Mentioning("c", "2021-03-01", "Beta", "en", ("Moon Jae-in", EntityType.Person), ("Seoul", EntityType.Location)));

        var people = await db.Store.GetEntitiesAsync(new EntityQuery { Type = EntityType.Person });
        var march = await db.Store.GetEntitiesAsync(new EntityQuery { From = new DateOnly(2021, 3, 1), To = new DateOnly(2021, 3, 31) });

        Assert.Equal(["Kim Jong Un", "Moon Jae-in"], people.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Moon Jae-in", "Seoul"], march.Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Quotes_ListContentSpeakerAndCue()
    {
        await using var db = new TemporaryStore();
        await db.Store.WriteAsync(Articles.Annotated());

        var quote = Assert.Single(await db.Store.GetQuotesAsync(new QuoteQuery()));

        Assert.Equal("that Kim Jong Un \"must stop the tests\"", quote.Content);
        Assert.Equal("Joe Biden", quote.Speaker);
        Assert.Equal("Joe Biden", quote.SpeakerEntity);
        Assert.Equal("said", quote.Cue);
        Assert.False(quote.Direct);
        Assert.Equal("Biden warns Kim", quote.ArticleTitle);
        Assert.Equal("2021-01-08", quote.Date);
    }

    [Theory]
    [InlineData("joe biden", null, 1)]
    [InlineData("Kim Jong Un", null, 0)]
    [InlineData(null, "kim jong un", 1)]
    [InlineData(null, "Washington", 0)]
    [InlineData(null, "Joe Biden", 0)]
    [InlineData("Joe Biden", "Kim Jong Un", 1)]
    public async Task Quotes_FilterBySpeakerAndByWhomTheyMention(string? speaker, string? about, int expected)
    {
        await using var db = new TemporaryStore();
        await db.Store.WriteAsync(Articles.Annotated());

        var quotes = await db.Store.GetQuotesAsync(new QuoteQuery { Speaker = speaker, About = about });

        Assert.Equal(expected, quotes.Count);
    }

    [Fact]
    public async Task Quotes_NameAnUnresolvedSpeakerByTheMention()
    {
        await using var db = new TemporaryStore();
        const string Text = "Experts said the tests would go on.";
        var document = Articles.Text("experts", Text) with
        {
            Layers = Processing.Layers.Source | Processing.Layers.Text | Processing.Layers.Quotes,
            Quotes = [new Quote(Articles.Find(Text, "the tests would go on"), false, Articles.Find(Text, "said"), new QuoteSpeaker(new TextSpan(0, 7), null))],
        };
        await db.Store.WriteAsync(document);

        var quote = Assert.Single(await db.Store.GetQuotesAsync(new QuoteQuery { Speaker = "experts" }));

        Assert.Equal("Experts", quote.Speaker);
        Assert.Null(quote.SpeakerEntity);
    }
    [Fact]
    public async Task Quotes_ShowADiscontinuousQuoteAsItsPiecesWithoutTheAttribution()
    {
        await using var db = new TemporaryStore();
        const string Text = "“The plan is late,” said Ann Lee of Hanford County. “It will cost us.”";
        var document = Articles.Text("split", Text) with
        {
            Layers = Processing.Layers.Source | Processing.Layers.Text | Processing.Layers.Entities | Processing.Layers.Quotes,
            Entities =
            [
                new Entity("e1", EntityType.Person, "Ann Lee", [Articles.Find(Text, "Ann Lee")]),
                new Entity("e2", EntityType.Location, "Hanford County", [Articles.Find(Text, "Hanford County")]),
            ],
            Quotes =
            [
                new Quote(new TextSpan(0, Text.Length), true, Articles.Find(Text, "said"), new QuoteSpeaker(Articles.Find(Text, "Ann Lee"), "e1"),
                    Parts: [Articles.Find(Text, "“The plan is late,”"), Articles.Find(Text, "“It will cost us.”")]),
            ],
        };
        await db.Store.WriteAsync(document);

        var quote = Assert.Single(await db.Store.GetQuotesAsync(new QuoteQuery { Speaker = "Ann Lee" }));
        var about = await db.Store.GetQuotesAsync(new QuoteQuery { About = "Hanford County" });

        Assert.Equal("“The plan is late,” … “It will cost us.”", quote.Content);
        Assert.Empty(about);
    }
}
