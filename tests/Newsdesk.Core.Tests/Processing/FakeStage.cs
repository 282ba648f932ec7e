using Newsdesk.Documents;
using Newsdesk.Processing;

namespace Newsdesk.Core.Tests.Processing;

/// <summary>A stage whose contract and behaviour a test sets: by default it adds its layers and changes nothing else.</summary>
internal sealed class FakeStage(string name, Layers requires, Layers provides, Func<Document, CancellationToken, Document>? process = null) : IDocumentStage
{
    public string Name => name;

    public Layers Requires => requires;

    public Layers Provides => provides;

    public bool RewritesText { get; init; }

    public int Calls => _calls;

    private int _calls;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return process is null ? document : process(document, cancellationToken);
    }

    /// <summary>A stage that gives every document its source content as text, like the intake stage.</summary>
    public static FakeStage Intake() => new("intake", Layers.Source, Layers.Text,
        (document, _) => document with { Text = document.Source.Content ?? "" });
}
