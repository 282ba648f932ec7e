using System.Text;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Extraction.Content;
using Newsdesk.Processing;

namespace Newsdesk.Extraction.Tests.Content;

public class ContentExtractorTests
{
    private const string Prose1 = "The council voted on Tuesday to approve the new budget, which raises spending on schools, roads and parks by a modest amount over the next two years.";
    private const string Prose2 = "Opponents said the plan, drafted in a hurry, leaves the city exposed to a downturn, while supporters argued that delaying repairs would cost far more later.";
    private const string Prose3 = "The mayor, speaking after the vote, said the decision reflected what residents had asked for at a series of public meetings held across the city this spring.";

    private static HtmlExtraction Extract(string html, HtmlExtractionOptions? options = null) =>
        new HtmlArticleExtractor(options).Extract(new RawDocument
        {
            Id = "t",
            Origin = "t.html",
            Kind = ContentKind.Html,
            Bytes = Encoding.UTF8.GetBytes(html),
        }, CancellationToken.None);

    private static string Article(string inside = "", string around = "") => $"""
        <html><head><title>Budget approved</title></head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        {around}
        <article><h1>Budget approved</h1><p>{Prose1}</p><p>{Prose2}</p>{inside}<p>{Prose3}</p></article>
        <footer><p>Copyright 2021 The Daily Example. All rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Extract_KeepsArticleProse_DropsNavigationWithReason()
    {
        var result = Extract(Article());
        Assert.Contains(Prose1, result.Text, StringComparison.Ordinal);
        Assert.Contains(Prose3, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removed, r => r.Reason == RemovalReasons.Navigation && r.Text.Contains("Sport", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DropsAuthorBoxLongerThanAByline()
    {
        // Over 250 characters, so the byline rule (small blocks only) alone would keep it.
        const string bio = "Jane Roe has covered city hall for the Daily Example since 2009, after a decade at regional papers where she reported on courts, schools and local elections; she lives in the city with her family and two very patient dogs, and writes a weekly column on housing.";
        var result = Extract(Article().Replace("</article>", $"<div class=\"post-author-box\"><p>{bio}</p></div></article>", StringComparison.Ordinal));
        Assert.Contains(Prose3, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("patient dogs", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removed, r => r.Reason == RemovalReasons.AuthorBio && r.Text.Contains("patient dogs", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ParagraphsTileTheTextWithKinds()
    {
        var result = Extract(Article(inside: "<h2>What comes next</h2><ul><li>A second vote in May on the remaining items.</li></ul><blockquote><p>We listened to you, and this is the result.</p></blockquote>"));
        foreach (var paragraph in result.Paragraphs)
        {
            Assert.True(paragraph.Span.End <= result.Text.Length);
        }

        var kinds = result.Paragraphs.Select(p => (p.Kind, p.Span.ToString(result.Text))).ToList();
        Assert.Contains((ParagraphKind.Heading, "What comes next"), kinds);
        Assert.Contains((ParagraphKind.ListItem, "A second vote in May on the remaining items."), kinds);
        Assert.Contains((ParagraphKind.Blockquote, "We listened to you, and this is the result."), kinds);
        Assert.Equal(string.Join("\n\n", result.Paragraphs.Select(p => p.Span.ToString(result.Text))), result.Text);
    }

    [Fact]
    public void Extract_CaptionsKeptApartFromBody()
    {
        var result = Extract(Article(inside: "<figure><img src=\"a.jpg\"><figcaption>The council chamber on Tuesday. Photo: Jane Roe</figcaption></figure>"));
        Assert.DoesNotContain("council chamber", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Captions, c => c.Contains("council chamber", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ShareBarAndNewsletterPromptDropped()
    {
        var result = Extract(Article(inside: "<div class=\"share-buttons\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div><p>Sign up for our newsletter</p>"));
        Assert.DoesNotContain("Twitter", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removed, r => r.Reason == RemovalReasons.Promo);
    }

    [Fact]
    public void Extract_CallToActionAfterTheLastParagraphDropped()
    {
        const string Closing = "Council staff will publish the detailed figures next week, ward by ward, so that residents can see how much of the new money, after years of cuts, reaches their own streets and parks over the coming two years.";
        const string Promo = "For the latest stories download the Example apps for iOS and Android.";
        var result = Extract(Article().Replace("</article>", $"<p>{Closing}</p><p>{Promo}</p></article>", StringComparison.Ordinal));
        Assert.DoesNotContain("download the Example apps", result.Text, StringComparison.Ordinal);
        Assert.Contains(Closing, result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removed, r => r.Reason == RemovalReasons.Promo && r.Text == Promo);
    }

    [Fact]
    public void Extract_CallToActionWordsBeforeTheLastParagraphKept()
    {
        const string Inside = "Residents can download the forms from the council.";
        var result = Extract(Article(inside: $"<p>{Inside}</p>").Replace("</article>", "<p>Council staff will publish the detailed figures next week, ward by ward, so that residents can see how much of the new money, after years of cuts, reaches their own streets and parks over the coming two years.</p></article>", StringComparison.Ordinal));
        Assert.Contains(Inside, result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Those who build your app keep their newsletters.", false)] // whole words only
    [InlineData("Capture and manage email subscribers.", false)]
    [InlineData("Sign up for our newsletter today.", true)]
    [InlineData("Follow The Gazette on Twitter and Instagram.", true)]
    [InlineData("Already a subscriber? Log in for immediate access.", true)]
    public void TrailingPromoPhrases_MatchWholeWords(string text, bool promo) =>
        Assert.Equal(promo, TrailingPromoPhrases.Match(text, text.Split(' ').Length) is not null);

    [Fact]
    public void Extract_RelatedLinkListDropped()
    {
        var related = "<ul>" + string.Concat(Enumerable.Range(1, 5).Select(i => $"<li><a href=\"/s{i}\">Another headline about something else number {i}</a></li>")) + "</ul>";
        var result = Extract(Article(inside: related));
        Assert.DoesNotContain("Another headline", result.Text, StringComparison.Ordinal);
        Assert.Contains(Prose3, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SidebarProseLosesToArticle()
    {
        var sidebar = "<div class=\"sidebar\"><p>" + string.Join(" ", Enumerable.Repeat("Buy tickets for the summer festival now, while they last.", 3)) + "</p></div>";
        var result = Extract(Article(around: sidebar));
        Assert.DoesNotContain("summer festival", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_CommentsDroppedOnArticlePages()
    {
        var comments = "<section id=\"comments\">" + string.Concat(Enumerable.Range(1, 3).Select(i => $"<div class=\"comment\"><p>Reader {i}: I think the council, as usual, got this wrong and will regret it.</p></div>")) + "</section>";
        var longArticle = Article(inside: string.Concat(Enumerable.Repeat($"<p>{Prose2}</p>", 6))).Replace("</article>", "</article>" + comments, StringComparison.Ordinal);
        var result = Extract(longArticle);
        Assert.DoesNotContain("Reader 1", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removed, r => r.Reason == RemovalReasons.Comment);
    }

    [Fact]
    public void Extract_CommentsKeptWhenTheyAreThePage()
    {
        var thread = "<html><body><h1>Which tent for winter?</h1><div class=\"comments\">" +
            string.Concat(Enumerable.Range(1, 6).Select(i => $"<div class=\"comment\"><p>Post {i}: a four-season tent with a full fly, solid inner walls and strong poles has served me well, even in wind.</p></div>")) +
            "</div></body></html>";
        var result = Extract(thread);
        Assert.Contains("Post 1:", result.Text, StringComparison.Ordinal);
        Assert.Contains("Post 6:", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ItempropArticleBodyChosen()
    {
        var html = $"<html><body><div><div itemprop=\"articleBody\"><p>{Prose1}</p><p>{Prose2}</p></div><div><p>{Prose3}</p></div></div></body></html>";
        var result = Extract(html);
        Assert.Contains(Prose1, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_JsonLdArticleBodyUsedWhenDomIsEmpty()
    {
        var body = string.Join("\\n", Prose1, Prose2, Prose3, Prose1, Prose2);
        var html = $$"""<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"h","articleBody":"{{body}}"}</script></head><body><div id="app">Loading</div></body></html>""";
        var result = Extract(html);
        Assert.Contains(Prose2, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HiddenContentUsedWhenNothingIsVisible()
    {
        var html = $"<html><body><div hidden><article><p>{Prose1}</p><p>{Prose2}</p></article></div></body></html>";
        Assert.Contains(Prose1, Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ReactStreamedSegment_IsReadAsVisible()
    {
        // React's streaming renderer sends the article hidden at the end of the body; a script moves it in place.
        var menu = string.Concat(Enumerable.Range(1, 40).Select(i => $"<li><a href=\"/c{i}\">Category number {i} of the shop</a></li>"));
        var html = $"<html><body><div><ul>{menu}</ul></div><template id=\"B:0\"></template>" +
                   $"<div hidden id=\"S:0\"><article><p>{Prose1}</p><p>{Prose2}</p><p>{Prose3}</p></article></div></body></html>";
        var result = Extract(html);
        Assert.Contains(Prose2, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Category number", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_OtherHiddenBlocks_StayHidden()
    {
        var html = Article(around: "<div hidden id=\"S:x\"><p>A hidden promotional text that nobody sees on the page at all, not even later.</p></div>");
        Assert.DoesNotContain("promotional", Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ContentSpreadOverSectionsOfTheBody_IsTakenWhole()
    {
        // A service page: each section is a child of <body>; the best single container holds a third of the prose.
        var sections = string.Concat(new[] { Prose1 + " " + Prose2, Prose2 + " " + Prose3, Prose3 + " " + Prose1 }.Select((p, i) =>
            $"<section class=\"block-{i}\"><div><h2>Part {i}</h2><div><p>{p}</p></div></div></section>"));
        var html = $"<html><body><nav><a href=\"/\">Home</a></nav>{sections}</body></html>";
        var result = Extract(html);
        Assert.Contains("Part 0", result.Text, StringComparison.Ordinal);
        Assert.Contains("Part 2", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_BrokenHtml_StillFindsText()
    {
        var html = $"<html><body><div><p>{Prose1}<p>{Prose2}<div><b><i>{Prose3}</b></i><table><tr><td>cell";
        var result = Extract(html);
        Assert.Contains(Prose1, result.Text, StringComparison.Ordinal);
        Assert.Contains(Prose3, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DeeplyNestedHostileHtml_DoesNotOverflowAndReports()
    {
        var depth = 100_000;
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", depth).Append("deep text").Insert(html.Length, "</div>", depth).Append($"<p>{Prose1}</p></body></html>");
        var result = Extract(html.ToString(), HtmlExtractionOptions.Default with { MaxDepth = 200 });
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DepthLimit);
    }

    [Fact]
    public void Extract_EmptyPage_GivesEmptyText()
    {
        var result = Extract("<html><body></body></html>");
        Assert.Equal("", result.Text);
        Assert.Empty(result.Paragraphs);
    }
}
