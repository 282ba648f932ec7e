namespace Newsdesk.Processing;

/// <summary>
/// Collects stages in order and builds an immutable <see cref="DocumentPipeline"/>, checking that every stage's
/// requirements are provided by an earlier one. Not thread-safe; the pipeline it builds is.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocumentStage> _stages = [];

    public PipelineBuilder Add(IDocumentStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Adds <paramref name="stage"/> when it is not null; convenient for optional stages.</summary>
    public PipelineBuilder AddIfPresent(IDocumentStage? stage) => stage is null ? this : Add(stage);

    /// <summary>
    /// Checks and builds the pipeline. Throws <see cref="PipelineBuildException"/> when a stage needs a layer that no
    /// earlier stage provides, two stages provide the same layer, or a text-rewriting stage follows a span layer.
    /// </summary>
    public DocumentPipeline Build()
    {
        var present = Layers.Source;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            if (!names.Add(stage.Name))
            {
                throw new PipelineBuildException($"Stage '{stage.Name}' is added twice.");
            }

            var missing = stage.Requires & ~present;
            if (missing != Layers.None)
            {
                throw new PipelineBuildException(
                    $"Stage '{stage.Name}' requires {missing}, which no earlier stage provides (present: {present}).");
            }

            var duplicated = stage.Provides & present;
            if (duplicated != Layers.None)
            {
                throw new PipelineBuildException(
                    $"Stage '{stage.Name}' provides {duplicated}, which an earlier stage already provides.");
            }

            if (stage.RewritesText && (present & Layers.SpanLayers) != Layers.None)
            {
                throw new PipelineBuildException(
                    $"Stage '{stage.Name}' rewrites the text after {present & Layers.SpanLayers} were computed over it.");
            }

            present |= stage.Provides;
        }

        return new DocumentPipeline([.. _stages], present);
    }
}
