using Newsdesk.Extraction.Html;

namespace Newsdesk.Extraction.Tests.Html;

public class MarkupStripperTests
{
    [Fact]
    public void Strip_CutsScriptsStylesSvgAndComments()
    {
        var jsonLd = new List<string>();
        var stripped = MarkupStripper.Strip("<p>a</p><script>var x = '<p>no</p>';</SCRIPT ><style>p{}</style><!-- c --><svg><title>t</title></svg><p>b</p>", jsonLd);
        Assert.Equal("<p>a</p><p>b</p>", stripped);
        Assert.Empty(jsonLd);
    }

    [Fact]
    public void Strip_KeepsJsonLdInMarkupAndCollectsIt()
    {
        var jsonLd = new List<string>();
        var stripped = MarkupStripper.Strip("<script type=\"application/ld+json\">{\"a\":1}</script><p>b</p>", jsonLd);
        Assert.Contains("{\"a\":1}", stripped, StringComparison.Ordinal);
        Assert.Equal(["{\"a\":1}"], jsonLd);
    }

    [Fact]
    public void Strip_LeavesSimilarTagNamesAlone()
    {
        var stripped = MarkupStripper.Strip("<scripted>x</scripted><styles>y</styles>", []);
        Assert.Equal("<scripted>x</scripted><styles>y</styles>", stripped);
    }

    [Fact]
    public void Strip_UnclosedScriptRunsToTheEnd()
    {
        Assert.Equal("<p>a</p>", MarkupStripper.Strip("<p>a</p><script>never closed <p>b</p>", []));
    }
}
