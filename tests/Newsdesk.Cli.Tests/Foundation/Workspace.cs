using Newsdesk.TestSupport;

namespace Newsdesk.Cli.Tests.Foundation;

/// <summary>A temporary folder to run <c>newsdesk</c> in, with input files and a database path.</summary>
internal sealed class Workspace : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public Workspace() => Newsdesk = new NewsdeskProcess(_folder.Path);

    public NewsdeskProcess Newsdesk { get; }

    public string Path => _folder.Path;

    /// <summary>The database every command of a test uses, passed with <c>--db</c>.</summary>
    public string Database => _folder.File("news.db");

    public string File(string relative) => _folder.File(relative);

    public string Write(string relative, string content) => _folder.Write(relative, content);

    /// <summary>Runs a command with <c>--db</c> set to <see cref="Database"/>.</summary>
    public Task<NewsdeskResult> RunAsync(params string[] arguments) => Newsdesk.RunAsync([.. arguments, "--db", Database]);

    public void Dispose() => _folder.Dispose();
}
