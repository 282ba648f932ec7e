namespace Newsdesk.Diagnostics;

/// <summary>
/// A problem met while reading or processing, as a value. <see cref="Code"/> is stable (see
/// <see cref="DiagnosticCodes"/>) so that scripts can act on it; <see cref="Message"/> is for people.
/// </summary>
/// <param name="Code">A stable kebab-case code.</param>
/// <param name="Severity">How bad it is.</param>
/// <param name="Stage">The reader or stage that raised it.</param>
/// <param name="Location">The file, with <c>:line</c> or <c>@byte-offset</c>, or the document id.</param>
/// <param name="Message">What happened, for people.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Stage, string Location, string Message)
{
    public static Diagnostic Error(string code, string stage, string location, string message) =>
        new(code, DiagnosticSeverity.Error, stage, location, message);

    public static Diagnostic Warning(string code, string stage, string location, string message) =>
        new(code, DiagnosticSeverity.Warning, stage, location, message);

    public static Diagnostic Info(string code, string stage, string location, string message) =>
        new(code, DiagnosticSeverity.Info, stage, location, message);

    /// <summary><c>location: severity code: message</c>, the form the CLI prints on stderr.</summary>
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
