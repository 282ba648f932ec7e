namespace Newsdesk.Documents;

/// <summary>The stable reasons a stage gives for removing text (ARCHITECTURE.md, "Removed").</summary>
public static class RemovalReasons
{
    /// <summary>A message of the site's interface: errors, loading notices, "JavaScript required".</summary>
    public const string UiMessage = "ui-message";
    /// <summary>A photo or video caption.</summary>
    public const string Caption = "caption";
    /// <summary>A photo, video or agency credit on its own.</summary>
    public const string Credit = "credit";
    /// <summary>Newsletter, subscription, app and social prompts, advertisements.</summary>
    public const string Promo = "promo";
    /// <summary>Menus, breadcrumbs, lists of section links.</summary>
    public const string Navigation = "navigation";
    /// <summary>Headlines of other stories ("Read more", "Related").</summary>
    public const string Related = "related";
    /// <summary>An author line repeated in the text.</summary>
    public const string Byline = "byline";
    /// <summary>A date or place line repeated in the text.</summary>
    public const string Dateline = "dateline";
    /// <summary>Readers' comments.</summary>
    public const string Comment = "comment";
    /// <summary>Copyright, terms, cookie and privacy notices.</summary>
    public const string Legal = "legal";
    /// <summary>A repeat of text the article already has.</summary>
    public const string Duplicate = "duplicate";
    /// <summary>A cut-off fragment ("Continue reading…").</summary>
    public const string Truncated = "truncated";
    /// <summary>An author biography.</summary>
    public const string AuthorBio = "author-bio";
    /// <summary>Boilerplate that recurs across many articles of one site.</summary>
    public const string SiteBoilerplate = "site-boilerplate";
    /// <summary>Page content that is not the article and fits no narrower reason (low text density, link lists).</summary>
    public const string Boilerplate = "boilerplate";
}
