namespace Newsdesk.Ingest;

/// <summary>One file to read, as found from a command-line argument.</summary>
/// <param name="Path">The path to open; "-" for standard input.</param>
/// <param name="Id">The id its documents take: the path relative to the argument that named it (the file name when
/// the argument was the file itself), or "stdin".</param>
public sealed record InputFile(string Path, string Id)
{
    public bool IsStandardInput => Path == "-";

    /// <summary>The name shown in messages.</summary>
    public string DisplayName => IsStandardInput ? "<stdin>" : Path;
}
