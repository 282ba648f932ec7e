using Newsdesk.Documents;
using Newsdesk.Processing;

namespace Newsdesk.Cli.Commands;

/// <summary>The pipeline a processing command runs, and how it writes a document when not in the usual way
/// (arguments: stdout, the document, whether <c>--json</c> was given).</summary>
internal sealed record ProcessPlan(DocumentPipeline Pipeline, Action<TextWriter, Document, bool>? Write = null);
