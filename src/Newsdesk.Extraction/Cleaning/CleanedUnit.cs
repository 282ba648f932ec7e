namespace Newsdesk.Extraction.Cleaning;

/// <summary>A unit with the cleaner's decision on it.</summary>
/// <param name="Unit">The normalised line.</param>
/// <param name="Reason">Why it was removed (a <see cref="Documents.RemovalReasons"/> value), or null when kept.</param>
/// <param name="Confidence">How sure the cleaner is that the unit is not article text (0–1).</param>
public sealed record CleanedUnit(CleaningUnit Unit, string? Reason, double Confidence)
{
    public bool IsKept => Reason is null;
}
