using System.Collections.Immutable;
using Newsdesk.Documents;

namespace Newsdesk.Extraction.Content;

/// <summary>The article body found in a page. <see cref="Paragraphs"/> index <see cref="Text"/>, whose paragraphs
/// are separated by a blank line.</summary>
/// <param name="Text">The body text.</param>
/// <param name="Paragraphs">The body's blocks with their kinds.</param>
/// <param name="Removed">What was dropped and why, in page order of discovery.</param>
/// <param name="Captions">Photo and video captions and credits, kept apart from the body.</param>
/// <param name="Strategy">Which signal chose the content (for diagnostics and evaluation).</param>
/// <param name="DepthLimitHit">True when nesting deeper than the limit was ignored.</param>
public sealed record ContentResult(
    string Text,
    ImmutableArray<Paragraph> Paragraphs,
    ImmutableArray<RemovedText> Removed,
    ImmutableArray<string> Captions,
    string Strategy,
    bool DepthLimitHit);
