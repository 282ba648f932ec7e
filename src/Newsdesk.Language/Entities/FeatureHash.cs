namespace Newsdesk.Language.Entities;

/// <summary>
/// 64-bit hashes of words and feature combinations, so that features are looked up without building strings.
/// FNV-1a over characters, combined with the SplitMix64 finaliser; collisions among the model's few hundred thousand
/// features are vanishingly unlikely at 64 bits. The values are part of the model file format: never change them
/// without bumping <see cref="EntityModel.FormatVersion"/>.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>The hash of the characters as written.</summary>
    public static ulong Exact(ReadOnlySpan<char> s)
    {
        var h = FnvOffset;
        foreach (var c in s)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Finish(h);
    }

    /// <summary>The hash of the normalised form: lower case, every digit as 0, curly apostrophes as straight ones.</summary>
    public static ulong Norm(ReadOnlySpan<char> s)
    {
        var h = FnvOffset;
        foreach (var c in s)
        {
            h = (h ^ NormChar(c)) * FnvPrime;
        }

        return Finish(h);
    }

    public static char NormChar(char c) => c switch
    {
        >= '0' and <= '9' => '0',
        >= 'A' and <= 'Z' => (char)(c + 32),
        '\u2019' or '\u2018' or '`' => '\'',
        '\u201C' or '\u201D' => '"',
        < '\u0080' => c,
        _ => char.IsDigit(c) ? '0' : char.ToLowerInvariant(c),
    };

    /// <summary>Combines two hashes (order matters).</summary>
    public static ulong Mix(ulong a, ulong b) => Finish(a * 0x9E3779B97F4A7C15UL ^ (b + 0x632BE59BD9B4E019UL + (a << 6) + (a >> 2)));

    public static ulong Of(int template, ulong a) => NonZero(Mix(Seed(template), a));

    public static ulong Of(int template, ulong a, ulong b) => NonZero(Mix(Mix(Seed(template), a), b));

    public static ulong Of(int template, ulong a, ulong b, ulong c) => NonZero(Mix(Mix(Mix(Seed(template), a), b), c));

    private static ulong Seed(int template) => (ulong)(template + 1) * 0xD6E8FEB86659FD93UL;

    private static ulong NonZero(ulong h) => h == 0 ? 1 : h;

    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
