using System.Text.Json;

namespace Newsdesk.Cli.Tests.Foundation;

public sealed class ExitCodeTests
{
    private const string GoodLine = "{\"id\":\"good-1\",\"text\":\"A first good article about harbours.\",\"site\":\"Alpha\"}";
    private const string OtherGoodLine = "{\"id\":\"good-2\",\"text\":\"A second good article about lighthouses.\",\"site\":\"Beta\"}";

    private static async Task<long> ArticleCountAsync(Workspace workspace)
    {
        var stats = await workspace.RunAsync("stats", "--json");
        Assert.True(stats.ExitCode == 0, stats.ToString());
        using var json = JsonDocument.Parse(stats.Stdout);
        return json.RootElement.GetProperty("articles").GetInt64();
    }

    [Fact]
    public async Task Ingest_ExitsZeroWhenEverythingWasRead()
    {
        using var workspace = new Workspace();
        var input = workspace.Write("in/story.txt", "date 2021-01-08\nA story about harbours.");

        var result = await workspace.RunAsync("ingest", input);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 stored", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, await ArticleCountAsync(workspace));
    }

    [Fact]
    public async Task Ingest_ExitsOneAndStoresTheGoodRecordsWhenALineIsMalformed()
    {
        using var workspace = new Workspace();
        var input = workspace.Write("news.jsonl", GoodLine + "\n{\"id\":\"broken\",\"text\":\n" + OtherGoodLine + "\n");

        var result = await workspace.RunAsync("ingest", input);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{input}:2", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("malformed-json", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 stored", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, await ArticleCountAsync(workspace));
    }

    [Fact]
    public async Task Ingest_ExitsOneWhenAPathIsMissingAndStoresTheRest()
    {
        using var workspace = new Workspace();
        var input = workspace.Write("story.txt", "A story about harbours.");

        var result = await workspace.RunAsync("ingest", workspace.File("missing.txt"), input);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("path-unreadable", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, await ArticleCountAsync(workspace));
    }

    [Theory]
    [InlineData("ingest", "x.txt", "--no-such-option")]
    [InlineData("ingest", "--josn", "x.txt")]
    [InlineData("ingest", "x.txt", "--jobs", "0")]
    [InlineData("ingest", "x.txt", "--jobs", "many")]
    [InlineData("ingest", "x.txt", "--format", "pdf")]
    [InlineData("ingest")]
    [InlineData("no-such-command")]
    [InlineData("search", "x", "--from", "yesterday")]
    [InlineData("search", "x", "--to", "2021-13-45")]
    [InlineData("search", "x", "--limit", "0")]
    public async Task Newsdesk_ExitsTwoOnAUsageError(params string[] arguments)
    {
        using var workspace = new Workspace();
        workspace.Write("x.txt", "Some text.");

        var result = await workspace.Newsdesk.RunAsync([.. arguments, "--db", workspace.Database]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.NotEmpty(result.Stderr);
        Assert.Empty(result.Stdout);
        Assert.False(File.Exists(workspace.Database));
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("search")]
    [InlineData("stats")]
    public async Task Newsdesk_ExitsTwoOnADatabaseThatIsNotSqliteAndLeavesItUnchanged(string command)
    {
        using var workspace = new Workspace();
        var notes = workspace.Write("notes.db", "My notes: not a database.\n");
        var input = workspace.Write("story.txt", "A story.");
        string[] arguments = command switch
        {
            "ingest" => ["ingest", input, "--db", notes],
            "search" => ["search", "story", "--db", notes],
            _ => ["stats", "--db", notes],
        };

        var result = await workspace.Newsdesk.RunAsync(arguments);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("not a SQLite database", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("My notes: not a database.\n", File.ReadAllText(notes));
    }

    [Theory]
    [InlineData("search", "anything")]
    [InlineData("show", "0123456789abcdef")]
    [InlineData("stats")]
    public async Task Newsdesk_ExitsTwoWithoutCreatingAMissingDatabase(params string[] arguments)
    {
        using var workspace = new Workspace();

        var result = await workspace.RunAsync(arguments);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.False(File.Exists(workspace.Database));
        Assert.Empty(Directory.GetFileSystemEntries(workspace.Path));
    }
}
