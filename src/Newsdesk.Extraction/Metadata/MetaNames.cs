namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// The <c>&lt;meta&gt;</c> names (and properties, itemprops) each field is read from, in priority order. Collected
/// from the Open Graph, Dublin Core, Highwire (citation_*) and schema.org vocabularies and from the analytics tags
/// news CMSs emit (Parse.ly, Sailthru, Cxense), as htmldate, trafilatura and newspaper read them.
/// </summary>
internal static class MetaNames
{
    public static readonly Vocabulary Title = new(
        ("dc.title", "Dublin Core title: rare, and deliberate where present (Readability reads it first)"),
        ("dc:title", "Dublin Core written with a colon"),
        ("dcterms.title", "Dublin Core terms variant"),
        ("dcterm:title", "Dublin Core terms written with a colon"),
        ("og:title", "Open Graph: the headline as shared, usually without the site suffix"),
        ("headline", "schema.org itemprop on a meta tag"),
        ("weibo:article:title", "Chinese sites sharing to Weibo"),
        ("title", "meta name=title, used by some CMSs"),
        ("twitter:title", "Twitter card title, same role as og:title"),
        ("parsely-title", "Parse.ly analytics tag, set by many news CMSs"),
        ("sailthru.title", "Sailthru newsletter tag"));

    public static readonly Vocabulary Author = new(
        ("dc.creator", "Dublin Core creator: rare, and deliberate where present (Readability reads it first)"),
        ("dc:creator", "Dublin Core written with a colon"),
        ("dcterms.creator", "Dublin Core terms variant"),
        ("dcterm:creator", "Dublin Core terms written with a colon"),
        ("author", "the HTML standard's author meta name"),
        ("article:author", "Open Graph article author (sometimes a profile URL, which is dropped)"),
        ("parsely-author", "Parse.ly analytics tag"),
        ("sailthru.author", "Sailthru newsletter tag"),
        ("byl", "New York Times style byline meta ('By Jane Doe')"),
        ("citation_author", "Highwire/Google Scholar tags on scholarly and institutional pages"),
        ("og:article:author", "Open Graph variant with the og: prefix"),
        ("book:author", "Open Graph book author"),
        ("cxenseparse:author", "Cxense analytics tag, common on European news sites"),
        ("twitter:creator", "Twitter card creator: a @handle, used only when it is a plain name"));

    public static readonly Vocabulary Published = new(
        ("article:published_time", "Open Graph article protocol, the most common published-time tag"),
        ("og:article:published_time", "Open Graph variant with the og: prefix"),
        ("og:published_time", "Open Graph shorthand seen on some CMSs"),
        ("datepublished", "schema.org itemprop on a meta tag"),
        ("article.published", "Adobe-style analytics variable"),
        ("article_date_original", "older news CMS tag (Adobe Experience Manager)"),
        ("parsely-pub-date", "Parse.ly analytics tag"),
        ("sailthru.date", "Sailthru newsletter tag"),
        ("cxenseparse:recs:publishtime", "Cxense analytics tag, common on European news sites"),
        ("dc.date.issued", "Dublin Core issued date"),
        ("dcterms.issued", "Dublin Core terms issued date"),
        ("citation_publication_date", "Highwire/Google Scholar tag"),
        ("citation_date", "Highwire/Google Scholar tag"),
        ("citation_online_date", "Highwire/Google Scholar tag"),
        ("pubdate", "generic name (New York Times and others)"),
        ("publishdate", "generic name"),
        ("publish-date", "generic name"),
        ("publish_date", "generic name"),
        ("published_date", "generic name"),
        ("published-date", "generic name"),
        ("publication_date", "generic name"),
        ("published_time", "generic name"),
        ("pub_date", "generic name"),
        ("date_published", "generic name"),
        ("originalpublicationdate", "Washington Post style tag"),
        ("rnews:datepublished", "rNews vocabulary (BBC)"),
        ("bt:pubdate", "BlueToad/Brightcove style tag"),
        ("og:pubdate", "Open Graph style variant"),
        ("displaydate", "date shown on the page, set by some CMSs"),
        ("dc.date", "Dublin Core date: publication unless the page says otherwise"),
        ("dcterms.date", "Dublin Core terms date"),
        ("dc.date.created", "Dublin Core creation date"),
        ("dcterms.created", "Dublin Core terms creation date"),
        ("datecreated", "schema.org itemprop on a meta tag"),
        ("date", "generic meta name=date, usually the publication date"),
        ("created", "generic creation date"));

    public static readonly Vocabulary Modified = new(
        ("article:modified_time", "Open Graph article protocol"),
        ("og:updated_time", "Open Graph updated time"),
        ("datemodified", "schema.org itemprop on a meta tag"),
        ("dc.date.modified", "Dublin Core"),
        ("dcterms.modified", "Dublin Core terms"),
        ("last-modified", "http-equiv header copy"),
        ("lastmod", "generic name"),
        ("modified", "generic name"),
        ("revised", "generic name"));

    public static readonly Vocabulary SiteName = new(
        ("og:site_name", "Open Graph site name"),
        ("application-name", "the HTML standard's name of the web application"),
        ("al:android:app_name", "App Links: the publisher's app name"),
        ("apple-mobile-web-app-title", "the name iOS shows for the site"),
        ("publisher", "generic publisher name"),
        ("dc.publisher", "Dublin Core publisher"),
        ("dcterms.publisher", "Dublin Core terms publisher"),
        ("citation_publisher", "Highwire/Google Scholar tag"));

    public static readonly Vocabulary Description = new(
        ("og:description", "Open Graph description: the teaser as shared"),
        ("description", "the HTML standard's description"),
        ("twitter:description", "Twitter card description"),
        ("dc.description", "Dublin Core"),
        ("dcterms.description", "Dublin Core terms"),
        ("sailthru.description", "Sailthru newsletter tag"));

    public static readonly Vocabulary Image = new(
        ("og:image", "Open Graph image"),
        ("og:image:url", "Open Graph structured image"),
        ("og:image:secure_url", "Open Graph structured image over HTTPS"),
        ("twitter:image", "Twitter card image"),
        ("twitter:image:src", "older Twitter card name"),
        ("parsely-image-url", "Parse.ly analytics tag"),
        ("sailthru.image.full", "Sailthru newsletter tag"),
        ("thumbnailurl", "schema.org itemprop on a meta tag"),
        ("thumbnail", "generic name"));

    public static readonly Vocabulary Section = new(
        ("article:section", "Open Graph article section"),
        ("og:article:section", "Open Graph variant"),
        ("articlesection", "schema.org itemprop on a meta tag"),
        ("parsely-section", "Parse.ly analytics tag"),
        ("section", "generic name"),
        ("cxenseparse:recs:category", "Cxense analytics tag"),
        ("category", "generic name"));

    public static readonly Vocabulary Keywords = new(
        ("article:tag", "Open Graph article tags, one per tag"),
        ("og:article:tag", "Open Graph variant"),
        ("news_keywords", "Google News keywords"),
        ("keywords", "the classic keywords meta name"),
        ("parsely-tags", "Parse.ly analytics tag"),
        ("sailthru.tags", "Sailthru newsletter tag"),
        ("dc.subject", "Dublin Core subject"));

    public static readonly Vocabulary Language = new(
        ("content-language", "http-equiv copy of the HTTP header"),
        ("dc.language", "Dublin Core"),
        ("dcterms.language", "Dublin Core terms"),
        ("inlanguage", "schema.org itemprop on a meta tag"),
        ("language", "generic name"),
        ("og:locale", "Open Graph locale, en_US"));
}
