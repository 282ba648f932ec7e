using Newsdesk.Diagnostics;

namespace Newsdesk.Ingest;

/// <summary>
/// Expands command-line arguments into files: a file stands for itself, a directory for every file under it
/// (recursively, in ordinal order so that runs are repeatable, hidden files and folders skipped), "-" for standard
/// input. A path that does not exist is reported, not thrown.
/// </summary>
public static class InputEnumerator
{
    public static IEnumerable<InputFile> Expand(IEnumerable<string> arguments, Action<Diagnostic> report)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                yield return new InputFile("-", "stdin");
            }
            else if (File.Exists(argument))
            {
                yield return new InputFile(argument, Path.GetFileName(argument));
            }
            else if (Directory.Exists(argument))
            {
                foreach (var file in FilesUnder(argument, report))
                {
                    yield return new InputFile(file, Path.GetRelativePath(argument, file).Replace('\\', '/'));
                }
            }
            else
            {
                report(Diagnostic.Error(DiagnosticCodes.PathUnreadable, "input", argument, "no such file or directory"));
            }
        }
    }

    private static IEnumerable<string> FilesUnder(string directory, Action<Diagnostic> report)
    {
        string[] files;
        string[] subdirectories;
        try
        {
            files = Directory.GetFiles(directory);
            subdirectories = Directory.GetDirectories(directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            report(Diagnostic.Error(DiagnosticCodes.PathUnreadable, "input", directory, exception.Message));
            yield break;
        }

        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(subdirectories, StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!IsHidden(file))
            {
                yield return file;
            }
        }

        foreach (var subdirectory in subdirectories)
        {
            if (IsHidden(subdirectory))
            {
                continue;
            }

            foreach (var file in FilesUnder(subdirectory, report))
            {
                yield return file;
            }
        }
    }

    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');
}
