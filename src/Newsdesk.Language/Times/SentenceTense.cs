namespace Newsdesk.Times;

/// <summary>The tense a time expression's clause is read in, which decides the year of "January 20" and the week of
/// "Friday" (issue 7: a reader takes the one that makes the sentence true).</summary>
internal enum SentenceTense : byte
{
    /// <summary>No cue was found; news reports mostly tell what happened, so the past is assumed for weekdays.</summary>
    Unknown,
    Past,
    Present,
    Future,
}
