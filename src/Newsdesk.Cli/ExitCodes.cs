namespace Newsdesk.Cli;

/// <summary>The exit codes of every command (ARCHITECTURE.md).</summary>
internal static class ExitCodes
{
    /// <summary>Everything went well.</summary>
    public const int Success = 0;

    /// <summary>Some documents failed (reported on stderr), or an eval metric fell below its floor.</summary>
    public const int SomeFailed = 1;

    /// <summary>Usage or configuration error: bad arguments, an unusable database.</summary>
    public const int UsageError = 2;
}
