using System.Collections.Immutable;
using System.Text.Json;
using AngleSharp.Dom;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// Reads the page's <c>application/ld+json</c> blocks and picks the node that describes the article.
/// <list type="number">
/// <item>Every block is parsed leniently (comments, trailing commas, raw line breaks in strings, HTML comment
/// wrappers); a block that still fails is skipped.</item>
/// <item>Every typed node is visited (arrays, <c>@graph</c>, nested values), except lists of other works
/// (<c>itemListElement</c>, <c>hasPart</c>, <c>comment</c>…), whose articles are not this page's.</item>
/// <item>The article is the first node of an article type (<see cref="ArticleTypes"/>), else of a page type
/// (<see cref="PageTypes"/>); author and publisher references by <c>@id</c> are resolved in the same block.</item>
/// </list>
/// Thread-safe; never throws on malformed JSON.
/// </summary>
internal static class JsonLdReader
{
    /// <summary>Blocks longer than this are skipped: structured data is small, a huge block is an embedded dump.</summary>
    private const int MaxBlockLength = 1_000_000;

    private const int MaxDepth = 48;

    /// <summary>schema.org types whose node describes the article itself, best first.</summary>
    internal static readonly Vocabulary ArticleTypes = new(
        ("NewsArticle", "schema.org news article, the usual type on news sites"),
        ("Article", "the generic article type"),
        ("BlogPosting", "blog engines (WordPress/Yoast, Blogger) use it for posts"),
        ("ReportageNewsArticle", "a NewsArticle subtype used by news publishers"),
        ("AnalysisNewsArticle", "a NewsArticle subtype"),
        ("OpinionNewsArticle", "a NewsArticle subtype for columns"),
        ("BackgroundNewsArticle", "a NewsArticle subtype"),
        ("ReviewNewsArticle", "a NewsArticle subtype"),
        ("LiveBlogPosting", "live tickers"),
        ("SatiricalArticle", "an Article subtype"),
        ("ScholarlyArticle", "academic and institutional pages"),
        ("MedicalScholarlyArticle", "health publishers"),
        ("TechArticle", "documentation and developer blogs"),
        ("Report", "institutional reports"),
        ("SocialMediaPosting", "posts on social platforms"),
        ("DiscussionForumPosting", "forum threads carry author and date of the first post"),
        ("Posting", "short form seen on some blogs"),
        ("Recipe", "recipe pages carry author and date like an article"),
        ("HowTo", "guides carry author and date like an article"),
        ("Review", "review pages carry author and date"));

    /// <summary>schema.org page types: their values are used when no article node exists.</summary>
    internal static readonly Vocabulary PageTypes = new(
        ("WebPage", "Yoast and others put datePublished/dateModified on the page node"),
        ("ItemPage", "a WebPage subtype"),
        ("AboutPage", "a WebPage subtype"),
        ("ProfilePage", "a WebPage subtype"),
        ("QAPage", "question pages carry dates"),
        ("FAQPage", "a WebPage subtype"),
        ("MedicalWebPage", "health publishers"),
        ("CollectionPage", "a WebPage subtype"));

    /// <summary>Properties whose nodes are other works (lists, parts, comments), not the page's article.</summary>
    private static readonly Vocabulary _foreignProperties = new(
        ("itemListElement", "a list of other articles (teasers, breadcrumbs)"),
        ("hasPart", "parts of the page, sometimes other articles"),
        ("comment", "comments have their own author and date"),
        ("review", "reviews have their own author and date"),
        ("relatedLink", "links to other pages"),
        ("citation", "cited works"),
        ("mentions", "works mentioned in the article"),
        ("about", "the subject, not the article"),
        ("subjectOf", "works about the subject"),
        ("isBasedOn", "the source of a derived work"),
        ("video", "an embedded video has its own upload date"),
        ("associatedMedia", "embedded media"),
        ("recipeInstructions", "steps of a recipe"));

    private static readonly JsonDocumentOptions _options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = MaxDepth,
    };

    /// <summary>Reads the blocks of the page's <c>application/ld+json</c> script elements.</summary>
    public static JsonLdArticle Read(IDocument page) => Read(Blocks(page));

    private static IEnumerable<string> Blocks(IDocument page)
    {
        foreach (var script in page.GetElementsByTagName("script"))
        {
            var type = script.GetAttribute("type");
            if (type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                yield return script.TextContent;
            }
        }
    }

    /// <summary>Reads JSON-LD blocks given as text (the content of each script element).</summary>
    public static JsonLdArticle Read(IEnumerable<string> blocks)
    {
        JsonLdArticle? article = null;
        JsonLdArticle? pageNode = null;
        string? webSiteName = null;
        string? organisationName = null;
        foreach (var text in blocks)
        {
            if (text.Length > MaxBlockLength)
            {
                continue;
            }

            using var json = Parse(text);
            if (json is null)
            {
                continue;
            }

            var nodes = new List<(JsonElement Node, string Type)>();
            var ids = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            Collect(json.RootElement, nodes, ids, 0);
            foreach (var (node, nodeType) in nodes)
            {
                if (article is null && ArticleTypes.Contains(nodeType))
                {
                    article = ReadArticle(node, nodeType, ids);
                }
                else if (pageNode is null && PageTypes.Contains(nodeType))
                {
                    pageNode = ReadArticle(node, nodeType, ids);
                }
                else if (webSiteName is null && nodeType == "WebSite")
                {
                    webSiteName = NameOf(node, ids);
                }
                else if (organisationName is null && nodeType is "Organization" or "NewsMediaOrganization")
                {
                    organisationName = NameOf(node, ids);
                }
            }
        }

        var result = article ?? pageNode ?? JsonLdArticle.Empty;
        if (article is not null && pageNode is not null)
        {
            // The page node often carries what the article node leaves out (Yoast puts dates and language there).
            result = result with
            {
                DatePublished = result.DatePublished ?? pageNode.DatePublished,
                DateModified = result.DateModified ?? pageNode.DateModified,
                Language = result.Language ?? pageNode.Language,
                Image = result.Image ?? pageNode.Image,
                Description = result.Description ?? pageNode.Description,
                Publisher = result.Publisher ?? pageNode.Publisher,
            };
        }

        return result with { WebSiteName = webSiteName, Publisher = result.Publisher ?? organisationName };
    }

    private static JsonDocument? Parse(string text)
    {
        var trimmed = text.AsSpan().Trim();
        trimmed = StripWrapper(trimmed, "<!--", "-->");
        trimmed = StripWrapper(trimmed, "//<![CDATA[", "//]]>");
        trimmed = StripWrapper(trimmed, "<![CDATA[", "]]>");
        if (trimmed.IsEmpty)
        {
            return null;
        }

        var candidate = trimmed.ToString();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                return JsonDocument.Parse(candidate, _options);
            }
            catch (JsonException)
            {
                // Raw line breaks and tabs inside strings are the most common fault in hand-written JSON-LD; they
                // are equally valid as whitespace outside strings, so replacing them repairs without harm.
                candidate = candidate.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> StripWrapper(ReadOnlySpan<char> text, string open, string close)
    {
        if (text.StartsWith(open, StringComparison.Ordinal))
        {
            text = text[open.Length..];
            var end = text.LastIndexOf(close, StringComparison.Ordinal);
            if (end >= 0)
            {
                text = text[..end];
            }
        }

        return text.Trim();
    }

    private static void Collect(JsonElement element, List<(JsonElement, string)> nodes, Dictionary<string, JsonElement> ids, int depth)
    {
        if (depth > MaxDepth || nodes.Count > 500)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, nodes, ids, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && element.EnumerateObject().Count() > 1)
        {
            ids.TryAdd(id.GetString()!, element);
        }

        foreach (var type in TypesOf(element))
        {
            nodes.Add((element, type));
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && !_foreignProperties.Contains(property.Name))
            {
                Collect(property.Value, nodes, ids, depth + 1);
            }
        }
    }

    private static IEnumerable<string> TypesOf(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            yield break;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            yield return LocalName(type.GetString()!);
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    yield return LocalName(item.GetString()!);
                }
            }
        }
    }

    /// <summary><c>http://schema.org/NewsArticle</c> and <c>schema:NewsArticle</c> are <c>NewsArticle</c>.</summary>
    private static string LocalName(string type)
    {
        var cut = type.AsSpan().Trim();
        var slash = cut.LastIndexOfAny('/', ':');
        return (slash >= 0 ? cut[(slash + 1)..] : cut).ToString();
    }

    private static JsonLdArticle ReadArticle(JsonElement node, string type, Dictionary<string, JsonElement> ids)
    {
        var people = ImmutableArray.CreateBuilder<string>();
        var organisations = ImmutableArray.CreateBuilder<string>();
        ReadAuthors(node, "author", ids, people, organisations);
        if (people.Count == 0 && organisations.Count == 0)
        {
            ReadAuthors(node, "creator", ids, people, organisations);
        }

        return new JsonLdArticle
        {
            Type = type,
            Headline = Text(node, "headline") ?? Text(node, "alternativeHeadline"),
            Name = Text(node, "name"),
            Authors = people.ToImmutable(),
            OrganisationAuthors = organisations.ToImmutable(),
            DatePublished = Text(node, "datePublished") ?? Text(node, "dateCreated") ?? Text(node, "uploadDate"),
            DateModified = Text(node, "dateModified"),
            Publisher = node.TryGetProperty("publisher", out var publisher) ? NameOf(publisher, ids) : null,
            Language = LanguageOf(node),
            Image = UrlOf(node, "image", ids) ?? UrlOf(node, "thumbnailUrl", ids),
            Section = Text(node, "articleSection"),
            Keywords = KeywordsOf(node),
            Description = Text(node, "description"),
            Url = UrlOf(node, "url", ids) ?? UrlOf(node, "mainEntityOfPage", ids),
        };
    }

    private static void ReadAuthors(
        JsonElement node,
        string property,
        Dictionary<string, JsonElement> ids,
        ImmutableArray<string>.Builder people,
        ImmutableArray<string>.Builder organisations)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return;
        }

        foreach (var author in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Single(value))
        {
            if (people.Count + organisations.Count >= 20)
            {
                return;
            }

            if (author.ValueKind == JsonValueKind.String)
            {
                var name = MetadataText.Clean(author.GetString());
                if (name.Length > 0)
                {
                    people.Add(name);
                }

                continue;
            }

            var resolved = Resolve(author, ids);
            if (resolved.ValueKind != JsonValueKind.Object || NameOf(resolved, ids) is not { } authorName)
            {
                continue;
            }

            var isOrganisation = TypesOf(resolved).Any(t => t.Contains("Organization", StringComparison.Ordinal) || t == "Corporation");
            (isOrganisation ? organisations : people).Add(authorName);
        }
    }

    private static IEnumerable<JsonElement> Single(JsonElement value)
    {
        yield return value;
    }

    /// <summary>A node that is only <c>{"@id": …}</c> stands for the node with that id elsewhere in the block.</summary>
    private static JsonElement Resolve(JsonElement value, Dictionary<string, JsonElement> ids)
    {
        if (value.ValueKind == JsonValueKind.Object
            && !value.TryGetProperty("name", out _)
            && value.TryGetProperty("@id", out var id)
            && id.ValueKind == JsonValueKind.String
            && ids.TryGetValue(id.GetString()!, out var target))
        {
            return target;
        }

        return value;
    }

    private static string? NameOf(JsonElement value, Dictionary<string, JsonElement> ids)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return NonEmpty(value.GetString());
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (NameOf(item, ids) is { } name)
                {
                    return name;
                }
            }

            return null;
        }

        var node = Resolve(value, ids);
        return node.ValueKind == JsonValueKind.Object ? Text(node, "name") ?? Text(node, "legalName") : null;
    }

    private static string? LanguageOf(JsonElement node)
    {
        if (!node.TryGetProperty("inLanguage", out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => NonEmpty(value.GetString()),
            JsonValueKind.Object => Text(value, "alternateName") ?? Text(value, "name"),
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? NonEmpty(v.GetString()) : null).FirstOrDefault(v => v is not null),
            _ => null,
        };
    }

    private static string? UrlOf(JsonElement node, string property, Dictionary<string, JsonElement> ids)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        return UrlValue(value, ids, 0);
    }

    private static string? UrlValue(JsonElement value, Dictionary<string, JsonElement> ids, int depth)
    {
        if (depth > 3)
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return NonEmpty(value.GetString());
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (UrlValue(item, ids, depth + 1) is { } url)
                    {
                        return url;
                    }
                }

                return null;
            case JsonValueKind.Object:
                var node = Resolve(value, ids);
                return Text(node, "url") ?? Text(node, "contentUrl") ?? Text(node, "@id");
            default:
                return null;
        }
    }

    private static ImmutableArray<string> KeywordsOf(JsonElement node)
    {
        if (!node.TryGetProperty("keywords", out var value))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        if (value.ValueKind == JsonValueKind.String)
        {
            foreach (var keyword in value.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                builder.Add(MetadataText.Clean(keyword));
            }
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && NonEmpty(item.GetString()) is { } keyword)
                {
                    builder.Add(keyword);
                }
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>A string property, or the first string of an array property, cleaned; null when empty.</summary>
    private static string? Text(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => NonEmpty(value.GetString()),
            JsonValueKind.Array => value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? NonEmpty(v.GetString()) : null).FirstOrDefault(v => v is not null),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static string? NonEmpty(string? value)
    {
        var cleaned = MetadataText.Clean(value);
        return cleaned.Length == 0 ? null : cleaned;
    }
}
