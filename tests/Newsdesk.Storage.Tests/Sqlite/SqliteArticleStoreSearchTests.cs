using Newsdesk.Documents;

namespace Newsdesk.Storage.Tests.Sqlite;

#pragma warning disable CA1001 // xunit disposes the store through IAsyncLifetime.DisposeAsync after each test.
public sealed class SqliteArticleStoreSearchTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly TemporaryStore _db = new();

    private static readonly Document[] _corpus =
    [
        Articles.Text("talks", "Officials held nuclear talks in Geneva. The talks ended early.", url: "https://a.example/talks", title: "Geneva meeting", date: "2021-01-08", site: "Alpha"),
        Articles.Text("weapons", "The nuclear programme grew. Talks were not held this year.", url: "https://b.example/weapons", title: "Programme report", date: "2021-02-15", site: "Beta"),
        Articles.Text("covid", "Covid-19 cases rose in Seoul; a:b testing ratio changed.", url: "https://a.example/covid", title: "Health update", date: "2021-03-01", site: "Alpha"),
        Articles.Text("denuclear", "Denuclearisation remained the stated goal of the summit.", url: "https://c.example/denuc", title: "Summit goals", date: "2020-12-31", site: "Gamma"),
        Articles.Text("undated", "A bakery in Busan sells bread all night.", title: "Night bakery"),
    ];

    public async Task InitializeAsync() => await _db.Store.WriteAsync(_corpus);

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<List<string>> SearchAsync(string text, Func<SearchQuery, SearchQuery>? filter = null)
    {
        var query = new SearchQuery { Text = text };
        var hits = await _db.Store.SearchAsync(filter is null ? query : filter(query));
        return [.. hits.Select(h => _corpus.Single(d => ArticleKey.For(d.Metadata, d.Text).Id == h.Id).Id)];
    }

    [Fact]
    public async Task Search_RequiresEveryWord()
    {
        Assert.Equal(["weapons"], await SearchAsync("nuclear programme"));
    }

    [Fact]
    public async Task Search_MatchesAPhraseOnlyWithItsWordsTogether()
    {
        Assert.Equal(["talks"], await SearchAsync("\"nuclear talks\""));
    }

    [Fact]
    public async Task Search_MatchesEitherSideOfOr()
    {
        Assert.Equal(["covid", "undated"], (await SearchAsync("seoul OR busan")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_ExcludesWordsAfterNot()
    {
        Assert.Equal(["talks"], await SearchAsync("nuclear NOT programme"));
    }

    [Fact]
    public async Task Search_MatchesPrefixes()
    {
        Assert.Equal(["denuclear"], await SearchAsync("denuclear*"));
    }

    [Fact]
    public async Task Search_StemsWords()
    {
        // The porter tokenizer: "talk" finds "talks".
        Assert.Equal(["talks", "weapons"], (await SearchAsync("talk")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("covid-19")]
    [InlineData("COVID-19")]
    [InlineData("a:b")]
    [InlineData("\"covid")]
    [InlineData("covid\"")]
    [InlineData("covid (")]
    [InlineData("covid )")]
    [InlineData("covid OR")]
    [InlineData("NOT covid")]
    [InlineData("covid AND AND seoul")]
    [InlineData("covid^ seoul~ {cases}")]
    public async Task Search_TreatsPunctuationAndStrayOperatorsSafely(string query)
    {
        Assert.Equal(["covid"], await SearchAsync(query));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"\"")]
    [InlineData("*")]
    [InlineData("( )")]
    [InlineData("OR NOT AND")]
    public async Task Search_WithoutWordsListsArticlesNewestFirst(string query)
    {
        Assert.Equal(["covid", "weapons", "talks", "denuclear", "undated"], await SearchAsync(query));
    }

    [Fact]
    public async Task Search_FiltersByPublicationDays()
    {
        var hits = await SearchAsync("", q => q with { From = new DateOnly(2021, 1, 8), To = new DateOnly(2021, 2, 15) });

        Assert.Equal(["weapons", "talks"], hits);
    }

    [Fact]
    public async Task Search_FiltersBySiteIgnoringCase()
    {
        Assert.Equal(["covid", "talks"], await SearchAsync("", q => q with { Site = "alpha" }));
    }

    [Fact]
    public async Task Search_CombinesWordsAndFilters()
    {
        Assert.Equal(["talks"], await SearchAsync("nuclear", q => q with { Site = "Alpha" }));
        Assert.Empty(await SearchAsync("nuclear", q => q with { From = new DateOnly(2022, 1, 1) }));
    }

    [Fact]
    public async Task Search_HonoursTheLimit()
    {
        Assert.Equal(2, (await SearchAsync("", q => q with { Limit = 2 })).Count);
    }

    [Fact]
    public async Task Search_MarksMatchedWordsInTheSnippet()
    {
        var hit = Assert.Single(await _db.Store.SearchAsync(new SearchQuery { Text = "geneva" }));

        Assert.Contains($"{SnippetMarks.Open}Geneva{SnippetMarks.Close}", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal("Geneva meeting", hit.Title);
        Assert.Equal("2021-01-08", hit.Date?.ToString());
        Assert.Equal("Alpha", hit.Site);
        Assert.Equal("https://a.example/talks", hit.Url);
    }

    [Fact]
    public async Task Search_RanksATitleMatchFirst()
    {
        // Both bodies name the bakery once and are as long; only the second article has it in its title.
        await using var db = new TemporaryStore();
        await db.Store.WriteAsync(
            Articles.Text("body", "The bakery on the corner opened early today and sold bread.", title: "Town news"),
            Articles.Text("title", "The shop on the corner opened early today and sold bakery goods.", title: "New bakery"));

        var hits = await db.Store.SearchAsync(new SearchQuery { Text = "bakery" });

        Assert.Equal(2, hits.Count);
        Assert.Equal("New bakery", hits[0].Title);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public async Task Search_FiltersByAnEntityName()
    {
        await using var db = new TemporaryStore();
        await db.Store.WriteAsync(Articles.Annotated(), Articles.Text("plain", "Joe Biden is mentioned but not annotated."));

        var hits = await db.Store.SearchAsync(new SearchQuery { Text = "biden", Entity = "kim jong un" });

        Assert.Equal("Biden warns Kim", Assert.Single(hits).Title);
    }

    [Theory]
    [InlineData("2021", 1)]
    [InlineData("2021-01", 1)]
    [InlineData("2021-01-08", 1)]
    [InlineData("2021-W01", 1)]
    [InlineData("2021-01-09", 0)]
    [InlineData("2020", 0)]
    public async Task Search_FiltersByTheTimesAnArticleMentions(string period, int expected)
    {
        await using var db = new TemporaryStore();
        await db.Store.WriteAsync(Articles.Annotated(), Articles.Text("plain", "Biden without times."));

        var hits = await db.Store.SearchAsync(new SearchQuery { Text = "biden", MentionsDate = period });

        Assert.Equal(expected, hits.Count);
    }

    [Fact]
    public async Task Search_RefusesAMentionsDateThatNamesNoPeriod()
    {
        await Assert.ThrowsAsync<StoreException>(() => _db.Store.SearchAsync(new SearchQuery { Text = "x", MentionsDate = "PRESENT_REF" }));
    }
}
