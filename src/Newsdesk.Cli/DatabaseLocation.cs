namespace Newsdesk.Cli;

/// <summary>Where the database is: <c>--db</c>, else <c>$NEWSDESK_DB</c>, else <c>newsdesk.db</c> in the current folder.</summary>
internal static class DatabaseLocation
{
    public const string EnvironmentVariable = "NEWSDESK_DB";
    public const string DefaultFileName = "newsdesk.db";

    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? DefaultFileName : fromEnvironment;
    }
}
