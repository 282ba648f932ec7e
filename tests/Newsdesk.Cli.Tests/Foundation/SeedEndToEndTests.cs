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
        // Ingest cleans: the site's error string and the two photo captions leave the text for `removed`.
        Assert.Equal(12, paragraphs.Count);
        Assert.StartsWith("North Korean leader Kim Jong Un", paragraphs[0], StringComparison.Ordinal);
        var removed = root.GetProperty("removed").EnumerateArray()
            .Select(r => (Reason: r.GetProperty("reason").GetString(), Text: r.GetProperty("text").GetString()!))
            .ToList();
        Assert.Contains(("ui-message", "Something went wrong - please try again later."), removed);
        Assert.Equal(2, removed.Count(r => r.Reason == "caption" && r.Text.EndsWith("(Korean Central News Agency/Korea News Service via AP)", StringComparison.Ordinal)));
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
