using System.Text.Json;
using Newsdesk.Cli.Tests.Foundation;

namespace Newsdesk.Cli.Tests.Quotes;

public sealed class EvalQuotesCommandTests
{
    // Written for this test: one direct quote with its speaker, then a malformed line.
    private const string Article =
        "{\"id\":\"q1\",\"text\":\"“We will win,” Telford said.\",\"quotes\":[{\"start\":0,\"end\":14,\"direct\":true," +
        "\"speaker\":{\"start\":15,\"end\":22,\"text\":\"Telford\"},\"cue\":{\"start\":23,\"end\":27,\"text\":\"said\"}}]}";

    [Fact]
    public async Task EvalQuotes_ReportsMetricsAsJson()
    {
        using var workspace = new Workspace();
        var dataset = workspace.Write("quotes.jsonl", Article + "\n");

        var result = await workspace.Newsdesk.RunAsync("eval", "quotes", dataset, "--json", "--min", "f1@0.3=0.99");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var metrics = json.RootElement.GetProperty("metrics");
        Assert.Equal(1.0, metrics.GetProperty("f1@0.3").GetDouble());
        Assert.Equal(1.0, metrics.GetProperty("speaker@0.8").GetDouble());
    }

    [Fact]
    public async Task EvalQuotes_NamesTheBadLineAndExitsOne()
    {
        using var workspace = new Workspace();
        var dataset = workspace.Write("quotes.jsonl", Article + "\n{\"id\":\n");

        var result = await workspace.Newsdesk.RunAsync("eval", "quotes", dataset);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{dataset}:2", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalQuotes_UnknownMetricFloorIsAUsageError()
    {
        using var workspace = new Workspace();
        var dataset = workspace.Write("quotes.jsonl", Article + "\n");

        var result = await workspace.Newsdesk.RunAsync("eval", "quotes", dataset, "--min", "f1=0.5");

        Assert.True(result.ExitCode == 2, result.ToString());
    }
}
