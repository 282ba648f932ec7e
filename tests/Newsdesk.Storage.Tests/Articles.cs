using Newsdesk.Documents;
using Newsdesk.Processing;
using Newsdesk.Storage.Sqlite;
using Newsdesk.TestSupport;
using Newsdesk.Text;

namespace Newsdesk.Storage.Tests;

/// <summary>Documents built by hand, as the pipeline would hand them to the store.</summary>
internal static class Articles
{
    public static Document Text(
        string id,
        string text,
        string? url = null,
        string? title = null,
        string? date = null,
        string? site = null,
        string? language = null)
    {
        var metadata = new ArticleMetadata
        {
            Url = url,
            Title = title,
            Date = date is not null && NewsDate.TryParse(date, out var parsed) ? parsed : null,
            Site = site,
            Language = language,
        };
        return new Document
        {
            Id = id,
            Source = new RawDocument { Id = id, Origin = id, Kind = ContentKind.Text, Content = text, Metadata = metadata },
            Layers = Layers.Source | Layers.Text,
            Text = text,
            Metadata = metadata,
            Paragraphs = ParagraphSplitter.Split(text),
        };
    }

    /// <summary>The span of the first occurrence of <paramref name="part"/> in <paramref name="text"/>.</summary>
    public static TextSpan Find(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{part}' is not in the text");
        return new TextSpan(start, start + part.Length);
    }

    /// <summary>An article where Biden speaks about Kim, with entities, a quote and a time expression.</summary>
    public static Document Annotated(string id = "biden-kim", string? url = "https://example.com/biden-kim", string date = "2021-01-08")
    {
        const string Body = "Joe Biden said on Friday that Kim Jong Un \"must stop the tests\". Biden spoke in Washington.";
        var document = Text(id, Body, url, "Biden warns Kim", date, "Example News", "en");
        return document with
        {
            Layers = document.Layers | Layers.Entities | Layers.Quotes | Layers.Times,
            Entities =
            [
                new Entity("e1", EntityType.Person, "Joe Biden", [Find(Body, "Joe Biden"), new TextSpan(65, 70)]),
                new Entity("e2", EntityType.Person, "Kim Jong Un", [Find(Body, "Kim Jong Un")]),
                new Entity("e3", EntityType.Location, "Washington", [Find(Body, "Washington")]),
            ],
            Quotes =
            [
                new Quote(Find(Body, "that Kim Jong Un \"must stop the tests\""), false, Find(Body, "said"),
                    new QuoteSpeaker(Find(Body, "Joe Biden"), "e1")),
            ],
            Times = [new TimeExpression(Find(Body, "Friday"), TimeType.Date, "2021-01-08")],
        };
    }

    public static async Task<WriteSummary> WriteAsync(this SqliteArticleStore store, params Document[] documents) =>
        await store.WriteAsync(documents);
}

/// <summary>A fresh database in a temporary folder.</summary>
internal sealed class TemporaryStore : IAsyncDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public TemporaryStore()
    {
        Path = _folder.File("news.db");
        Store = SqliteArticleStore.Open(Path, create: true);
    }

    public string Path { get; }

    public SqliteArticleStore Store { get; private set; }

    public string Folder => _folder.Path;

    /// <summary>Closes and opens the database again, as a second run would.</summary>
    public async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        Store = SqliteArticleStore.Open(Path, create: false);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _folder.Dispose();
    }
}
