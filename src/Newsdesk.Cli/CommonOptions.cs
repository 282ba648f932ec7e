using System.CommandLine;
using Newsdesk.Ingest;

namespace Newsdesk.Cli;

/// <summary>Options shared by several commands, made fresh for each command (System.CommandLine owns them).</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths(string description = "Files, directories (read recursively) or - for standard input; .gz is read transparently")
    {
        var paths = new Argument<string[]>("PATH") { Description = description, Arity = ArgumentArity.OneOrMore };
        // System.CommandLine hands an unknown option such as --josn to a many-valued argument as a value; it would then
        // be reported as a missing file with exit 1. Refuse it as the usage error it is (a file named so: ./--josn).
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"unknown option '{token.Value}' (a file whose name starts with '-' is given as ./{token.Value})");
                }
            }
        });
        return paths;
    }

    public static Option<bool> Json(string description = "Write JSON Lines to stdout (one object per document)") =>
        new("--json") { Description = description };

    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        Description = "Documents processed in parallel (default: every core)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static Option<InputFormat> Format() => new("--format")
    {
        Description = "Read every input as this format instead of detecting it (auto, text, jsonl, html, warc, feed)",
        DefaultValueFactory = _ => InputFormat.Auto,
    };

    public static Option<long> MaxSize() => new("--max-size")
    {
        Description = "Largest text or HTML file read, in bytes; larger files are refused and reported",
        DefaultValueFactory = _ => ReaderOptions.Default.MaxFileBytes,
    };

    public static Option<long> MaxRecordSize() => new("--max-record-size")
    {
        Description = "Largest single record (a JSON line, a WARC record, a feed entry), in bytes",
        DefaultValueFactory = _ => ReaderOptions.Default.MaxRecordBytes,
    };

    public static Option<string?> Database() => new("--db")
    {
        Description = "The database file (default: $NEWSDESK_DB, else newsdesk.db in the current directory)",
    };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Also print informational diagnostics" };

    /// <summary>Validates <c>--jobs</c>.</summary>
    public static int CheckJobs(int jobs) =>
        jobs >= 1 ? jobs : throw new UsageException($"--jobs must be at least 1 (got {jobs})");
}
