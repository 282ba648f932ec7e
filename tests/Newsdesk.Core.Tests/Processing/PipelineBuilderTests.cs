using Newsdesk.Processing;

namespace Newsdesk.Core.Tests.Processing;

public sealed class PipelineBuilderTests
{
    [Fact]
    public void PipelineBuilder_BuildsStagesInOrderAndUnionsWhatTheyProvide()
    {
        var intake = FakeStage.Intake();
        var tokens = new FakeStage("tokens", Layers.Text, Layers.Tokens | Layers.Sentences);

        var pipeline = new PipelineBuilder().Add(intake).Add(tokens).Build();

        Assert.Equal(["intake", "tokens"], pipeline.Stages.Select(s => s.Name));
        Assert.Equal(Layers.Source | Layers.Text | Layers.Tokens | Layers.Sentences, pipeline.Provides);
    }

    [Fact]
    public void PipelineBuilder_RejectsAStageWhoseRequirementNoEarlierStageProvides()
    {
        var builder = new PipelineBuilder().Add(new FakeStage("entities", Layers.Tokens, Layers.Entities));

        var error = Assert.Throws<PipelineBuildException>(builder.Build);

        Assert.Contains("entities", error.Message, StringComparison.Ordinal);
        Assert.Contains("Tokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PipelineBuilder_RejectsARequirementProvidedOnlyByALaterStage()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("entities", Layers.Text, Layers.Entities))
            .Add(FakeStage.Intake());

        Assert.Throws<PipelineBuildException>(builder.Build);
    }

    [Fact]
    public void PipelineBuilder_RejectsTwoStagesProvidingTheSameLayer()
    {
        var builder = new PipelineBuilder()
            .Add(FakeStage.Intake())
            .Add(new FakeStage("ner-a", Layers.Text, Layers.Entities))
            .Add(new FakeStage("ner-b", Layers.Text, Layers.Entities));

        var error = Assert.Throws<PipelineBuildException>(builder.Build);

        Assert.Contains("ner-b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PipelineBuilder_RejectsAStageAddedTwice()
    {
        var stage = new FakeStage("times", Layers.Source, Layers.Times);

        var builder = new PipelineBuilder().Add(stage).Add(new FakeStage("times", Layers.Source, Layers.None));

        Assert.Throws<PipelineBuildException>(builder.Build);
    }

    [Fact]
    public void PipelineBuilder_RejectsTextRewritingAfterASpanLayer()
    {
        var builder = new PipelineBuilder()
            .Add(FakeStage.Intake())
            .Add(new FakeStage("tokens", Layers.Text, Layers.Tokens))
            .Add(new FakeStage("clean", Layers.Text, Layers.Cleaned) { RewritesText = true });

        var error = Assert.Throws<PipelineBuildException>(builder.Build);

        Assert.Contains("clean", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PipelineBuilder_AcceptsTextRewritingBeforeSpanLayers()
    {
        var pipeline = new PipelineBuilder()
            .Add(FakeStage.Intake())
            .Add(new FakeStage("clean", Layers.Text, Layers.Cleaned) { RewritesText = true })
            .Add(new FakeStage("tokens", Layers.Text, Layers.Tokens))
            .Build();

        Assert.Equal(3, pipeline.Stages.Length);
    }

    [Fact]
    public void PipelineBuilder_AddIfPresentSkipsNull()
    {
        var pipeline = new PipelineBuilder().Add(FakeStage.Intake()).AddIfPresent(null).Build();

        Assert.Single(pipeline.Stages);
    }

    [Fact]
    public void PipelineBuilder_LaterChangesDoNotAlterABuiltPipeline()
    {
        var builder = new PipelineBuilder().Add(FakeStage.Intake());
        var pipeline = builder.Build();

        builder.Add(new FakeStage("tokens", Layers.Text, Layers.Tokens));

        Assert.Single(pipeline.Stages);
    }
}
