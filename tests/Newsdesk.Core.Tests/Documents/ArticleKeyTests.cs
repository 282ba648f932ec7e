using Newsdesk.Documents;

namespace Newsdesk.Core.Tests.Documents;

public sealed class ArticleKeyTests
{
    [Theory]
    [InlineData("https://example.com/news/story", "example.com/news/story")]
    [InlineData("http://example.com/news/story", "example.com/news/story")]
    [InlineData("HTTPS://EXAMPLE.COM/news/story", "example.com/news/story")]
    [InlineData("https://www.example.com/news/story", "example.com/news/story")]
    [InlineData("https://WWW.Example.Com/news/story", "example.com/news/story")]
    [InlineData("https://example.com/news/story/", "example.com/news/story")]
    [InlineData("https://example.com/news/story#comments", "example.com/news/story")]
    [InlineData("https://example.com/news/story?utm_source=x&utm_medium=y", "example.com/news/story")]
    [InlineData("https://example.com/news/story?UTM_Campaign=z", "example.com/news/story")]
    [InlineData("https://example.com/news/story?fbclid=abc&gclid=def", "example.com/news/story")]
    [InlineData("https://example.com/news?b=2&a=1", "example.com/news?a=1&b=2")]
    [InlineData("https://example.com/news?utm_source=x&id=7#top", "example.com/news?id=7")]
    [InlineData("https://example.com:443/news", "example.com/news")]
    [InlineData("https://example.com:8443/news", "example.com:8443/news")]
    [InlineData("  https://example.com/news  ", "example.com/news")]
    [InlineData("https://example.com", "example.com/")]
    [InlineData("https://example.com/", "example.com/")]
    public void ArticleKey_NormalizesUrlForIdentity(string url, string expected)
    {
        Assert.Equal(expected, ArticleKey.NormalizeUrl(url));
    }

    [Fact]
    public void ArticleKey_KeepsTheCaseOfThePath()
    {
        // Paths are case-sensitive on most servers: /Story and /story can be different articles.
        Assert.NotEqual(ArticleKey.NormalizeUrl("https://example.com/Story"), ArticleKey.NormalizeUrl("https://example.com/story"));
    }

    [Theory]
    [InlineData("example.com/news")]
    [InlineData("/news/story")]
    [InlineData("ftp://example.com/file")]
    [InlineData("mailto:editor@example.com")]
    [InlineData("")]
    public void ArticleKey_RefusesWhatIsNotAnAbsoluteHttpUrl(string url)
    {
        Assert.Null(ArticleKey.NormalizeUrl(url));
    }

    [Theory]
    [InlineData("Kim spoke on Friday.", "kim   spoke on friday")]
    [InlineData("Kim spoke on Friday.", "KIM SPOKE ON FRIDAY!")]
    [InlineData("Kim spoke on Friday.", "  Kim\nspoke\r\n\ton Friday . ")]
    [InlineData("\"We will win,\" he said.", "“We will win”, he said")]
    [InlineData("Workers' Party", "Workers’ Party")]
    public void ArticleKey_TextHashIgnoresWhitespaceCaseAndPunctuation(string one, string other)
    {
        Assert.Equal(ArticleKey.TextHash(one), ArticleKey.TextHash(other));
    }

    [Theory]
    [InlineData("Kim spoke on Friday.", "Kim spoke on Saturday.")]
    [InlineData("Kim spoke on Friday.", "Kim spoke Friday.")]
    [InlineData("covid 19", "covid 91")]
    [InlineData("word split", "wordsplit")]
    public void ArticleKey_TextHashChangesWithTheWords(string one, string other)
    {
        Assert.NotEqual(ArticleKey.TextHash(one), ArticleKey.TextHash(other));
    }

    [Fact]
    public void ArticleKey_UsesTheUrlWhenKnown()
    {
        var key = ArticleKey.For(new ArticleMetadata { Url = "https://www.example.com/a/" }, "any text");

        Assert.Equal("url:example.com/a", key.Value);
    }

    [Fact]
    public void ArticleKey_PrefersTheFetchedUrlToTheCanonicalUrl()
    {
        // Some sites declare their home page as every page's canonical URL; trusting it would merge articles.
        var metadata = new ArticleMetadata { Url = "https://m.example.com/a?utm_source=x", CanonicalUrl = "https://example.com/" };

        Assert.Equal("url:m.example.com/a", ArticleKey.For(metadata, "text").Value);
    }

    [Fact]
    public void ArticleKey_UsesTheCanonicalUrlWhenNoUrlIsKnown()
    {
        var metadata = new ArticleMetadata { CanonicalUrl = "https://example.com/a" };

        Assert.Equal("url:example.com/a", ArticleKey.For(metadata, "text").Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a url")]
    public void ArticleKey_FallsBackToTheTextHashWithoutAUsableUrl(string? url)
    {
        var key = ArticleKey.For(new ArticleMetadata { Url = url }, "Some article text.");

        Assert.Equal("text:" + ArticleKey.TextHash("some article text"), key.Value);
    }

    [Fact]
    public void ArticleKey_IdIsSixteenLowercaseHexDigitsAndStable()
    {
        var one = new ArticleKey("url:example.com/a");
        var same = new ArticleKey("url:example.com/a");
        var other = new ArticleKey("url:example.com/b");

        Assert.Matches("^[0-9a-f]{16}$", one.Id);
        Assert.Equal(one.Id, same.Id);
        Assert.NotEqual(one.Id, other.Id);
    }
}
