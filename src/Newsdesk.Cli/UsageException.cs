namespace Newsdesk.Cli;

/// <summary>A problem with how the command was called or configured; reported on stderr with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
