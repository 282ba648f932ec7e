using System.Text;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;

namespace Newsdesk.Ingest.Tests.Feeds;

public sealed class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>The Daily Example</title>
            <link>https://news.example.com/</link>
            <language>en-us</language>
            <image><title>Logo title</title><url>https://news.example.com/logo.png</url></image>
            <item>
              <title>Council approves budget</title>
              <link>https://news.example.com/2021/01/08/budget</link>
              <description>The council &lt;b&gt;approved&lt;/b&gt; the budget.</description>
              <content:encoded><![CDATA[<p>The council approved the budget on Friday.</p><p>"It is a good day," said the mayor.</p>]]></content:encoded>
              <pubDate>Fri, 08 Jan 2021 10:30:00 +0100</pubDate>
              <dc:creator>Jane Doe</dc:creator>
              <category>Politics</category>
              <guid isPermaLink="false">budget-2021</guid>
            </item>
            <item>
              <title>Plain note</title>
              <guid>https://news.example.com/notes/2</guid>
              <description>Just words, no markup, 3 &lt; 4.</description>
              <author>editor@example.com (John Roe)</author>
              <dc:date>2021-01-09T08:00:00Z</dc:date>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Rss_EachItemBecomesAnArticle()
    {
        var result = FeedTestReading.Read(Rss);

        Assert.Empty(result.Failures);
        Assert.Equal(["feed.xml#0", "feed.xml#1"], result.Documents.Select(d => d.Id));
        Assert.Equal("feed.xml:8", result.Documents[0].Origin);
    }

    [Fact]
    public void Rss_ContentEncodedIsPreferred_AsHtml()
    {
        var first = FeedTestReading.Read(Rss).Documents[0];

        Assert.Equal(ContentKind.Html, first.Kind);
        Assert.StartsWith("<p>The council approved the budget on Friday.</p>", first.Content, StringComparison.Ordinal);
        Assert.Equal("The council approved the budget.", first.Metadata.Description);
    }

    [Fact]
    public void Rss_MetadataIsRead()
    {
        var metadata = FeedTestReading.Read(Rss).Documents[0].Metadata;

        Assert.Equal("Council approves budget", metadata.Title);
        Assert.Equal("https://news.example.com/2021/01/08/budget", metadata.Url);
        Assert.Equal("2021-01-08T10:30+01:00", metadata.Date.ToString());
        Assert.Equal(["Jane Doe"], metadata.Authors.ToArray());
        Assert.Equal(["Politics"], metadata.Keywords.ToArray());
        Assert.Equal("The Daily Example", metadata.Site);
        Assert.Equal("en", metadata.Language);
        Assert.Equal("\"budget-2021\"", metadata.Extra["feedEntryId"]);
    }

    [Fact]
    public void Rss_PlainDescription_IsText_AndPermalinkGuidStandsInForTheLink()
    {
        var second = FeedTestReading.Read(Rss).Documents[1];

        Assert.Equal(ContentKind.Text, second.Kind);
        Assert.Equal("Just words, no markup, 3 < 4.", second.Content);
        Assert.Equal("https://news.example.com/notes/2", second.Metadata.Url);
        Assert.Equal(["John Roe"], second.Metadata.Authors.ToArray());
        Assert.Equal("2021-01-09T08:00Z", second.Metadata.Date.ToString());
    }

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr-FR">
          <title type="html">Le &lt;i&gt;Quotidien&lt;/i&gt;</title>
          <link rel="self" href="https://exemple.fr/feed.atom"/>
          <link href="https://exemple.fr/"/>
          <updated>2021-01-10T00:00:00Z</updated>
          <entry>
            <title>Premier article</title>
            <link rel="edit" href="https://exemple.fr/edit/1"/>
            <link rel="alternate" type="text/html" href="/articles/1"/>
            <id>tag:exemple.fr,2021:1</id>
            <updated>2021-01-09T12:00:00+01:00</updated>
            <published>2021-01-08T09:00:00+01:00</published>
            <author><name>Marie Curie</name><email>marie@exemple.fr</email></author>
            <author><name>Pierre Curie</name></author>
            <category term="science" label="Science"/>
            <summary>Résumé court.</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Le <b>corps</b> de l'article.</p></div></content>
          </entry>
          <entry>
            <title type="text">Deuxième</title>
            <link href="https://exemple.fr/articles/2"/>
            <id>urn:uuid:2</id>
            <updated>2021-01-10T07:00:00Z</updated>
            <summary type="html">&lt;p&gt;Seulement un résumé.&lt;/p&gt;</summary>
            <content src="https://exemple.fr/articles/2.pdf" type="application/pdf"/>
          </entry>
          <entry>
            <title>Texte</title>
            <link href="https://exemple.fr/articles/3"/>
            <content type="text">Du texte &amp; rien d'autre.</content>
          </entry>
        </feed>
        """;

    [Fact]
    public void Atom_EntriesAreRead_WithPublishedPreferredOverUpdated()
    {
        var documents = FeedTestReading.Read(Atom).Documents;

        Assert.Equal(3, documents.Count);
        var first = documents[0];
        Assert.Equal("Premier article", first.Metadata.Title);
        Assert.Equal("https://exemple.fr/articles/1", first.Metadata.Url);
        Assert.Equal("2021-01-08T09:00+01:00", first.Metadata.Date.ToString());
        Assert.Equal(["Marie Curie", "Pierre Curie"], first.Metadata.Authors.ToArray());
        Assert.Equal(["Science"], first.Metadata.Keywords.ToArray());
        Assert.Equal("Le Quotidien", first.Metadata.Site);
        Assert.Equal("fr", first.Metadata.Language);
        Assert.Equal("Résumé court.", first.Metadata.Description);
    }

    [Fact]
    public void Atom_XhtmlContent_IsHtml()
    {
        var first = FeedTestReading.Read(Atom).Documents[0];

        Assert.Equal(ContentKind.Html, first.Kind);
        Assert.Contains("<p>Le <b>corps</b> de l'article.</p>", first.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Atom_OutOfLineContent_FallsBackToTheSummary_AndUpdatedDates()
    {
        var second = FeedTestReading.Read(Atom).Documents[1];

        Assert.Equal(ContentKind.Html, second.Kind);
        Assert.Equal("<p>Seulement un résumé.</p>", second.Content);
        Assert.Equal("2021-01-10T07:00Z", second.Metadata.Date.ToString());
    }

    [Fact]
    public void Atom_TextContent_IsText()
    {
        var third = FeedTestReading.Read(Atom).Documents[2];

        Assert.Equal(ContentKind.Text, third.Kind);
        Assert.Equal("Du texte & rien d'autre.", third.Content);
        Assert.Null(third.Metadata.Date);
    }

    [Fact]
    public void Rss10Rdf_ItemsAreRead()
    {
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://slash.example.org/">
                <title>Slash Example</title>
                <link>https://slash.example.org/</link>
                <dc:language>en</dc:language>
              </channel>
              <image rdf:about="https://slash.example.org/logo.png"><title>Logo</title></image>
              <item rdf:about="https://slash.example.org/story/1">
                <title>Story one</title>
                <link>https://slash.example.org/story/1</link>
                <description>First story text.</description>
                <dc:creator>timothy</dc:creator>
                <dc:date>2003-05-01T12:00:00+00:00</dc:date>
              </item>
            </rdf:RDF>
            """;

        var document = Assert.Single(FeedTestReading.Read(rdf).Documents);

        Assert.Equal("Story one", document.Metadata.Title);
        Assert.Equal("Slash Example", document.Metadata.Site);
        Assert.Equal("en", document.Metadata.Language);
        Assert.Equal(["timothy"], document.Metadata.Authors.ToArray());
        Assert.Equal(new DateOnly(2003, 5, 1), document.Metadata.Date!.Value.Day);
        Assert.Equal("First story text.", document.Content);
    }

    [Fact]
    public void MalformedXml_IsReportedWithLineAndColumn_AndEarlierEntriesKept()
    {
        const string broken = "<rss><channel>\n<item><title>One</title><description>ok</description></item>\n<item><title>Two</title><description>oops</descriptio></item>\n<item><title>Three</title></item></channel></rss>";

        var result = FeedTestReading.Read(broken);

        Assert.Equal("One", Assert.Single(result.Entries).Metadata.Title);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(DiagnosticCodes.MalformedFeed, failure.Diagnostics[0].Code);
        Assert.StartsWith("feed.xml:3:", failure.Origin, StringComparison.Ordinal);
        Assert.Contains("1 entry read before it kept", failure.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedFeed_KeepsCompleteEntries()
    {
        var cut = Rss[..Rss.IndexOf("<title>Plain note", StringComparison.Ordinal)];

        var result = FeedTestReading.Read(cut);

        Assert.Single(result.Entries);
        Assert.Single(result.Failures);
    }

    [Fact]
    public void NotAFeed_IsOneFailureNamingTheRoot()
    {
        var failure = Assert.Single(FeedTestReading.Read("<?xml version=\"1.0\"?><sitemap><url/></sitemap>").Documents);

        Assert.Contains("the root element is <sitemap>", failure.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFeed_IsReportedAsAWarning()
    {
        var result = FeedTestReading.Read("<rss version=\"2.0\"><channel><title>Nothing</title></channel></rss>");

        Assert.Empty(result.Documents);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Reported).Severity);
    }

    [Fact]
    public void OversizedEntry_IsReportedAndSkipped()
    {
        var xml = $"<rss><channel><item><title>Big</title><description>{new string('x', 5000)}</description></item><item><title>Small</title><description>fine</description></item></channel></rss>";

        var result = FeedTestReading.Read(xml, ReaderOptions.Default with { MaxRecordBytes = 1000 });

        Assert.Equal(DiagnosticCodes.InputTooLarge, Assert.Single(result.Failures).Diagnostics[0].Code);
        Assert.Equal("Small", Assert.Single(result.Entries).Metadata.Title);
    }

    [Fact]
    public void LegacyEncoding_IsDecoded()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><channel><item><title>Caf\u00e9 \u2013 news</title><description>d</description></item></channel></rss>";
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(xml);

        Assert.Equal("Caf\u00e9 \u2013 news", Assert.Single(FeedTestReading.Read(bytes).Entries).Metadata.Title);
    }

    [Fact]
    public void Utf16Feed_IsDetectedAndRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><rss><channel><item><title>Wide</title></item></channel></rss>")).ToArray();

        Assert.Equal(InputFormat.Feed, FormatDetector.FromContent(bytes));
        Assert.Equal("Wide", Assert.Single(FeedTestReading.Read(bytes).Entries).Metadata.Title);
    }
}
