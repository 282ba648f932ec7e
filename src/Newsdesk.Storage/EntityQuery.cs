using Newsdesk.Documents;

namespace Newsdesk.Storage;

/// <summary>Which entities to list: by type, and by the publication dates of the articles that mention them.</summary>
public sealed record EntityQuery
{
    public EntityType? Type { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Limit { get; init; } = 50;
}

/// <summary>An entity across articles: its canonical name, type, articles mentioning it and total mentions.</summary>
public sealed record EntityCount(string Name, EntityType Type, long Articles, long Mentions);
