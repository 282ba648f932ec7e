using System.Text.Json;
using Newsdesk.TestSupport;

namespace Newsdesk.Cli.Tests.Foundation;

/// <summary>The acceptance on the seed article, run through the real program.</summary>
public sealed class SeedEndToEndTests
{
    private const string Seed = "examples/000_1104825eb2e4906b.txt";

    private static async Task<Workspace> IngestedSeedAsync()
    {
        var workspace = new Workspace();
        var ingest = await workspace.RunAsync("ingest", SharedData.PathOf(Seed));
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        return workspace;
    }

    [SharedDataFact(Seed)]
    public async Task Seed_ShowJsonHasTheDateAndParagraphs()
    {
        using var workspace = await IngestedSeedAsync();

        var show = await workspace.RunAsync("show", "000_1104825eb2e4906b.txt", "--json");

        Assert.True(show.ExitCode == 0, show.ToString());
        using var json = JsonDocument.Parse(Assert.Single(show.StdoutLines));
        var root = json.RootElement;
        Assert.Equal("2021-01-08", root.GetProperty("date").GetString());
        var text = root.GetProperty("text").GetString()!;
        var paragraphs = root.GetProperty("paragraphs").EnumerateArray()
            .Select(p => text[p.GetProperty("start").GetInt32()..p.GetProperty("end").GetInt32()])
            .ToList();
        Assert.Equal(15, paragraphs.Count);
        Assert.Equal("Something went wrong - please try again later.", paragraphs[0]);
        Assert.Matches("^[0-9a-f]{16}$", root.GetProperty("id").GetString());
    }

    [SharedDataFact(Seed)]
    public async Task Seed_SearchFindsItFirstWithTheWordHighlighted()
    {
        using var workspace = await IngestedSeedAsync();
        var show = await workspace.RunAsync("show", "000_1104825eb2e4906b.txt", "--json");
        using var shown = JsonDocument.Parse(show.Stdout);

        var search = await workspace.RunAsync("search", "thug", "--json");

        Assert.True(search.ExitCode == 0, search.ToString());
        using var first = JsonDocument.Parse(search.StdoutLines[0]);
        Assert.Equal(shown.RootElement.GetProperty("id").GetString(), first.RootElement.GetProperty("id").GetString());
        Assert.Equal("2021-01-08", first.RootElement.GetProperty("date").GetString());
        Assert.Contains("<mark>thug</mark>", first.RootElement.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [SharedDataFact(Seed)]
    public async Task Seed_IngestedAgainStoresNothingNew()
    {
        using var workspace = await IngestedSeedAsync();

        var again = await workspace.RunAsync("ingest", SharedData.PathOf(Seed));

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("0 stored", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 duplicates", again.Stdout, StringComparison.Ordinal);
    }
}
