using Newsdesk.Documents;

namespace Newsdesk.Extraction.Content;

/// <summary>What the metadata tells the content filters: author names, so that a byline repeated in the text can be
/// recognised.</summary>
internal sealed class ArticleMetadataHints(ArticleMetadata metadata)
{
    private readonly string[] _authors = [.. metadata.Authors.Where(a => a.Length >= 4)];

    /// <summary>True for a short line that is an author's name, perhaps with a prefix ("By", "Von", "Author:").</summary>
    public bool IsAuthorLine(string text)
    {
        if (_authors.Length == 0 || text.Length > 80)
        {
            return false;
        }

        foreach (var author in _authors)
        {
            if (text.Contains(author, StringComparison.OrdinalIgnoreCase) && text.Length - author.Length <= 25)
            {
                return true;
            }
        }

        return false;
    }
}
