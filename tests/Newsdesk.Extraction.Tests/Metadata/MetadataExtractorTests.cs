using AngleSharp.Html.Parser;
using Newsdesk.Documents;
using Newsdesk.Extraction.Metadata;

namespace Newsdesk.Extraction.Tests.Metadata;

public sealed class MetadataExtractorTests
{
    private static readonly MetadataExtractor _extractor = new(new MetadataOptions { LatestDate = new DateOnly(2026, 11, 27) });

    private static ArticleMetadata Extract(string html, ArticleMetadata? known = null) =>
        _extractor.Extract(new HtmlParser().ParseDocument(html), known ?? new ArticleMetadata { Url = "https://news.example.com/story" });

    [Theory]
    [InlineData("<title>Storm hits the coast | Example News</title><meta property='og:site_name' content='Example News'>", "Storm hits the coast")]
    [InlineData("<title>Example News - Storm hits the coast</title><meta property='og:site_name' content='Example News'>", "Storm hits the coast")]
    [InlineData("<title>Storm hits the coast – example.com</title>", "Storm hits the coast")]
    [InlineData("<title>Spider-Man returns to the screen</title>", "Spider-Man returns to the screen")]
    public void Title_DropsTheSiteName(string head, string expected) =>
        Assert.Equal(expected, Extract($"<html><head>{head}</head><body></body></html>", new ArticleMetadata { Url = "https://www.example.com/a" }).Title);

    [Fact]
    public void Title_PrefersTheDeclaredHeadline() =>
        Assert.Equal("Storm hits the coast", Extract("<title>Home | Example</title><meta property='og:title' content='Storm hits the coast'>").Title);

    [Fact]
    public void Title_TakesThePartTheHeadingRepeats() =>
        Assert.Equal("Storm hits the coast", Extract("<title>Storm hits the coast | Weather | Daily Planet</title><body><h1>Storm hits the coast</h1></body>").Title);

    [Fact]
    public void Title_PicksTheJsonLdNameWhenTheHeadlineIsADescription()
    {
        const string html = """
            <title>New Zealand - Wikipedia</title>
            <script type="application/ld+json">{"@type":"Article","name":"New Zealand","headline":"island country in the Pacific"}</script>
            """;
        Assert.Equal("New Zealand", Extract(html).Title);
    }

    [Fact]
    public void Authors_ComeFromJsonLdPeopleNotOrganisations()
    {
        const string html = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"NewsArticle","headline":"H","author":[{"@id":"#jane"},{"@type":"Organization","name":"Example Media"}]},
              {"@type":"Person","@id":"#jane","name":"Jane Doe"}]}
            </script>
            """;
        Assert.Equal(["Jane Doe"], Extract(html).Authors.ToArray());
    }

    [Fact]
    public void Authors_ComeFromMetaTags() =>
        Assert.Equal(["Jane Doe", "John Roe"], Extract("<meta name='author' content='By Jane Doe and John Roe'>").Authors.ToArray());

    [Fact]
    public void Authors_ComeFromRelAuthorLinks() =>
        Assert.Equal(["Jane Doe"], Extract("<body><p>By <a rel='author' href='/jane'>Jane Doe</a></p></body>").Authors.ToArray());

    [Fact]
    public void Authors_ComeFromItempropAuthorName() =>
        Assert.Equal(["Jane Doe"], Extract("<body><span itemprop='author'><span itemprop='name'>Jane Doe</span> — Staff</span></body>").Authors.ToArray());

    [Fact]
    public void Authors_ComeFromBylineClassesButNotFromComments()
    {
        const string html = """
            <body><div class="comments"><span class="comment-author">Troll Account</span></div>
            <div class="c-byline">By Jane Doe | January 8, 2021</div></body>
            """;
        Assert.Equal(["Jane Doe"], Extract(html).Authors.ToArray());
    }

    [Fact]
    public void Authors_SkipAuthorBiographies()
    {
        const string html = """
            <body><div class="author-bio">Jane writes about weather and loves hiking in the Alps.</div>
            <span class="byline">Von Max Mustermann</span></body>
            """;
        Assert.Equal(["Max Mustermann"], Extract(html).Authors.ToArray());
    }

    [Fact]
    public void Authors_KeepAPersonalSiteNamedAfterItsAuthor() =>
        Assert.Equal(["Haki Benita"], Extract("<meta name='author' content='Haki Benita'><meta property='og:site_name' content='Haki Benita'>").Authors.ToArray());

    [Fact]
    public void Authors_DropTheSiteItself() =>
        Assert.Empty(Extract("<meta name='author' content='The Daily Planet'><meta property='og:site_name' content='The Daily Planet'>").Authors);

    [Fact]
    public void Date_ComesFromTheUrlFirst() =>
        Assert.Equal(new DateOnly(2021, 1, 8), Extract("<meta property='article:published_time' content='2021-01-09T10:00:00Z'>", new ArticleMetadata { Url = "https://example.com/2021/01/08/storm" }).Date?.Day);

    [Fact]
    public void Date_ComesFromJsonLdDatePublished() =>
        Assert.Equal(new DateOnly(2021, 1, 8), Extract("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-01-08T23:30:00-05:00","dateModified":"2021-02-01"}</script>""").Date?.Day);

    [Fact]
    public void Date_KeepsTheSourcesTimeAndOffset() =>
        Assert.Equal("2021-01-08T23:30-05:00", Extract("<meta property='article:published_time' content='2021-01-08T23:30:00-05:00'>").Date?.ToString());

    [Fact]
    public void Date_PrefersPublishedOverModified() =>
        Assert.Equal(new DateOnly(2021, 1, 8), Extract("<meta property='article:modified_time' content='2021-03-01'><meta name='pubdate' content='20210108'>").Date?.Day);

    [Fact]
    public void Date_UsesModifiedWhenNothingElse() =>
        Assert.Equal(new DateOnly(2021, 3, 1), Extract("<meta property='article:modified_time' content='2021-03-01'>").Date?.Day);

    [Fact]
    public void Date_ComesFromTimePubdate() =>
        Assert.Equal(new DateOnly(2019, 9, 22), Extract("<body><article><time datetime='2019-09-22T07:30:29Z' pubdate>22 sept.</time></article></body>").Date?.Day);

    [Theory]
    [InlineData("<div class='article-date'>Veröffentlicht am 8. Januar 2021, 10:30 Uhr</div>", 2021, 1, 8)]
    [InlineData("<p class='post-meta'>Posted on January 8th, 2021 by Jane</p>", 2021, 1, 8)]
    [InlineData("<span class='datum'>08.01.2021</span>", 2021, 1, 8)]
    [InlineData("<div class='dateline'>Updated 9 Jan 2021 · Published 8 Jan 2021</div>", 2021, 1, 8)]
    public void Date_ComesFromVisibleDatelines(string body, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Extract($"<body>{body}</body>").Date?.Day);

    [Fact]
    public void Date_ComesFromTextNearTheHeadline() =>
        Assert.Equal(new DateOnly(2020, 3, 4), Extract("<body><h1>Storm hits the coast today</h1><p>4 March 2020 — The storm…</p></body>").Date?.Day);

    [Fact]
    public void Date_IsNeverLaterThanTheCrawlDate()
    {
        var known = new ArticleMetadata { Url = "https://example.com/a", CrawlDate = new DateTimeOffset(2021, 1, 10, 12, 0, 0, TimeSpan.Zero) };
        var date = Extract("<meta property='article:published_time' content='2021-05-01'><meta name='date' content='2021-01-08'>", known).Date;
        Assert.Equal(new DateOnly(2021, 1, 8), date?.Day);
    }

    [Fact]
    public void Date_IgnoresImplausiblyOldDates() =>
        Assert.Null(Extract("<meta name='date' content='1871-01-18'>").Date);

    [Theory]
    [InlineData("<html lang='en-US'><body></body></html>", "en")]
    [InlineData("<html><head><meta http-equiv='content-language' content='de'></head></html>", "de")]
    [InlineData("<html><head><meta property='og:locale' content='fr_FR'></head></html>", "fr")]
    public void Language_ComesFromMarkup(string html, string expected) => Assert.Equal(expected, Extract(html).Language);

    [Theory]
    [InlineData("Die Regierung hat am Montag beschlossen, dass die neuen Regeln für alle Bürger gelten sollen, und sie wird das Gesetz noch in dieser Woche im Bundestag vorlegen, wie ein Sprecher sagte.", "de")]
    [InlineData("The government said on Monday that the new rules would apply to all citizens, and that it was going to present the law to parliament this week, a spokesman told reporters.", "en")]
    [InlineData("Le gouvernement a annoncé lundi que les nouvelles règles seront appliquées à tous les citoyens et que la loi sera présentée au parlement cette semaine, selon un porte-parole de la présidence.", "fr")]
    public void Language_IsDetectedFromTheTextWhenUndeclared(string text, string expected) =>
        Assert.Equal(expected, Extract($"<html><body><p>{text}</p></body></html>").Language);

    [Fact]
    public void Site_ComesFromOpenGraphElseTheHost()
    {
        Assert.Equal("Daily Planet", Extract("<meta property='og:site_name' content='Daily Planet'>").Site);
        Assert.Equal("news.example.com", Extract("<title>x</title>").Site);
    }

    [Fact]
    public void CanonicalImageSectionKeywordsAndDescription_AreRead()
    {
        const string html = """
            <link rel="canonical" href="/2021/storm">
            <meta property="og:image" content="/img/storm.jpg">
            <meta property="article:section" content="Weather">
            <meta name="keywords" content="storm, coast, storm">
            <meta property="og:description" content="A storm hit the coast.">
            """;
        var metadata = Extract(html);
        Assert.Equal("https://news.example.com/2021/storm", metadata.CanonicalUrl);
        Assert.Equal("https://news.example.com/img/storm.jpg", metadata.Image);
        Assert.Equal("Weather", metadata.Section);
        Assert.Equal(["storm", "coast"], metadata.Keywords.ToArray());
        Assert.Equal("A storm hit the coast.", metadata.Description);
    }

    [Fact]
    public void KnownValues_TakePrecedence()
    {
        var known = new ArticleMetadata { Url = "https://example.com/a", Title = "Given", Authors = ["Given Author"], Date = new NewsDate(new DateOnly(2020, 1, 1)) };
        var metadata = Extract("<title>Other</title><meta name='author' content='Other Author'><meta name='date' content='2021-01-01'>", known);
        Assert.Equal("Given", metadata.Title);
        Assert.Equal(["Given Author"], metadata.Authors.ToArray());
        Assert.Equal(new DateOnly(2020, 1, 1), metadata.Date?.Day);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<script type='application/ld+json'>{\"@type\": [\"NewsArticle\", {\"x\": </script>")]
    [InlineData("<script type='application/ld+json'>[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]</script>")]
    [InlineData("<meta name='date' content='2021-13-45'><meta name='author' content='@@@ ### 123'><title>|||</title>")]
    [InlineData("<meta property='og:image' content='javascript:alert(1)'><link rel='canonical' href='::::'>")]
    public void Extract_NeverThrowsOnGarbage(string html)
    {
        var metadata = Extract(html);
        Assert.NotNull(metadata);
        Assert.Null(metadata.Image);
    }

    [Fact]
    public void Extract_SurvivesDeepNesting()
    {
        var html = string.Concat(Enumerable.Repeat("<div class='byline'>", 5000)) + "By Jane Doe";
        Assert.NotNull(Extract(html));
    }

    [Fact]
    public void Date_DatelineDecidesBetweenDisagreeingStructuredDates()
    {
        var html = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-01-04T07:29:00Z\"}</script>"
            + "<meta property='article:published_time' content='2022-01-06T08:29:34'><body><h1>Vanlife</h1><p class='date'>6. Januar 2022</p></body>";
        Assert.Equal(new DateOnly(2022, 1, 6), Extract(html).Date?.Day);
    }

    [Fact]
    public void Date_UtcTimeOfTheEveningBeforeDoesNotOverruleTheUrl()
    {
        var html = "<meta property='article:published_time' content='2023-11-09T05:30:59+00:00'><body><h1>Vote</h1><p class='date'>Thursday, November 9th 2023</p></body>";
        Assert.Equal(new DateOnly(2023, 11, 8), Extract(html, new ArticleMetadata { Url = "https://example.com/2023/11/08/vote/" }).Date?.Day);
    }

    [Fact]
    public void Date_PublishedWordWinsInADateline() =>
        Assert.Equal(new DateOnly(2023, 11, 1), Extract("<body><h1>Review</h1><p class='date'>Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023</p></body>").Date?.Day);

    [Fact]
    public void Date_TaxonomyClassesAreNoCommentSection() =>
        Assert.Equal(new DateOnly(2012, 12, 16), Extract("<body><div class='post category-news post_tag-kommentar'><h2>Post</h2><p class='entry-meta'><abbr class='published' title='Dezember 16th, 2012'>16.12.2012</abbr></p></div><p>Copyright 2008-11-12</p></body>").Date?.Day);
    [Fact]
    public void Date_UtcMomentTakesTheLocalDayThePageWritesForIt()
    {
        var html = "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-11-09T02:11:03+00:00\"},"
            + "{\"@type\":\"VideoObject\",\"uploadDate\":\"2023-11-08T21:11:03-05:00\"}]}</script><body><h1>Stabbing</h1></body>";
        Assert.Equal("2023-11-08T21:11-05:00", Extract(html).Date?.ToString());
    }

    [Fact]
    public void Date_UtcMomentStaysWhenNoLocalTimestampNamesIt()
    {
        var html = "<meta property='article:published_time' content='2023-11-09T02:11:03+00:00'><time datetime='2023-11-08T20:00:00-05:00'>Earlier</time>";
        Assert.Equal(new DateOnly(2023, 11, 9), Extract(html).Date?.Day);
    }

    [Fact]
    public void Date_ComesFromThePreviewImagePathWhenThePageStatesNone() =>
        Assert.Equal(new DateOnly(2020, 3, 4), Extract("<meta property='og:image' content='http://example.com/news/photo/2020/03/04/a.jpg'><body><p>No date here.</p></body>").Date?.Day);

    [Fact]
    public void Date_StatedDateBeatsThePreviewImagePath() =>
        Assert.Equal(new DateOnly(2021, 3, 1), Extract("<meta property='og:image' content='http://example.com/uploads/2018/02/01/a.jpg'><meta property='article:modified_time' content='2021-03-01'>").Date?.Day);
}
