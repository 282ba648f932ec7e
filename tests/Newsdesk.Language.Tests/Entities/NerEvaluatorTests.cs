using Newsdesk.Diagnostics;
using Newsdesk.Documents;
using Newsdesk.Language.Entities;

namespace Newsdesk.Language.Tests.Entities;

public class NerEvaluatorTests
{
    [Theory]
    [InlineData("I-PER I-PER O I-LOC", "PER:0-2 LOC:3-4")]
    [InlineData("B-PER I-PER O B-LOC", "PER:0-2 LOC:3-4")]
    [InlineData("I-PER B-PER O", "PER:0-1 PER:1-2")]
    [InlineData("I-ORG I-LOC I-LOC", "ORG:0-1 LOC:1-3")]
    [InlineData("O I-MISC", "MISC:1-2")]
    public void Chunks_ReadIob1AndIob2Alike(string tags, string expected)
    {
        var chunks = EntityTagSet.ChunksOfIob(tags.Split(' '));
        Assert.Equal(expected, string.Join(' ', chunks.Select(c => $"{c.Type.ToCode()}:{c.Start}-{c.End}")));
    }

    [Fact]
    public void Evaluator_CountsExactSpanAndTypeOnly()
    {
        var evaluator = new NerEvaluator();
        evaluator.Add(["B-PER", "I-PER", "O", "B-LOC", "B-ORG"], ["B-PER", "O", "O", "B-LOC", "B-LOC"]);
        var result = evaluator.Result();
        Assert.Equal((3, 3, 1), (result.Overall.Gold, result.Overall.Predicted, result.Overall.Correct));
        Assert.Equal(1.0, result.ByType[EntityType.Location].Recall);
        Assert.Equal(0.5, result.ByType[EntityType.Location].Precision);
        Assert.Equal(0.0, result.ByType[EntityType.Person].F1);
    }

    [Fact]
    public void BilouEncoding_RoundTrips()
    {
        List<EntityChunk> chunks = [new(0, 1, EntityType.Person), new(2, 5, EntityType.Organization), new(5, 7, EntityType.Location)];
        var tags = new int[8];
        EntityTagSet.Encode(chunks, tags);
        var decoded = new List<EntityChunk>();
        EntityTagSet.Decode(tags, decoded);
        Assert.Equal(chunks, decoded);
    }

    [Fact]
    public void Reader_ReportsBadTagsWithFileAndLine()
    {
        var diagnostics = new List<Diagnostic>();
        var documents = ConllReader.Read(new StringReader("-DOCSTART- -X- O O\n\nKim NNP B-NP I-PER\nsaid VBD B-VP X-FOO\n\n"), "t.conll", diagnostics);
        var sentence = Assert.Single(Assert.Single(documents).Sentences);
        Assert.Equal(new string?[] { "I-PER", "O" }, sentence.Tags);
        Assert.Equal("t.conll:4", Assert.Single(diagnostics).Location);
    }
}
