namespace Newsdesk.Storage;

/// <summary>What a write did with each document of a batch.</summary>
/// <param name="Stored">New articles.</param>
/// <param name="Updated">Articles already stored whose content changed.</param>
/// <param name="Duplicates">Articles already stored unchanged, or repeated within the batch.</param>
/// <param name="Empty">Documents with no text left to store (an empty page, a record that failed to read).</param>
public readonly record struct WriteSummary(int Stored, int Updated, int Duplicates, int Empty = 0)
{
    public static WriteSummary operator +(WriteSummary left, WriteSummary right) =>
        new(left.Stored + right.Stored, left.Updated + right.Updated, left.Duplicates + right.Duplicates, left.Empty + right.Empty);

    public WriteSummary Add(WriteSummary other) => this + other;
}
