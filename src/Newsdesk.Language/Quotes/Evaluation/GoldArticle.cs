using System.Collections.Immutable;

namespace Newsdesk.Language.Quotes.Evaluation;

/// <summary>One article of a quote evaluation set with its annotated quotes.</summary>
public sealed record GoldArticle(string Id, string Text, ImmutableArray<GoldQuote> Quotes);
