namespace Newsdesk.TestSupport;

/// <summary>
/// Finds the evaluation data in <c>../shared</c> beside the repository. The data is third-party text that never
/// enters the repository, so tests that need it skip with a message when it is absent.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> _root = new(FindRoot);

    /// <summary>The <c>shared</c> folder, or null when it is absent.</summary>
    public static string? Root => _root.Value;

    public static bool IsAvailable => Root is not null;

    public const string SkipReason = "../shared is absent: this test needs the shared evaluation data beside the repository";

    /// <summary>The full path of <paramref name="relative"/> under the shared folder; throws when it is absent.</summary>
    public static string PathOf(string relative) =>
        Path.Combine(Root ?? throw new InvalidOperationException(SkipReason), relative);

    /// <summary>The repository's root folder (the one holding Newsdesk.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string? FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("NEWSDESK_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(Path.Combine(candidate, "examples")) || Directory.Exists(Path.Combine(candidate, "data")) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Newsdesk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Newsdesk.sln not found above " + AppContext.BaseDirectory);
    }
}
