using System.Text.Json;

namespace Newsdesk.Cli.Tests.Foundation;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("ingest")]
    [InlineData("search")]
    [InlineData("show")]
    [InlineData("stats")]
    [InlineData("entities")]
    [InlineData("quotes")]
    [InlineData("extract")]
    [InlineData("clean")]
    [InlineData("annotate")]
    [InlineData("eval")]
    [InlineData("train")]
    public async Task Help_OfEveryCommandWorksAndShowsAnExample(string command)
    {
        using var workspace = new Workspace();

        var result = await workspace.Newsdesk.RunAsync(command, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Example: newsdesk " + command, result.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(workspace.Path));
    }

    [Fact]
    public async Task Help_OfTheRootListsTheCommands()
    {
        using var workspace = new Workspace();

        var result = await workspace.Newsdesk.RunAsync("--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ingest", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("search", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_ReadsStandardInputForADash()
    {
        using var workspace = new Workspace();

        var result = await workspace.Newsdesk.RunWithInputAsync("Date: 2021-01-08\nA piped story about lighthouses.\n", "ingest", "-", "--db", workspace.Database);

        Assert.True(result.ExitCode == 0, result.ToString());
        var show = await workspace.RunAsync("show", "stdin", "--json");
        using var json = JsonDocument.Parse(show.Stdout);
        Assert.Equal("2021-01-08", json.RootElement.GetProperty("date").GetString());
        // Ingest cleans: the one sentence is kept as article text, its line normalised (the trailing line break goes).
        Assert.Equal("A piped story about lighthouses.", json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Ingest_ReadsJsonLinesFromStandardInput()
    {
        using var workspace = new Workspace();
        const string Lines = "{\"id\":\"a\",\"text\":\"First piped record.\"}\n{\"id\":\"b\",\"text\":\"Second piped record.\"}\n";

        var result = await workspace.Newsdesk.RunWithInputAsync(Lines, "ingest", "-", "--db", workspace.Database);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("2 stored", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Newsdesk_UsesTheDatabaseNamedByNewsdeskDb()
    {
        using var workspace = new Workspace();
        workspace.Newsdesk.Environment["NEWSDESK_DB"] = workspace.File("from-env.db");
        var input = workspace.Write("story.txt", "A story about harbours.");

        var ingest = await workspace.Newsdesk.RunAsync("ingest", input);
        var stats = await workspace.Newsdesk.RunAsync("stats", "--json");

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.True(File.Exists(workspace.File("from-env.db")));
        Assert.False(File.Exists(workspace.File("newsdesk.db")));
        using var json = JsonDocument.Parse(stats.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("articles").GetInt64());
    }

    [Fact]
    public async Task Newsdesk_PrefersTheDbOptionToNewsdeskDb()
    {
        using var workspace = new Workspace();
        workspace.Newsdesk.Environment["NEWSDESK_DB"] = workspace.File("from-env.db");

        var ingest = await workspace.RunAsync("ingest", workspace.Write("story.txt", "A story."));

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.True(File.Exists(workspace.Database));
        Assert.False(File.Exists(workspace.File("from-env.db")));
    }

    [Fact]
    public async Task Newsdesk_DefaultsToNewsdeskDbInTheWorkingDirectory()
    {
        using var workspace = new Workspace();

        var ingest = await workspace.Newsdesk.RunAsync("ingest", workspace.Write("story.txt", "A story."));

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.True(File.Exists(workspace.File("newsdesk.db")));
    }

    [Fact]
    public async Task Stats_JsonCountsArticlesBySiteMonthAndLanguage()
    {
        using var workspace = new Workspace();
        var input = workspace.Write("news.jsonl",
            "{\"id\":\"a\",\"text\":\"Harbours reopened.\",\"site\":\"Alpha\",\"date\":\"2021-01-08\",\"language\":\"en\"}\n" +
            "{\"id\":\"b\",\"text\":\"Lighthouses were lit.\",\"site\":\"Alpha\",\"date\":\"2021-01-20\",\"language\":\"en\"}\n" +
            "{\"id\":\"c\",\"text\":\"Ferries were late.\",\"site\":\"Beta\",\"date\":\"2021-02-01\"}\n");
        await workspace.RunAsync("ingest", input);

        var stats = await workspace.RunAsync("stats", "--json");

        Assert.True(stats.ExitCode == 0, stats.ToString());
        using var json = JsonDocument.Parse(stats.Stdout);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("articles").GetInt64());
        Assert.Equal(2, root.GetProperty("bySite").GetProperty("Alpha").GetInt64());
        Assert.Equal(1, root.GetProperty("bySite").GetProperty("Beta").GetInt64());
        Assert.Equal(2, root.GetProperty("byMonth").GetProperty("2021-01").GetInt64());
        Assert.Equal(1, root.GetProperty("byMonth").GetProperty("2021-02").GetInt64());
        Assert.Equal(2, root.GetProperty("byLanguage").GetProperty("en").GetInt64());
        Assert.Equal(1, root.GetProperty("byLanguage").GetProperty("unknown").GetInt64());
    }

    [Fact]
    public async Task Ingest_ReadsADirectoryRecursively()
    {
        using var workspace = new Workspace();
        workspace.Write("in/a.txt", "First story about harbours.");
        workspace.Write("in/deeper/b.txt", "Second story about lighthouses.");
        workspace.Write("in/.hidden/c.txt", "A hidden story.");

        var result = await workspace.RunAsync("ingest", workspace.File("in"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("2 stored", result.Stdout, StringComparison.Ordinal);
        Assert.True((await workspace.RunAsync("show", "deeper/b.txt")).ExitCode == 0);
    }
}
