namespace Newsdesk.Ingest;

/// <summary>Limits and choices for reading input. Immutable; <c>with</c> makes a changed copy.</summary>
public sealed record ReaderOptions
{
    public static readonly ReaderOptions Default = new();

    /// <summary>The format to read every file as; <see cref="InputFormat.Auto"/> detects it per file.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>The largest text or HTML file read whole, after decompression. Larger files are refused with
    /// <c>input-too-large</c>. Streaming formats (JSON Lines, WARC, feeds) apply <see cref="MaxRecordBytes"/> instead.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The largest single record (a JSON line, a WARC record's payload, a feed entry).</summary>
    public long MaxRecordBytes { get; init; } = 16L * 1024 * 1024;
}
