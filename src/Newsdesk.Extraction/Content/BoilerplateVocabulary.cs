using System.Collections.Frozen;
using Newsdesk.Documents;

namespace Newsdesk.Extraction.Content;

/// <summary>
/// Class and id vocabularies: words page authors use to name what a block is. Matched on the tokens of the
/// lowercased <c>class</c> and <c>id</c> split at every non-alphanumeric character (<c>post-comments__list</c> →
/// <c>post</c>, <c>comments</c>, <c>list</c>), plus a few distinctive stems matched inside glued names. Sources:
/// Readability.js (REGEXPS.unlikelyCandidates, positive, negative), trafilatura (xpaths.py), boilerpipe.
/// </summary>
internal static class BoilerplateVocabulary
{
    /// <summary>Tokens that name a block that is not the article, with the reason it is dropped.</summary>
    public static readonly FrozenDictionary<string, string> Tokens = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Site navigation: menus, breadcrumbs, paging, skip links.
        ["nav"] = RemovalReasons.Navigation, ["navbar"] = RemovalReasons.Navigation, ["navigation"] = RemovalReasons.Navigation,
        ["menu"] = RemovalReasons.Navigation, ["megamenu"] = RemovalReasons.Navigation, ["submenu"] = RemovalReasons.Navigation,
        ["breadcrumb"] = RemovalReasons.Navigation, ["breadcrumbs"] = RemovalReasons.Navigation, ["crumbs"] = RemovalReasons.Navigation,
        ["pagination"] = RemovalReasons.Navigation, ["pager"] = RemovalReasons.Navigation, ["skip"] = RemovalReasons.Navigation,
        ["skiplink"] = RemovalReasons.Navigation, ["topbar"] = RemovalReasons.Navigation, ["masthead"] = RemovalReasons.Navigation,
        ["toolbar"] = RemovalReasons.Navigation, ["tags"] = RemovalReasons.Navigation, ["tagcloud"] = RemovalReasons.Navigation,
        ["taglist"] = RemovalReasons.Navigation, ["postnav"] = RemovalReasons.Navigation,
        // Page furniture around the content: sidebars, widgets, footers.
        ["sidebar"] = RemovalReasons.Boilerplate, ["widgets"] = RemovalReasons.Boilerplate,
        ["footer"] = RemovalReasons.Boilerplate, ["colophon"] = RemovalReasons.Boilerplate, ["skyscraper"] = RemovalReasons.Boilerplate,
        // Links to other stories.
        ["related"] = RemovalReasons.Related, ["relatedposts"] = RemovalReasons.Related, ["recommended"] = RemovalReasons.Related,
        ["recommendations"] = RemovalReasons.Related, ["outbrain"] = RemovalReasons.Related, ["taboola"] = RemovalReasons.Related,
        ["trending"] = RemovalReasons.Related, ["popular"] = RemovalReasons.Related, ["mostread"] = RemovalReasons.Related,
        ["recirculation"] = RemovalReasons.Related, ["morestories"] = RemovalReasons.Related,
        // Links to the next or more stories at the end of a post (WordPress themes' "next post" teasers).
        ["morelinks"] = RemovalReasons.Related, ["nextpost"] = RemovalReasons.Related, ["nextstory"] = RemovalReasons.Related,
        // Readers' comments (kept on forum pages, see ContentExtractor).
        ["comment"] = RemovalReasons.Comment, ["comments"] = RemovalReasons.Comment, ["commentlist"] = RemovalReasons.Comment,
        ["disqus"] = RemovalReasons.Comment, ["respond"] = RemovalReasons.Comment,
        // Customers' reviews under a product: comments by another name ("review", singular, names review articles).
        ["reviews"] = RemovalReasons.Comment,
        // Sharing, newsletters, subscriptions, advertising.
        ["share"] = RemovalReasons.Promo, ["sharing"] = RemovalReasons.Promo, ["social"] = RemovalReasons.Promo,
        ["sharedaddy"] = RemovalReasons.Promo, ["addtoany"] = RemovalReasons.Promo, ["sharethis"] = RemovalReasons.Promo,
        ["newsletter"] = RemovalReasons.Promo, ["subscribe"] = RemovalReasons.Promo, ["subscription"] = RemovalReasons.Promo,
        ["signup"] = RemovalReasons.Promo, ["promo"] = RemovalReasons.Promo, ["sponsor"] = RemovalReasons.Promo,
        ["sponsored"] = RemovalReasons.Promo, ["advert"] = RemovalReasons.Promo, ["advertisement"] = RemovalReasons.Promo,
        ["ad"] = RemovalReasons.Promo, ["ads"] = RemovalReasons.Promo, ["adsense"] = RemovalReasons.Promo,
        ["dfp"] = RemovalReasons.Promo, ["popup"] = RemovalReasons.Promo, ["modal"] = RemovalReasons.Promo,
        ["paywall"] = RemovalReasons.Promo, ["affiliate"] = RemovalReasons.Promo, // affiliate-link disclosures
        // Cookie and privacy notices.
        ["cookie"] = RemovalReasons.Legal, ["cookies"] = RemovalReasons.Legal, ["consent"] = RemovalReasons.Legal,
        ["gdpr"] = RemovalReasons.Legal, ["copyright"] = RemovalReasons.Legal,
        // Bylines and datelines repeated around the text (small blocks only, see MaxMetaChars).
        ["byline"] = RemovalReasons.Byline, ["author"] = RemovalReasons.Byline, ["meta"] = RemovalReasons.Byline,
        ["dateline"] = RemovalReasons.Dateline, ["timestamp"] = RemovalReasons.Dateline, ["date"] = RemovalReasons.Dateline,
        ["published"] = RemovalReasons.Dateline,
        // About the author.
        ["bio"] = RemovalReasons.AuthorBio, ["authorbio"] = RemovalReasons.AuthorBio,
        // Captions and credits, kept apart from the body.
        ["caption"] = RemovalReasons.Caption, ["figcaption"] = RemovalReasons.Caption, ["credit"] = RemovalReasons.Credit,
        ["credits"] = RemovalReasons.Credit, ["legend"] = RemovalReasons.Caption, // an image's legend is its caption
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Tokens that suggest boilerplate but also name content blocks in common page builders (Elementor's
    /// <c>elementor-widget</c> wraps every block; listing pages call their items <c>popular</c>): they lower a
    /// container's score and never drop it.</summary>
    public static readonly FrozenSet<string> WeakTokens = new[]
    {
        "widget", "media", "shoutbox", "combx", "contact", "scroll", "shopping", "hid", "extra", "teaser",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Stems distinctive enough to match inside glued names (<c>jp-relatedposts</c>, <c>commentbox</c>).</summary>
    public static readonly (string Stem, string Reason)[] Stems =
    [
        ("comment", RemovalReasons.Comment), // commentbox, usercomments
        ("breadcrumb", RemovalReasons.Navigation), // breadcrumbtrail
        ("newsletter", RemovalReasons.Promo), // newslettersignup
        ("cookie", RemovalReasons.Legal), // cookiebanner, cookiebar
        ("related", RemovalReasons.Related), // relatedarticles, yarpp-related
        ("sidebar", RemovalReasons.Boilerplate), // leftsidebar
        ("socialshare", RemovalReasons.Promo), // socialsharebuttons
        // The "posted in … tagged … bookmark the permalink" line of WordPress themes.
        ("postmetadata", RemovalReasons.Byline), // postmetadata (Kubrick and its descendants)
        ("entry-utility", RemovalReasons.Byline), // entry-utility (Twenty Ten)
    ];

    /// <summary>Names of about-the-author boxes under a post. The token <c>author</c> alone is a byline (small blocks
    /// only, see <see cref="SmallBlockReasons"/>), so these are matched before the tokens: they mark the bio paragraph,
    /// which is longer than a byline and must go whatever its size.</summary>
    public static readonly string[] AuthorBioStems =
    [
        "authorbox", // authorbox, testreport__authorbox
        "author-box", // bmg-author-box, author-box--content
        "author-info", // entry-author-info (WordPress Twenty Ten)
        "author-description", // author-description
        "about-author", // about-author, about-author-box
        "saboxplugin", // Simple Author Box, a common WordPress plugin
    ];

    /// <summary>Reasons that name small metadata blocks; a larger block with such a name is a wrapper, not a line.</summary>
    public static readonly FrozenSet<string> SmallBlockReasons = new[]
    {
        RemovalReasons.Byline, RemovalReasons.Dateline, RemovalReasons.Caption, RemovalReasons.Credit,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The most text a byline, dateline, caption or credit block holds.</summary>
    public const int MaxMetaChars = 250;

    /// <summary>Whole class names that hide text from sighted readers (screen-reader-only text, hidden helpers).</summary>
    public static readonly FrozenSet<string> HiddenClasses = new[]
    {
        "hidden", "d-none", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader-only",
        "hide", "is-hidden", "u-hidden", "element-invisible", "offscreen",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Tokens that name the article itself (Readability's "positive" list).</summary>
    public static readonly FrozenSet<string> PositiveTokens = new[]
    {
        "article", "articlebody", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story",
        "prose", "markdown", "richtext", "rte", "postbody", "storybody", "maincontent",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The removal reason named by <paramref name="classAndId"/>, or null. Whole hidden-class names first,
    /// then tokens, then stems.</summary>
    public static string? Match(string classAndId, out bool hidden)
    {
        hidden = false;
        if (classAndId.Length == 0)
        {
            return null;
        }

        string? reason = null;
        foreach (var range in classAndId.AsSpan().Split(' '))
        {
            var name = classAndId.AsSpan()[range];
            if (HiddenClasses.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                hidden = true;
                return RemovalReasons.UiMessage;
            }
        }

        foreach (var stem in AuthorBioStems)
        {
            if (classAndId.Contains(stem, StringComparison.Ordinal))
            {
                return RemovalReasons.AuthorBio;
            }
        }

        var lookup = Tokens.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in Tokenize(classAndId))
        {
            if (lookup.TryGetValue(classAndId.AsSpan(token.Start, token.Length), out var found))
            {
                reason ??= found;
            }
        }

        if (reason is not null)
        {
            return reason;
        }

        foreach (var (stem, stemReason) in Stems)
        {
            if (classAndId.Contains(stem, StringComparison.Ordinal))
            {
                return stemReason;
            }
        }

        return null;
    }

    /// <summary>True when a token of <paramref name="classAndId"/> is a weak boilerplate name.</summary>
    public static bool IsWeakNegative(string classAndId)
    {
        if (classAndId.Length == 0)
        {
            return false;
        }

        var lookup = WeakTokens.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in Tokenize(classAndId))
        {
            if (lookup.Contains(classAndId.AsSpan(token.Start, token.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a token of <paramref name="classAndId"/> names the article.</summary>
    public static bool IsPositive(string classAndId)
    {
        if (classAndId.Length == 0)
        {
            return false;
        }

        var lookup = PositiveTokens.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in Tokenize(classAndId))
        {
            if (lookup.Contains(classAndId.AsSpan(token.Start, token.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(int Start, int Length)> Tokenize(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isToken = i < text.Length && char.IsAsciiLetterOrDigit(text[i]);
            if (isToken && start < 0)
            {
                start = i;
            }
            else if (!isToken && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }
}
