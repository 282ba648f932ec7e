namespace Newsdesk.Storage;

/// <summary>What a write did with each document of a batch.</summary>
/// <param name="Stored">New articles.</param>
/// <param name="Updated">Articles already stored whose content changed.</param>
/// <param name="Duplicates">Articles already stored unchanged, or repeated within the batch.</param>
public readonly record struct WriteSummary(int Stored, int Updated, int Duplicates)
{
    public static WriteSummary operator +(WriteSummary left, WriteSummary right) =>
        new(left.Stored + right.Stored, left.Updated + right.Updated, left.Duplicates + right.Duplicates);

    public WriteSummary Add(WriteSummary other) => this + other;
}
