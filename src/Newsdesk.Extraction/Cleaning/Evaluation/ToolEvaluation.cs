namespace Newsdesk.Extraction.Cleaning.Evaluation;

/// <summary>The cleaning figures of one tool's outputs.</summary>
/// <param name="Tool">The extractor that produced the inputs.</param>
/// <param name="Pages">Records scored.</param>
/// <param name="Input">Shingle precision/recall of the input, averaged over pages (<see cref="ShingleMetric"/>).</param>
/// <param name="Cleaned">The same for the cleaned text.</param>
/// <param name="InputWordF1">WCXB word F1 of the input, averaged over pages.</param>
/// <param name="CleanedWordF1">WCXB word F1 of the cleaned text.</param>
/// <param name="RemovedWords">Words in removed units.</param>
/// <param name="RemovedNoiseWords">Of those, words in units that are not part of the true body (<see cref="UnitLabeler"/>).</param>
/// <param name="RemovedByReason">Removed units per reason.</param>
public sealed record ToolEvaluation(
    string Tool, int Pages, BodyScore Input, BodyScore Cleaned, double InputWordF1, double CleanedWordF1,
    long RemovedWords, long RemovedNoiseWords, IReadOnlyDictionary<string, int> RemovedByReason)
{
    /// <summary>The share of removed words that were truly not article text.</summary>
    public double RemovedNoiseShare => RemovedWords == 0 ? 1 : (double)RemovedNoiseWords / RemovedWords;
}
