namespace Newsdesk.Extraction.Cleaning.Evaluation;

/// <summary>One record of a cleaning dataset: an extractor's output and the true article body of its page.</summary>
public sealed record CleaningRecord(string Id, string Tool, string Page, string Input, string Body);
