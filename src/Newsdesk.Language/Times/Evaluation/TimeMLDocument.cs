using System.Collections.Immutable;
using Newsdesk.Documents;

namespace Newsdesk.Times.Evaluation;

/// <summary>A TimeML document: the plain text of its TEXT element, its creation time, and the gold TIMEX3s with
/// spans into that text.</summary>
public sealed record TimeMLDocument(string Id, string Text, DateOnly? CreationDate, ImmutableArray<TimeExpression> Gold);
