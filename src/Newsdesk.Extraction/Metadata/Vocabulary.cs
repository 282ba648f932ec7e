using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// A named list of heuristic terms (meta names, class-name fragments, role words), each with the reason it is in the
/// list (STYLE.md: heuristic word lists are data). Terms keep their order, which is their priority where order
/// matters. Lookups ignore case. Immutable and thread-safe.
/// </summary>
internal sealed class Vocabulary
{
    private readonly FrozenSet<string> _set;

    /// <summary>All terms searched at once (vectorised, ignoring case): pages run every element's class and id
    /// through several vocabularies, and a term-by-term <c>Contains</c> with <c>OrdinalIgnoreCase</c> was a sixth of
    /// the extraction time under invariant globalization.</summary>
    private readonly SearchValues<string> _search;

    public Vocabulary(params (string Term, string Reason)[] entries)
    {
        Terms = [.. entries.Select(e => e.Term)];
        Reasons = entries.ToImmutableDictionary(e => e.Term, e => e.Reason, StringComparer.OrdinalIgnoreCase);
        _set = Terms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _search = SearchValues.Create([.. Terms], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The terms in priority order.</summary>
    public ImmutableArray<string> Terms { get; }

    /// <summary>Why each term is in the list.</summary>
    public ImmutableDictionary<string, string> Reasons { get; }

    public bool Contains(string term) => _set.Contains(term);

    public bool Contains(ReadOnlySpan<char> term) => _set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(term);

    /// <summary>True when any term occurs inside <paramref name="text"/> (ordinal, ignoring case).</summary>
    public bool AnyIn(ReadOnlySpan<char> text) => text.ContainsAny(_search);
}
