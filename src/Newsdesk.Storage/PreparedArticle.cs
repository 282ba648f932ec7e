using System.Security.Cryptography;
using System.Text;
using Newsdesk.Documents;
using Newsdesk.Serialization;

namespace Newsdesk.Storage;

/// <summary>What an article's row needs besides the document, computed without the database.</summary>
/// <param name="Document">The document as processed.</param>
/// <param name="Id">The public id (<see cref="ArticleKey.Id"/>): the same article gets the same id in any store.</param>
/// <param name="Key">The key it is deduplicated by: <c>url:…</c> or <c>text:…</c>.</param>
/// <param name="Layers">The document as JSON without its text and source id: metadata and layers.</param>
/// <param name="Hash">A hash of the layers and the text: a stored article whose hash differs has changed.</param>
public sealed record PreparedArticle(Document Document, string Id, string Key, string Layers, string Hash)
{
    /// <summary>Null for a document without text: there is nothing to store. Thread-safe.</summary>
    public static PreparedArticle? For(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Text.AsSpan().IsWhiteSpace())
        {
            return null;
        }

        var key = ArticleKey.For(document.Metadata, document.Text);

        // The source id has its own column; leaving it out of the JSON means a copy of the same article read
        // from another file hashes the same and is a duplicate, not an update.
        var layers = DocumentJson.Serialize(document with { Id = "" }, includeText: false);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(layers));
        hash.AppendData(Encoding.UTF8.GetBytes(document.Text));
        return new PreparedArticle(document, key.Id, key.Value, layers, Convert.ToHexStringLower(hash.GetHashAndReset())[..32]);
    }
}
