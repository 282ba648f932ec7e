using Newsdesk.Diagnostics;
using Newsdesk.Documents;

namespace Newsdesk.Ingest;

/// <summary>Factory methods for records a reader could not read.</summary>
public static class RawDocuments
{
    /// <summary>A record that failed: no content, one error diagnostic. It flows through the pipeline so that the
    /// run counts and reports it in order with the others.</summary>
    public static RawDocument Failed(string id, string origin, string code, string stage, string message) => new()
    {
        Id = id,
        Origin = origin,
        Kind = ContentKind.Text,
        Diagnostics = [Diagnostic.Error(code, stage, origin, message)],
    };
}
