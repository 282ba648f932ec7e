namespace Newsdesk.Extraction.Cleaning.Evaluation;

/// <summary>
/// Decides whether a unit of an extractor's output belongs to the true body, for training and for judging removals:
/// it does when its words occur as one run in the body's words, or when at least half its word 4-grams occur in the
/// body (a line the truth reworded slightly, or one with a trailing "(Review)"). Thread-safe once built.
/// </summary>
public sealed class UnitLabeler
{
    private readonly string _bodyRun;
    private readonly HashSet<string> _bodyShingles;

    public UnitLabeler(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var words = BodyWords.Of(body);
        _bodyRun = " " + string.Join(' ', words) + " ";
        _bodyShingles = [.. ShingleMetric.Shingles(words).Keys];
    }

    public bool IsArticle(string unit)
    {
        var words = BodyWords.Of(unit);
        if (words.Count == 0)
        {
            return false;
        }

        if (_bodyRun.Contains(" " + string.Join(' ', words) + " ", StringComparison.Ordinal))
        {
            return true;
        }

        var shingles = ShingleMetric.Shingles(words);
        var found = shingles.Keys.Count(_bodyShingles.Contains);
        return found * 2 >= shingles.Count;
    }
}
