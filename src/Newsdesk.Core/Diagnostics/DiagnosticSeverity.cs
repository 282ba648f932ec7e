namespace Newsdesk.Diagnostics;

public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing that changed nothing (a guessed encoding).</summary>
    Info,

    /// <summary>The record was read, with a loss the user should know about (replaced bytes, a skipped field).</summary>
    Warning,

    /// <summary>The record or a stage's work on it failed.</summary>
    Error,
}
