using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Text;

namespace Newsdesk.Processing;

/// <summary>
/// The first stage: gives every document its <see cref="Layers.Text"/>. Plain text is kept exactly as read and split
/// into paragraphs; HTML goes to the configured <see cref="IHtmlExtractor"/>.
/// </summary>
public sealed class IntakeStage(IHtmlExtractor? htmlExtractor = null) : IDocumentStage
{
    public string Name => "intake";

    public Layers Requires => Layers.Source;

    public Layers Provides => Layers.Text;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var source = document.Source;
        if (source.Kind == ContentKind.Text)
        {
            var text = source.Content ?? "";
            var withText = document with { Text = text, Paragraphs = ParagraphSplitter.Split(text) };
            return text.AsSpan().IsWhiteSpace()
                ? withText.WithDiagnostic(Diagnostic.Warning(DiagnosticCodes.NoText, Name, document.Id, "the record has no text"))
                : withText;
        }

        if (htmlExtractor is null)
        {
            return document.WithDiagnostic(Diagnostic.Error(
                DiagnosticCodes.HtmlUnsupported, Name, document.Id, "HTML input needs the extraction stage, which this pipeline lacks"));
        }

        var extraction = htmlExtractor.Extract(source, cancellationToken);
        var extracted = document with
        {
            Text = extraction.Text,
            Paragraphs = extraction.Paragraphs,
            Metadata = extraction.Metadata,
            Removed = document.Removed.AddRange(extraction.Removed),
            Captions = extraction.Captions,
            Diagnostics = document.Diagnostics.AddRange(extraction.Diagnostics),
        };
        return extraction.Text.Length == 0
            ? extracted.WithDiagnostic(Diagnostic.Warning(DiagnosticCodes.NoText, Name, document.Id, "no article text was found in the page"))
            : extracted;
    }
}
