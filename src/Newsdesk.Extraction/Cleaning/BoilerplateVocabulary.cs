using Newsdesk.Documents;

namespace Newsdesk.Extraction.Cleaning;

/// <summary>
/// Phrases that mark a short line as something other than article text, grouped by the reason the line is removed.
/// Named data (STYLE.md): each class says why its phrases are noise. A phrase matches case-insensitively at word
/// boundaries anywhere in a line; the cleaner only trusts a match on a short line (a long paragraph that mentions "a
/// newsletter" is still article text), and the classifier weighs it with the line's form and position.
/// A class's <see cref="PhraseClass.Labels"/> are ordinary words of news prose ("comment", "reply", "trending",
/// "correspondent"): they count only where the line reads as a label, not inside a sentence ("A spokesman declined to
/// comment." is article text; "Comments (12)", "Reply" and "Trending:" are not). See <see cref="PhraseMatcher.IsLabel"/>.
/// </summary>
public static class BoilerplateVocabulary
{
    /// <summary>One class of boilerplate phrases.</summary>
    /// <param name="Reason">The <see cref="RemovalReasons"/> value a matching line gets.</param>
    /// <param name="Why">Why lines with these phrases are not the article.</param>
    /// <param name="Phrases">Lowercase phrases, matched at word boundaries anywhere in a line.</param>
    /// <param name="Labels">Lowercase ordinary words of news prose that mark the class only when the line reads as a
    /// label (<see cref="PhraseMatcher.IsLabel"/>); null for none.</param>
    public sealed record PhraseClass(string Reason, string Why, string[] Phrases, string[]? Labels = null)
    {
        /// <summary>The phrases and the labels: what a line must hold to be looked at more closely.</summary>
        public IEnumerable<string> AllPhrases => Labels is null ? Phrases : Phrases.Concat(Labels);

        /// <summary>The labels as a class of their own, for a <see cref="PhraseMatcher"/>; null when there are none.</summary>
        public PhraseClass? LabelClass => Labels is null ? null : new PhraseClass(Reason, Why, Labels);
    }

    public static readonly PhraseClass UiMessage = new(RemovalReasons.UiMessage,
        "Messages of the site's software (errors, loading and browser notices) that scrapers capture with the page.",
        [
            "something went wrong", "please try again later", "please try again", "an error occurred", "an error has occurred",
            "javascript is disabled", "enable javascript", "javascript is required", "javascript must be enabled",
            "your browser does not support", "please update your browser", "unsupported browser", "loading...", "loading…",
            "please wait", "page not found", "refresh the page", "reload the page", "ad blocker", "adblocker", "disable your ad",
            "you have been logged out", "your session has expired", "press enter to search", "type to search",
            "no results found", "view in fullscreen", "play video", "watch video", "video player", "click to play",
            "image unavailable", "opens in a new window", "opens in new tab", "copy link", "link copied", "copied to clipboard",
            "close dialog", "print this page", "listen to this article", "audio is not supported",
        ],
        // Labels only, ordinary words of prose: "moved to dismiss the case".
        ["dismiss"]);

    public static readonly PhraseClass Navigation = new(RemovalReasons.Navigation,
        "Menus, skip links and paging controls: the page's interface, not its text.",
        [
            "skip to content", "skip to main content", "skip to navigation", "skip to footer", "jump to navigation",
            "toggle navigation", "navigation menu", "main menu", "open menu", "close menu", "back to top",
            "scroll to top", "go to top", "you are here", "breadcrumb", "previous article", "next article",
            "previous post", "next post", "previous story", "next story", "load more", "show more", "view all",
            "see all", "search for", "sitemap", "site map", "home page", "homepage", "all sections", "top stories",
        ],
        // Labels only, ordinary words of prose: "the menu of options".
        ["menu"]);

    public static readonly PhraseClass Promo = new(RemovalReasons.Promo,
        "Calls to subscribe, share, follow, download or buy, and advertisement labels.",
        [
            "sign up for our", "sign up to our", "sign up for the", "subscribe to our", "subscribe now", "subscribe today",
            "newsletter", "download our app", "download the app", "get the app", "follow us", "like us on facebook",
            "share this article", "share this story", "share this post", "share on facebook", "share on twitter",
            "share on linkedin", "share via email", "share this", "tweet this", "click to share", "pin it", "advertisement",
            "advertisements", "sponsored content", "paid content", "paid partnership", "become a member",
            "support our journalism", "support independent journalism", "donate now", "limited time offer", "free trial",
            "unlimited access", "already a subscriber", "subscriber only", "subscribers only", "add to cart", "add to basket",
            "add to wishlist", "buy now", "shop now", "order now", "in stock", "out of stock", "free shipping",
            "affiliate links", "we may earn a commission", "earn a commission", "join our community", "get our",
        ],
        // Labels only, ordinary words of prose: "a bill sponsored by".
        ["sponsored"]);

    public static readonly PhraseClass Legal = new(RemovalReasons.Legal,
        "Copyright, terms, cookie and privacy notices that every page of a site carries.",
        [
            "all rights reserved", "copyright ©", "copyright (c)", "©", "terms of use", "terms of service",
            "terms and conditions", "privacy policy", "cookie policy", "privacy notice", "we use cookies", "uses cookies",
            "use of cookies", "accept cookies", "accept all cookies", "cookie settings", "manage cookies", "cookie preferences",
            "do not sell my", "your privacy choices", "may not be published, broadcast", "may not be reproduced",
            "reproduction in whole or in part", "without permission is prohibited", "registered trademark",
        ]);

    public static readonly PhraseClass Credit = new(RemovalReasons.Credit,
        "Photo, video and agency credits: they name who made an image, not what the article says.",
        [
            "photo:", "photo by", "photos by", "photograph:", "photograph by", "photographs by", "image:", "image by",
            "image credit", "image source", "image via", "images via", "credit:", "credits:", "getty images", "shutterstock",
            "istock", "istockphoto", "ap photo", "afp photo", "reuters photo", "epa photo", "afp via getty", "file photo",
            "courtesy of", "photo courtesy", "handout photo", "pool photo", "illustration:", "illustration by", "video:",
        ]);

    public static readonly PhraseClass Related = new(RemovalReasons.Related,
        "Pointers to other stories: their headlines belong to other articles.",
        [
            "read more", "related:", "related articles", "related stories", "related posts", "related content",
            "related coverage", "related news", "you may also like", "you might also like", "you may be interested",
            "more from", "recommended for you", "recommended stories", "recommended reading", "most popular", "most read",
            "most viewed", "trending now", "also read", "see also", "further reading", "more stories",
            "popular posts", "recent posts", "latest news", "latest stories", "what to read next", "editor's picks",
            "editors' picks", "don't miss", "more on this", "more in", "top picks", "previous:", "next:",
        ],
        // Labels only, ordinary words of prose: "prices are trending upward".
        ["trending"]);

    public static readonly PhraseClass Comment = new(RemovalReasons.Comment,
        "Readers' comment sections and their controls.",
        [
            "leave a comment", "leave a reply", "post a comment", "add a comment", "join the conversation",
            "join the discussion", "log in to reply", "comments are closed", "view comments",
            "show comments", "upvote", "downvote", "report abuse", "commenting policy", "be the first to comment",
            "sort by oldest", "sort by newest", "reply to this",
        ],
        // Labels only, ordinary words of prose: "declined to comment", "in reply to".
        ["comments", "comment", "reply", "replies"]);

    public static readonly PhraseClass Byline = new(RemovalReasons.Byline,
        "Author lines and staff roles; the author is metadata, not article text.",
        [
            "written by", "posted by", "author:", "authors:", "reporting by", "editing by", "edited by", "reported by",
            "contributed to this report", "staff writer", "staff reporter", "senior writer", 
            "by the associated press", "associated press writer",
        ],
        // Labels only, ordinary words of prose: "a former war correspondent", "the largest contributor".
        ["correspondent", "contributor"]);

    public static readonly PhraseClass Dateline = new(RemovalReasons.Dateline,
        "Publication and update stamps and reading-time labels; the date is metadata.",
        [
            "published:", "published on", "updated:", "updated on", "last updated", "posted on", "posted:", "first published",
            "min read", "minute read", "minutes read", "mins read", "hours ago", "hour ago", "minutes ago", "days ago",
            "reading time",
        ]);

    public static readonly PhraseClass AuthorBio = new(RemovalReasons.AuthorBio,
        "Short biographies of the author at the end of an article.",
        [
            "is a staff writer", "is a reporter", "is a freelance", "is the author of", "is a contributing",
            "is a senior", "follow him on", "follow her on", "follow them on", "reach him at", "reach her at",
            "contact the author", "about the author", "more by this author", "view all posts by", "more articles by",
        ]);

    public static readonly PhraseClass Truncated = new(RemovalReasons.Truncated,
        "Teasers that cut the article off and point elsewhere for the rest.",
        [
            "continue reading", "read the full story", "read full story", "read the full article", "read full article",
            "read the rest", "click here to read", "to read the full", "keep reading", "[…]", "[...]",
        ]);

    /// <summary>Every class, in the order the cleaner reports a match (the first matching class names the reason).</summary>
    public static IReadOnlyList<PhraseClass> All { get; } =
        [UiMessage, Legal, Credit, Truncated, Promo, Related, Comment, AuthorBio, Byline, Dateline, Navigation];
}
