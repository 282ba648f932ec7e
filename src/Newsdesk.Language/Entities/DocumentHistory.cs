namespace Newsdesk.Language.Entities;

/// <summary>
/// Fills <see cref="TokenUnit.FirstTag"/> and <see cref="TokenUnit.History"/> from a first tagging pass over the whole
/// document: for each name-like token (capitalised or in capitals), how the first pass labelled the other name-like
/// occurrences of the same normalised word. This is the document-level consistency the second pass learns from.
/// </summary>
internal static class DocumentHistory
{
    /// <summary>Outside, then the four entity types.</summary>
    public const int Kinds = 5;

    public static void Fill(Span<TokenUnit> units, ReadOnlySpan<int> tags, Dictionary<ulong, int> index, ref int[] counts)
    {
        index.Clear();
        for (var i = 0; i < units.Length; i++)
        {
            if (!IsNameLike(units[i]))
            {
                continue;
            }

            if (!index.TryGetValue(units[i].Norm, out var k))
            {
                k = index.Count;
                index[units[i].Norm] = k;
                if (counts.Length < (k + 1) * Kinds)
                {
                    Array.Resize(ref counts, Math.Max(counts.Length * 2, (k + 1) * Kinds));
                }

                counts.AsSpan(k * Kinds, Kinds).Clear();
            }

            counts[(k * Kinds) + KindOf(tags[i])]++;
        }

        for (var i = 0; i < units.Length; i++)
        {
            ref var u = ref units[i];
            u.FirstTag = (byte)tags[i];
            u.History = 0;
            if (!IsNameLike(u))
            {
                continue;
            }

            var k = index[u.Norm];
            var own = KindOf(tags[i]);
            var total = -1;
            for (var kind = 0; kind < Kinds; kind++)
            {
                total += counts[(k * Kinds) + kind];
            }

            if (total <= 0)
            {
                continue;
            }

            for (var kind = 0; kind < Kinds; kind++)
            {
                var c = counts[(k * Kinds) + kind] - (kind == own ? 1 : 0);
                if (c > 0)
                {
                    var share = c == total ? 3 : c * 2 > total ? 2 : 1;
                    u.History |= (ushort)(share << (2 * kind));
                }
            }
        }
    }

    private static bool IsNameLike(in TokenUnit u) => (u.Flags & (TokenFlags.Capitalised | TokenFlags.AllCaps)) != 0;

    private static int KindOf(int tag) => tag == EntityTagSet.Outside ? 0 : 1 + (int)EntityTagSet.TypeOf(tag);
}
