using Newsdesk.Diagnostics;

namespace Newsdesk.Cli.Output;

/// <summary>
/// Prints diagnostics to stderr as <c>location: severity code: message</c>. Info diagnostics are shown only with
/// <c>--verbose</c>. Thread-safe.
/// </summary>
internal sealed class DiagnosticPrinter(TextWriter stderr, bool verbose)
{
    private readonly Lock _gate = new();

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public void Print(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        lock (_gate)
        {
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error: Errors++; break;
                case DiagnosticSeverity.Warning: Warnings++; break;
                case DiagnosticSeverity.Info when !verbose: return;
            }

            stderr.WriteLine(diagnostic.ToString());
        }
    }

    public void PrintAll(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Print(diagnostic);
        }
    }
}
