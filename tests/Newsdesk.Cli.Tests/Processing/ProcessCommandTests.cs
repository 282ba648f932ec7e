using System.Text.Json;
using Newsdesk.Cli.Tests.Foundation;

namespace Newsdesk.Cli.Tests.Processing;

/// <summary><c>extract</c>, <c>clean</c> and <c>annotate</c> end to end: real processes, real files, nothing stored.</summary>
public sealed class ProcessCommandTests
{
    private const string Story =
        "date 2021-01-08\n" +
        "Pyongyang held its party congress on Friday, state media reported, as the leader promised to strengthen the country's nuclear deterrent.\n\n" +
        "Something went wrong - please try again later.\n\n" +
        "\"We will never give up,\" Kim Jong Un said on Friday, according to the Korean Central News Agency, which published a long account of the speech.\n\n" +
        "The congress is the first since 2016 and comes days before Joe Biden takes office in Washington.\n";

    [Fact]
    public async Task Clean_Json_DropsTheSiteMessageAndSaysWhy()
    {
        using var workspace = new Workspace();
        var input = workspace.Write("story.txt", Story);

        var result = await workspace.Newsdesk.RunAsync("clean", input, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.DoesNotContain("Something went wrong", text, StringComparison.Ordinal);
        Assert.Contains("We will never give up", text, StringComparison.Ordinal);
        var removed = Assert.Single(json.RootElement.GetProperty("removed").EnumerateArray());
        Assert.Equal("ui-message", removed.GetProperty("reason").GetString());
        Assert.Empty(Directory.GetFiles(workspace.Path, "*.db"));
    }

    [Fact]
    public async Task Clean_KeepRemoved_MarksTheRemovalInPlace()
    {
        using var workspace = new Workspace();
        var input = workspace.Write("story.txt", Story);

        var result = await workspace.Newsdesk.RunAsync("clean", input, "--keep-removed");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"\[removed ui-message 0\.\d+\] Something went wrong", result.Stdout);
        Assert.Contains("\nThe congress is the first since 2016", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("[removed boilerplate", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clean_ThresholdOutOfRange_IsAUsageErrorNamingTheOption()
    {
        using var workspace = new Workspace();
        var input = workspace.Write("story.txt", Story);

        var result = await workspace.Newsdesk.RunAsync("clean", input, "--threshold", "2");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--threshold", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task Extract_Json_GivesTheArticleOfAPageWithoutItsNavigation()
    {
        using var workspace = new Workspace();
        var page = workspace.Write("page.html", """
            <!doctype html><html lang="en"><head><title>Lighthouse keepers return | Coast News</title>
            <meta property="og:title" content="Lighthouse keepers return">
            <meta property="article:published_time" content="2021-01-08T09:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <article><h1>Lighthouse keepers return</h1>
            <p>The last lighthouse on the northern coast will be staffed again from spring, the maritime authority said on Friday.</p>
            <p>Keepers left the tower in 1987 when its lamp was automated, and the building has stood empty since then.</p>
            <p>"We want people to see the light the way sailors did," the authority's director told reporters at the harbour.</p>
            </article><footer>Copyright 2021 Coast News. All rights reserved.</footer></body></html>
            """);

        var result = await workspace.Newsdesk.RunAsync("extract", page, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var root = json.RootElement;
        Assert.Equal("Lighthouse keepers return", root.GetProperty("title").GetString());
        Assert.Equal("2021-01-08", root.GetProperty("date").GetString()![..10]);
        var text = root.GetProperty("text").GetString()!;
        Assert.Contains("staffed again from spring", text, StringComparison.Ordinal);
        Assert.Contains("the way sailors did", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annotate_Json_AddsEntitiesQuotesAndTimes()
    {
        using var workspace = new Workspace();
        var input = workspace.Write("story.txt", Story);

        var result = await workspace.Newsdesk.RunAsync("annotate", input, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var root = json.RootElement;
        Assert.Contains(root.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Kim Jong Un");
        var quote = Assert.Single(root.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("direct").GetBoolean());
        Assert.Contains("never give up", root.GetProperty("text").GetString()![quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()], StringComparison.Ordinal);
        Assert.Contains(root.GetProperty("times").EnumerateArray(), t => t.GetProperty("value").GetString() == "2021-01-08");
    }

    [Fact]
    public async Task Extract_BrokenInput_IsReportedByFileAndDoesNotStopTheRun()
    {
        using var workspace = new Workspace();
        var good = workspace.Write("a.html", "<html><body><article><p>The harbour reopened on Monday after a week of storms closed it to every ship.</p><p>Fishermen said the damage was lighter than feared.</p></article></body></html>");
        var broken = workspace.Write("b.jsonl", "{\"id\": \"x\", \"text\": \n");

        var result = await workspace.Newsdesk.RunAsync("extract", good, broken, "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.StdoutLines.Count);
        Assert.Contains("harbour reopened", result.StdoutLines[0], StringComparison.Ordinal);
        using var failed = JsonDocument.Parse(result.StdoutLines[1]);
        var diagnostic = failed.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("malformed-json", diagnostic.GetProperty("code").GetString());
        Assert.Equal(broken + ":1", diagnostic.GetProperty("location").GetString());
        Assert.Contains(broken + ":1: error malformed-json", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 failed", result.Stderr, StringComparison.Ordinal);
    }
}
