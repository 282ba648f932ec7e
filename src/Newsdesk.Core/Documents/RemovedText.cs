namespace Newsdesk.Documents;

/// <summary>
/// Text a stage dropped from the article, kept so that a user can audit what was removed and why.
/// </summary>
/// <param name="Text">The removed text as it was written.</param>
/// <param name="Reason">Why it was removed: one of <see cref="RemovalReasons"/>.</param>
/// <param name="Stage">The stage that removed it.</param>
/// <param name="Confidence">How sure the stage was, from 0 to 1.</param>
public sealed record RemovedText(string Text, string Reason, string Stage, double Confidence = 1.0);
