using Newsdesk.Documents;

namespace Newsdesk.Storage;

/// <summary>One search result. <see cref="Snippet"/> marks matched words with <see cref="SnippetMarks"/>.</summary>
public sealed record SearchHit(string Id, string? Title, NewsDate? Date, string? Site, string? Url, string Snippet, double Score);

/// <summary>The markers around matched words in <see cref="SearchHit.Snippet"/>.</summary>
public static class SnippetMarks
{
    public const string Open = "\u0002";
    public const string Close = "\u0003";
}
