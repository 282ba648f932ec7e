namespace Newsdesk.Extraction.Cleaning.Evaluation;

/// <summary>The result of <see cref="CleaningEvaluator.Evaluate"/>: figures per tool, and the cleaner's speed.</summary>
/// <param name="Tools">One entry per tool, by name.</param>
/// <param name="InputMegabytes">UTF-16 characters of input cleaned, in millions (≈ MB of ASCII-heavy UTF-8 text).</param>
/// <param name="CleaningSeconds">Time spent in the cleaner alone (index building included, scoring excluded), one thread.</param>
public sealed record CleaningEvaluation(IReadOnlyList<ToolEvaluation> Tools, double InputMegabytes, double CleaningSeconds)
{
    public double MegabytesPerSecond => CleaningSeconds <= 0 ? 0 : InputMegabytes / CleaningSeconds;

    /// <summary>Named metrics for <c>--min</c> gates: <c>TOOL.f1</c>, <c>TOOL.precision</c>, <c>TOOL.recall</c>,
    /// <c>TOOL.gain</c> (cleaned F1 − input F1), <c>TOOL.recall-drop</c>, <c>TOOL.word-f1</c>,
    /// <c>TOOL.removed-noise</c>, and <c>mb-per-second</c>.</summary>
    public IReadOnlyDictionary<string, double> Metrics()
    {
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var tool in Tools)
        {
            metrics[tool.Tool + ".f1"] = tool.Cleaned.F1;
            metrics[tool.Tool + ".precision"] = tool.Cleaned.Precision;
            metrics[tool.Tool + ".recall"] = tool.Cleaned.Recall;
            metrics[tool.Tool + ".gain"] = tool.Cleaned.F1 - tool.Input.F1;
            metrics[tool.Tool + ".recall-drop"] = tool.Input.Recall - tool.Cleaned.Recall;
            metrics[tool.Tool + ".word-f1"] = tool.CleanedWordF1;
            metrics[tool.Tool + ".removed-noise"] = tool.RemovedNoiseShare;
        }

        metrics["mb-per-second"] = MegabytesPerSecond;
        return metrics;
    }
}
