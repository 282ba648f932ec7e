using Microsoft.Data.Sqlite;
using Newsdesk.Documents;
using Newsdesk.Processing;

namespace Newsdesk.Storage.Tests.Sqlite;

public sealed class SqliteArticleStoreWriteTests
{
    [Fact]
    public async Task SqliteArticleStore_ReadsBackWhatItWrote()
    {
        await using var db = new TemporaryStore();
        var original = Articles.Annotated();

        var summary = await db.Store.WriteAsync(original);
        var stored = await db.Store.GetAsync(ArticleKey.For(original.Metadata, original.Text).Id);

        Assert.Equal(new WriteSummary(1, 0, 0), summary);
        Assert.NotNull(stored);
        var document = stored.Document;
        Assert.Equal(original.Text, document.Text);
        Assert.Equal("biden-kim", document.Id);
        Assert.Equal("Biden warns Kim", document.Metadata.Title);
        Assert.Equal("2021-01-08", document.Metadata.Date?.ToString());
        Assert.Equal("Example News", document.Metadata.Site);
        Assert.Equal("en", document.Metadata.Language);
        Assert.Equal(original.Paragraphs.ToArray(), document.Paragraphs.ToArray());
        Assert.Equal(["Joe Biden", "Kim Jong Un", "Washington"], document.Entities.Select(e => e.Name));
        Assert.Equal(original.Entities[0].Mentions.ToArray(), document.Entities[0].Mentions.ToArray());
        Assert.Equal(original.Quotes[0].Content, Assert.Single(document.Quotes).Content);
        Assert.Equal(original.Quotes[0].Speaker, document.Quotes[0].Speaker);
        Assert.Equal(original.Times.ToArray(), document.Times.ToArray());
        Assert.True(document.Layers.HasFlag(Layers.Entities | Layers.Quotes | Layers.Times));
        Assert.Equal("url:example.com/biden-kim", stored.Key);
    }

    [Fact]
    public async Task SqliteArticleStore_FindsAnArticleBySourceIdUrlAndIdPrefix()
    {
        await using var db = new TemporaryStore();
        var original = Articles.Annotated();
        await db.Store.WriteAsync(original);
        var id = ArticleKey.For(original.Metadata, original.Text).Id;

        Assert.Equal(id, (await db.Store.GetAsync("biden-kim"))?.Id);
        Assert.Equal(id, (await db.Store.GetAsync("http://www.example.com/biden-kim/?utm_source=feed"))?.Id);
        Assert.Equal(id, (await db.Store.GetAsync(id[..6]))?.Id);
        Assert.Null(await db.Store.GetAsync("no-such-article"));
    }

    [Fact]
    public async Task SqliteArticleStore_KeepsWhatItWroteAfterReopening()
    {
        await using var db = new TemporaryStore();
        await db.Store.WriteAsync(Articles.Text("a", "Persistent words."));

        await db.ReopenAsync();

        Assert.Equal("Persistent words.", (await db.Store.GetAsync("a"))?.Document.Text);
        Assert.Equal("ok", db.Store.CheckIntegrity());
    }

    [Fact]
    public async Task SqliteArticleStore_StoresTheSameArticleOnce()
    {
        await using var db = new TemporaryStore();
        var article = Articles.Text("a", "The same story.", url: "https://example.com/same");

        await db.Store.WriteAsync(article);
        var second = await db.Store.WriteAsync(article);

        Assert.Equal(new WriteSummary(0, 0, 1), second);
        Assert.Equal(1, (await db.Store.GetStatisticsAsync()).Articles);
    }

    [Fact]
    public async Task SqliteArticleStore_UpdatesAChangedArticleUnderTheSameUrl()
    {
        await using var db = new TemporaryStore();
        await db.Store.WriteAsync(Articles.Text("v1", "The first version mentions apples.", url: "https://example.com/story"));

        var summary = await db.Store.WriteAsync(Articles.Text("v2", "The corrected version mentions pears.", url: "https://example.com/story"));

        Assert.Equal(new WriteSummary(0, 1, 0), summary);
        Assert.Equal(1, (await db.Store.GetStatisticsAsync()).Articles);
        Assert.Equal("The corrected version mentions pears.", (await db.Store.GetAsync("https://example.com/story"))?.Document.Text);
        Assert.Empty(await db.Store.SearchAsync(new SearchQuery { Text = "apples" }));
        Assert.Single(await db.Store.SearchAsync(new SearchQuery { Text = "pears" }));
    }

    [Fact]
    public async Task SqliteArticleStore_ReplacesTheLayersOfAnUpdatedArticle()
    {
        await using var db = new TemporaryStore();
        var annotated = Articles.Annotated();
        await db.Store.WriteAsync(annotated);

        await db.Store.WriteAsync(annotated with { Text = annotated.Text + " More.", Entities = [annotated.Entities[2]], Quotes = [], Times = [] });

        var statistics = await db.Store.GetStatisticsAsync();
        Assert.Equal((1, 1, 0, 0), (statistics.Articles, statistics.Entities, statistics.Quotes, statistics.Times));
    }

    [Fact]
    public async Task SqliteArticleStore_StoresTheSameTextWithoutUrlOnce()
    {
        await using var db = new TemporaryStore();
        await db.Store.WriteAsync(Articles.Text("scrape-1.txt", "Kim Jong Un spoke on Friday."));

        var summary = await db.Store.WriteAsync(Articles.Text("copy/scrape-1.txt", "Kim Jong Un spoke on Friday."));

        Assert.Equal(new WriteSummary(0, 0, 1), summary);
        Assert.Equal(1, (await db.Store.GetStatisticsAsync()).Articles);
    }

    [Fact]
    public async Task SqliteArticleStore_KeepsOneArticleForARescrapeThatDiffersOnlyInCaseAndSpacing()
    {
        // The key ignores case and spacing, so it is the same article; its stored text becomes the newer scrape.
        await using var db = new TemporaryStore();
        await db.Store.WriteAsync(Articles.Text("scrape-1.txt", "Kim Jong Un spoke on Friday."));

        await db.Store.WriteAsync(Articles.Text("scrape-2.txt", "  kim jong un SPOKE on friday  "));

        Assert.Equal(1, (await db.Store.GetStatisticsAsync()).Articles);
        Assert.Equal("  kim jong un SPOKE on friday  ", (await db.Store.GetAsync("scrape-2.txt"))?.Document.Text);
    }

    [Fact]
    public async Task SqliteArticleStore_TreatsHttpHttpsAndWwwVariantsAsOneArticle()
    {
        await using var db = new TemporaryStore();
        var text = "One story, several addresses.";

        var summary = await db.Store.WriteAsync(
            Articles.Text("a", text, url: "http://example.com/story"),
            Articles.Text("b", text, url: "https://www.example.com/story/"),
            Articles.Text("c", text, url: "https://EXAMPLE.com/story#top"));

        Assert.Equal(new WriteSummary(1, 0, 2), summary);
        Assert.Equal(1, (await db.Store.GetStatisticsAsync()).Articles);
    }

    [Fact]
    public async Task SqliteArticleStore_KeepsDifferentArticlesApart()
    {
        await using var db = new TemporaryStore();

        var summary = await db.Store.WriteAsync(
            Articles.Text("a", "Same words.", url: "https://example.com/a"),
            Articles.Text("b", "Same words.", url: "https://example.com/b"),
            Articles.Text("c", "Other words."));

        Assert.Equal(new WriteSummary(3, 0, 0), summary);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public async Task SqliteArticleStore_CountsDocumentsWithoutTextAndStoresNothing(string text)
    {
        await using var db = new TemporaryStore();

        var summary = await db.Store.WriteAsync(Articles.Text("blank", text));

        Assert.Equal(new WriteSummary(0, 0, 0, 1), summary);
        Assert.Equal(0, (await db.Store.GetStatisticsAsync()).Articles);
    }

    [Fact]
    public async Task SqliteArticleStore_WritesNothingOfABatchThatFailsMidway()
    {
        await using var db = new TemporaryStore();
        var good = Articles.Text("good", "A good article stored first in the batch.");
        var annotated = Articles.Annotated();
        // Two entities with one id break the entities table's key after the good article's rows were inserted.
        var broken = annotated with { Entities = [annotated.Entities[0], annotated.Entities[0]] };

        await Assert.ThrowsAsync<SqliteException>(() => db.Store.WriteAsync([good, broken]));

        Assert.Equal(0, (await db.Store.GetStatisticsAsync()).Articles);
        Assert.Null(await db.Store.GetAsync("good"));
        Assert.Empty(await db.Store.SearchAsync(new SearchQuery { Text = "good" }));
    }

    [Fact]
    public async Task SqliteArticleStore_WritesTheNextBatchAfterAFailedOne()
    {
        await using var db = new TemporaryStore();
        var annotated = Articles.Annotated();
        var broken = annotated with { Entities = [annotated.Entities[0], annotated.Entities[0]] };
        await Assert.ThrowsAsync<SqliteException>(() => db.Store.WriteAsync([broken]));

        var summary = await db.Store.WriteAsync(annotated);

        Assert.Equal(new WriteSummary(1, 0, 0), summary);
        Assert.Equal(3, (await db.Store.GetStatisticsAsync()).Entities);
    }

    [Fact]
    public async Task SqliteArticleStore_LeavesNothingOfAnUncommittedTransaction()
    {
        // What a kill -9 before Commit leaves: a transaction that never committed. Another connection sees nothing
        // of it, and once it is gone the database is whole.
        await using var db = new TemporaryStore();
        await db.Store.WriteAsync(Articles.Text("kept", "Committed before the crash."));
        using (var crashed = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            crashed.Open();
            using var transaction = crashed.BeginTransaction();
            using var insert = crashed.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO articles (id, article_key, source_id, text, content_hash, document, stored_at, updated_at) " +
                "VALUES ('0000000000000000', 'text:x', 'lost', 'Never committed.', 'h', '{\"id\":\"lost\"}', 'now', 'now')";
            insert.ExecuteNonQuery();

            Assert.Equal(1, (await db.Store.GetStatisticsAsync()).Articles);
        }

        await db.ReopenAsync();
        Assert.Equal(1, (await db.Store.GetStatisticsAsync()).Articles);
        Assert.Null(await db.Store.GetAsync("lost"));
        Assert.Equal("ok", db.Store.CheckIntegrity());
    }
}
