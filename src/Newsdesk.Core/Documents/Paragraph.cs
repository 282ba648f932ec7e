using Newsdesk.Text;

namespace Newsdesk.Documents;

/// <summary>A block of the article's text: <see cref="Span"/> indexes <see cref="Document.Text"/>.</summary>
public readonly record struct Paragraph(TextSpan Span, ParagraphKind Kind = ParagraphKind.Body);
