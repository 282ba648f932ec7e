using Newsdesk.Documents;

namespace Newsdesk.Processing;

/// <summary>
/// One step of the pipeline: reads a document and returns a copy with its own layers added. A stage is built once
/// and called concurrently from several threads, so it must be thread-safe and keep no per-document state.
/// </summary>
public interface IDocumentStage
{
    /// <summary>A short stable name, used in diagnostics and removal records.</summary>
    string Name { get; }

    /// <summary>The layers that must be present before this stage runs.</summary>
    Layers Requires { get; }

    /// <summary>The layers this stage adds.</summary>
    Layers Provides { get; }

    /// <summary>True when the stage replaces <see cref="Document.Text"/> (cleaning does); it must then run before any
    /// stage that adds spans over the text.</summary>
    bool RewritesText => false;

    /// <summary>
    /// Returns <paramref name="document"/> with this stage's layers. Expected problems are recorded as diagnostics on
    /// the returned document; an exception means a bug and the pipeline isolates it to this document.
    /// </summary>
    Document Process(Document document, CancellationToken cancellationToken);
}
