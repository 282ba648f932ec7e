using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Processing;

namespace Newsdesk.Language.Entities;

/// <summary>
/// Adds <see cref="Layers.Entities"/>: tags the document's sentences with the <see cref="EntityModel"/> and groups the
/// mentions into canonical entities with <see cref="EntityLinker"/>. Without a model (none found) it records a
/// <see cref="DiagnosticCodes.ModelUnavailable"/> warning and adds no entities. Thread-safe.
/// </summary>
public sealed class EntityStage : IDocumentStage
{
    private readonly EntityModel? _model;
    private readonly string? _unavailable;

    public EntityStage(EntityModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    private EntityStage(string unavailable) => _unavailable = unavailable;

    /// <summary>A stage over the shipped model (<see cref="EntityModelLocator"/>), or one that reports why there is none.</summary>
    public static EntityStage WithDefaultModel() =>
        EntityModelLocator.TryGetDefault(out var error) is { } model ? new EntityStage(model) : new EntityStage(error ?? "no entity model");

    public string Name => "entities";

    public Layers Requires => Layers.Tokens | Layers.Sentences;

    public Layers Provides => Layers.Entities;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_model is null)
        {
            return document.WithDiagnostic(Diagnostic.Warning(DiagnosticCodes.ModelUnavailable, Name, document.Id, _unavailable!));
        }

        var input = TaggingDocument.FromSpans(document.Text, document.Tokens, document.Sentences);
        var chunks = new List<EntityChunk>();
        _model.Tag(input, chunks);
        var entities = EntityLinker.Link(document.Text, input.Tokens, chunks);
        return document with { Entities = entities };
    }
}
