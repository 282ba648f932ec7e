using Newsdesk.Documents;

namespace Newsdesk.Storage;

/// <summary>An article as stored: its public id and key, when it was stored, and the document with every layer.</summary>
public sealed record StoredArticle(string Id, string Key, DateTimeOffset StoredAt, DateTimeOffset UpdatedAt, Document Document);
