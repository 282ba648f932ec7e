using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsdesk.Documents;

namespace Newsdesk.Ingest.Feeds;

/// <summary>
/// What one RSS item or Atom entry said, gathered while reading it, and the article it becomes. The body is the full
/// content (<c>content:encoded</c>, Atom <c>content</c>) when the entry has one, else the summary (<c>description</c>,
/// Atom <c>summary</c>); HTML bodies go to the HTML extractor, plain ones are kept as text. Mutable, used by one reader.
/// </summary>
internal sealed class FeedEntry
{
    private static readonly JsonSerializerOptions _json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string? Title { get; set; }

    public string? Link { get; set; }

    /// <summary>RSS <c>guid</c> or Atom <c>id</c>.</summary>
    public string? EntryId { get; set; }

    /// <summary>True when the RSS guid is a permalink (the default) and may stand in for a missing link.</summary>
    public bool EntryIdIsLink { get; set; }

    /// <summary>The preferred date: <c>pubDate</c>, Atom <c>published</c>, or <c>dc:date</c>.</summary>
    public NewsDate? Published { get; set; }

    /// <summary>Atom <c>updated</c>: used only when nothing says when the entry was published.</summary>
    public NewsDate? Updated { get; set; }

    public List<string> Authors { get; } = [];

    public List<string> Keywords { get; } = [];

    public FeedBody? Content { get; set; }

    public FeedBody? Summary { get; set; }

    /// <summary>The article: id <c>&lt;file id&gt;#&lt;entry index&gt;</c>, located at the entry's line.</summary>
    public RawDocument ToDocument(string id, string origin, FeedChannel channel)
    {
        var body = Content is { Text.Length: > 0 } ? Content : Summary;
        var link = Link ?? (EntryIdIsLink && EntryId is { } guid && Uri.TryCreate(guid, UriKind.Absolute, out var guidUri) && guidUri.Scheme.StartsWith("http", StringComparison.Ordinal) ? guid : null);
        var extra = ImmutableSortedDictionary<string, string>.Empty;
        if (EntryId is { Length: > 0 } entryId)
        {
            extra = extra.Add("feedEntryId", JsonSerializer.Serialize(entryId, _json));
        }

        return new RawDocument
        {
            Id = id,
            Origin = origin,
            Kind = body is { IsHtml: true } ? ContentKind.Html : ContentKind.Text,
            Content = body?.Text ?? "",
            Metadata = new ArticleMetadata
            {
                Url = channel.Resolve(link),
                Title = Title is { Length: > 0 } ? Title : null,
                Authors = [.. Authors.Distinct(StringComparer.Ordinal)],
                Date = Published ?? Updated,
                Site = channel.Title,
                Language = channel.Language,
                // The summary is worth keeping as the description when the body is the full content.
                Description = ReferenceEquals(body, Content) && Summary is { Text.Length: > 0 } summary
                    ? (summary.IsHtml ? FeedText.Flatten(summary.Text) : FeedText.Collapse(summary.Text))
                    : null,
                Keywords = [.. Keywords.Distinct(StringComparer.OrdinalIgnoreCase)],
                Extra = extra,
            },
        };
    }
}
