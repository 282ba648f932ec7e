using System.Collections.Immutable;
using Newsdesk.Text;

namespace Newsdesk.Documents;

/// <summary>
/// One canonical entity of an article (a person, organisation, place or other name) and every mention of it.
/// </summary>
/// <param name="Id">Unique within the document (<c>e1</c>, <c>e2</c>, …).</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Name">The canonical name: the fullest form the article uses ("Kim Jong Un" for "Mr Kim").</param>
/// <param name="Mentions">Spans into <see cref="Document.Text"/>, in text order.</param>
public sealed record Entity(string Id, EntityType Type, string Name, ImmutableArray<TextSpan> Mentions);
