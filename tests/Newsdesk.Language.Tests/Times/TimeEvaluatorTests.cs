using Newsdesk.Documents;
using Newsdesk.TestSupport;
using Newsdesk.Times.Evaluation;

namespace Newsdesk.Language.Tests.Times;

public sealed class TimeEvaluatorTests
{
    // A TimeML document written for this test (not corpus text).
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>T1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2021-01-08" functionInDocument="CREATION_TIME">20210108</TIMEX3></DCT>
        <TEXT>Prices <EVENT eid="e1">rose</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2021-01-08">Friday</TIMEX3> &amp; fell for <TIMEX3 tid="t2" type="DURATION" value="P2Y">about two years</TIMEX3> before <TIMEX3 tid="t3" type="DATE" value="2020-12">December</TIMEX3>.</TEXT>
        </TimeML>
        """;

    [Fact]
    public void Reader_StripsTagsDecodesEntitiesAndKeepsGoldSpans()
    {
        var document = TimeMLReader.Parse(Sample, "t1.tml");
        Assert.Equal(new DateOnly(2021, 1, 8), document.CreationDate);
        Assert.Equal("Prices rose on Friday & fell for about two years before December.", document.Text);
        Assert.Equal(["Friday", "about two years", "December"], document.Gold.Select(g => g.Span.ToString(document.Text)));
        Assert.Equal(TimeType.Duration, document.Gold[1].Type);
    }

    [Fact]
    public void Reader_BrokenXml_NamesFileAndLine()
    {
        var error = Assert.Throws<FormatException>(() => TimeMLReader.Parse("<TimeML>\n<TEXT>x</TIMEX3>", "bad.tml"));
        Assert.StartsWith("bad.tml:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluator_CountsStrictRelaxedAndValueMatches()
    {
        var result = TimeEvaluator.Evaluate([TimeMLReader.Parse(Sample, "t1.tml")]);
        Assert.Equal(3, result.GoldCount);
        Assert.Equal(3, result.RelaxedMatches);
        Assert.Equal(1.0, result.RelaxedF1);
        Assert.Equal(3, result.ValueCorrect);
    }

    [Fact]
    public void EvaluateDirectory_ReportsUnreadableFilesAndScoresTheRest()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "good.tml"), Sample);
        File.WriteAllText(Path.Combine(folder.Path, "bad.tml"), "<TimeML><TEXT>");
        var result = TimeEvaluator.EvaluateDirectory(folder.Path);
        Assert.Equal(1, result.Documents);
        Assert.Contains(result.Problems, p => p.StartsWith("bad.tml", StringComparison.Ordinal));
    }

    [SharedDataFact("data/time/tbaq")]
    public void Tbaq_StaysAboveItsFloors()
    {
        var result = TimeEvaluator.EvaluateDirectory(SharedData.PathOf("data/time/tbaq"));
        Assert.Empty(result.Problems);
        Assert.Equal(256, result.Documents);
        Assert.True(result.RelaxedF1 >= 0.93, $"relaxed F1 {result.RelaxedF1:0.0000}");
        Assert.True(result.StrictF1 >= 0.86, $"strict F1 {result.StrictF1:0.0000}");
        Assert.True(result.ValueF1 >= 0.80, $"value F1 {result.ValueF1:0.0000}");
    }
}
