using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Processing;

namespace Newsdesk.Times;

/// <summary>
/// Adds <see cref="Document.Times"/>: the time expressions of the text, resolved against the article's date
/// (<see cref="ArticleMetadata.Date"/>). Uses the sentence layer when an earlier stage made one, else splits
/// sentences itself. Thread-safe.
/// </summary>
public sealed class TimeStage : IDocumentStage
{
    private readonly TimeRecognizer _recognizer;

    public TimeStage(TimeOptions? options = null) => _recognizer = new TimeRecognizer(options ?? TimeOptions.Default);

    public string Name => "times";

    public Layers Requires => Layers.Text;

    public Layers Provides => Layers.Times;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var anchor = document.Metadata.Date?.Day;
        var times = document.Layers.HasFlag(Layers.Sentences) && !document.Sentences.IsDefaultOrEmpty
            ? _recognizer.Recognize(document.Text, document.Sentences, anchor)
            : _recognizer.Recognize(document.Text, anchor);
        var result = document with { Times = times, Layers = document.Layers | Layers.Times };
        if (anchor is null && times.Length > 0)
        {
            result = result.WithDiagnostic(Diagnostic.Info(DiagnosticCodes.TimeUnanchored, Name, document.Id,
                "the article has no date, so relative time expressions (\"on Friday\", \"last year\") were left unresolved"));
        }

        return result;
    }
}
