using System.Collections.Immutable;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// The page's <c>&lt;meta&gt;</c> tags indexed by name: <c>name</c>, <c>property</c>, <c>itemprop</c> and
/// <c>http-equiv</c> are all keys (lower-cased), and a space-separated <c>property="dc:title og:title"</c> gives one
/// key per word, as Readability reads it. Values are the non-empty <c>content</c> attributes in document order.
/// Immutable after <see cref="Read"/>.
/// </summary>
internal sealed class MetaTags
{
    /// <summary>More meta tags than this are ignored: a real page has a few hundred at most.</summary>
    private const int MaxTags = 2000;

    private readonly Dictionary<string, List<string>> _values;

    private MetaTags(Dictionary<string, List<string>> values) => _values = values;

    public static MetaTags Read(PageElements elements)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var meta in elements.Meta)
        {
            if (++count > MaxTags)
            {
                break;
            }

            var content = meta.GetAttribute("content") ?? meta.GetAttribute("value") ?? meta.GetAttribute("datetime");
            if (content is null)
            {
                continue;
            }

            content = MetadataText.Clean(content);
            if (content.Length == 0)
            {
                continue;
            }

            AddKeys(values, meta.GetAttribute("name"), content);
            AddKeys(values, meta.GetAttribute("property"), content);
            AddKeys(values, meta.GetAttribute("itemprop"), content);
            AddKeys(values, meta.GetAttribute("http-equiv"), content);
        }

        return new MetaTags(values);
    }

    private static void AddKeys(Dictionary<string, List<string>> values, string? keys, string content)
    {
        if (string.IsNullOrWhiteSpace(keys))
        {
            return;
        }

        foreach (var key in keys.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!values.TryGetValue(key, out var list))
            {
                list = [];
                values[key] = list;
            }

            if (list.Count < 100)
            {
                list.Add(content);
            }
        }
    }

    /// <summary>The first value of <paramref name="name"/>, or null.</summary>
    public string? First(string name) => _values.TryGetValue(name, out var list) ? list[0] : null;

    /// <summary>Every value of <paramref name="name"/> in document order.</summary>
    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : [];

    /// <summary>The first value of the first name of <paramref name="names"/> that the page has, with the name.</summary>
    public (string Name, string Value)? FirstOf(Vocabulary names)
    {
        foreach (var name in names.Terms)
        {
            if (First(name) is { } value)
            {
                return (name, value);
            }
        }

        return null;
    }

    /// <summary>Every value of every name in <paramref name="names"/>, names in priority order.</summary>
    public ImmutableArray<(string Name, string Value)> AllOf(Vocabulary names)
    {
        var builder = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var name in names.Terms)
        {
            foreach (var value in All(name))
            {
                builder.Add((name, value));
            }
        }

        return builder.ToImmutable();
    }
}
