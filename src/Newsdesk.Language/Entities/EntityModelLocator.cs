namespace Newsdesk.Language.Entities;

/// <summary>
/// Finds and loads the shipped entity model once per process: <c>$NEWSDESK_NER_MODEL</c> when set, else
/// <c>models/ner.bin</c> beside the program, else <c>models/ner.bin</c> in a folder above it (a source checkout).
/// Thread-safe.
/// </summary>
public static class EntityModelLocator
{
    public const string EnvironmentVariable = "NEWSDESK_NER_MODEL";
    public const string RelativePath = "models/ner.bin";

    private static readonly Lazy<(EntityModel? Model, string? Error)> _default = new(LoadDefault);

    /// <summary>The shipped model, or null with the reason in <paramref name="error"/>.</summary>
    public static EntityModel? TryGetDefault(out string? error)
    {
        var (model, message) = _default.Value;
        error = message;
        return model;
    }

    /// <summary>Where the default model is looked for first to last.</summary>
    public static IEnumerable<string> Candidates()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            yield return fromEnvironment;
            yield break;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            yield return Path.Combine(directory.FullName, RelativePath);
            directory = directory.Parent;
        }
    }

    private static (EntityModel?, string?) LoadDefault()
    {
        var path = Candidates().FirstOrDefault(File.Exists);
        if (path is null)
        {
            return (null, $"no entity model found (set {EnvironmentVariable} or train one with `newsdesk train ner`); looked for {RelativePath} from {AppContext.BaseDirectory}");
        }

        try
        {
            return (EntityModel.Load(path), null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return (null, $"{path}: {e.Message}");
        }
    }
}
