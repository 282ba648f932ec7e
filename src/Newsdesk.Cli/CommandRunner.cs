using Microsoft.Data.Sqlite;

namespace Newsdesk.Cli;

/// <summary>Runs a command's body and turns expected failures into messages and exit codes.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await body();
        }
        catch (UsageException exception)
        {
            await Console.Error.WriteLineAsync($"error: {exception.Message}");
            return ExitCodes.UsageError;
        }
        catch (Storage.StoreException exception)
        {
            await Console.Error.WriteLineAsync($"error: {exception.Message}");
            return ExitCodes.UsageError;
        }
        catch (SqliteException exception)
        {
            await Console.Error.WriteLineAsync($"error: database: {exception.Message}");
            return ExitCodes.SomeFailed;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("interrupted: what was written before stays in the database");
            return 130;
        }
    }

    public static Task<int> RunAsync(Func<int> body) => RunAsync(() => Task.FromResult(body()));
}
