using System.Collections.Immutable;
using Newsdesk.Text;

namespace Newsdesk.Language.Quotes.Evaluation;

/// <summary>An annotated quote of an evaluation set (../shared/data/quotes): spans index the article's text.</summary>
/// <param name="Content">From the first piece of content to the last.</param>
/// <param name="Direct">True when every letter of the content lies inside double quotation marks.</param>
/// <param name="Speaker">The speaker span (its pieces when discontinuous), empty when the annotation has none.</param>
/// <param name="Cue">The cue's text, or null when the annotation has none.</param>
public sealed record GoldQuote(TextSpan Content, bool Direct, ImmutableArray<TextSpan> Speaker, string? Cue);
