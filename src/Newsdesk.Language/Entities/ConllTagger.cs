namespace Newsdesk.Language.Entities;

/// <summary>Tags and scores CoNLL documents with an <see cref="EntityModel"/>: the library behind
/// <c>newsdesk ner --conll</c> and <c>newsdesk eval ner</c>.</summary>
public static class ConllTagger
{
    /// <summary>Predicted IOB2 tags for each sentence of <paramref name="document"/>.</summary>
    public static string[][] Tag(EntityModel model, ConllDocument document)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(document);
        var chunks = new List<EntityChunk>();
        model.Tag(TaggingDocument.FromConll(document), chunks);
        var result = new string[document.Sentences.Count][];
        var offset = 0;
        var c = 0;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var length = document.Sentences[s].Tokens.Length;
            var own = new List<EntityChunk>();
            while (c < chunks.Count && chunks[c].Start < offset + length)
            {
                own.Add(chunks[c] with { Start = chunks[c].Start - offset, End = chunks[c].End - offset });
                c++;
            }

            result[s] = EntityTagSet.ToIob2(own, length);
            offset += length;
        }

        return result;
    }

    /// <summary>Scores <paramref name="model"/> on gold-tagged <paramref name="documents"/>, documents in parallel.</summary>
    public static NerEvaluation Evaluate(EntityModel model, IReadOnlyList<ConllDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var predictions = new string[documents.Count][][];
        Parallel.For(0, documents.Count, d => predictions[d] = Tag(model, documents[d]));
        var evaluator = new NerEvaluator();
        for (var d = 0; d < documents.Count; d++)
        {
            for (var s = 0; s < documents[d].Sentences.Count; s++)
            {
                evaluator.Add(documents[d].Sentences[s].Tags, predictions[d][s]);
            }
        }

        return evaluator.Result();
    }
}
