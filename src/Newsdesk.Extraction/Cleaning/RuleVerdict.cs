namespace Newsdesk.Extraction.Cleaning;

/// <summary>A rule's decision to remove a unit: why, and how sure the rule is (0–1).</summary>
public readonly record struct RuleVerdict(string Reason, double Confidence);
