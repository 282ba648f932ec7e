namespace Newsdesk.Extraction.Metadata;

/// <summary>A calendar date found in text at [<see cref="Index"/>, <see cref="Index"/> + <see cref="Length"/>).</summary>
internal readonly record struct DateMatch(DateOnly Day, int Index, int Length);
