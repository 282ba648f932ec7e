using Newsdesk.Diagnostics;
using Newsdesk.Language.Entities;
using Newsdesk.Language.Sentences;
using Newsdesk.Language.Tokenization;
using Newsdesk.TestSupport;
using Newsdesk.Text;

namespace Newsdesk.Language.Tests.Sentences;

public class TokenSentenceInvariantTests
{
    private const string DevFile = "data/ner/conll2003/dev.conll";

    /// <summary>Every dev document, written out as plain text (sentences on their own lines), keeps every character
    /// in a token, its token spans slice back to non-blank text, and its sentences tile the tokens.</summary>
    [SharedDataFact(DevFile)]
    public void Invariants_HoldOnEveryDevDocument()
    {
        var documents = ConllReader.ReadFile(SharedData.PathOf(DevFile), new List<Diagnostic>());
        Assert.True(documents.Count > 100);
        var splitter = new SentenceSplitter();
        foreach (var document in documents)
        {
            var text = string.Join("\n", document.Sentences.Select(s => string.Join(' ', s.Tokens)));
            var tokens = NewsTokenizer.Tokenize(text);
            var covered = 0;
            var previousEnd = 0;
            foreach (var token in tokens)
            {
                Assert.True(token.Start >= previousEnd && token.End <= text.Length && !token.IsEmpty);
                Assert.False(token.Slice(text).ContainsAny(" \n"));
                covered += token.Length;
                previousEnd = token.End;
            }

            Assert.Equal(text.Count(c => !char.IsWhiteSpace(c)), covered);
            var sentences = splitter.Split(text, tokens, ParagraphSplitter.Split(text));
            var k = 0;
            foreach (var sentence in sentences)
            {
                Assert.Equal(tokens[k].Start, sentence.Start);
                while (k < tokens.Count && tokens[k].End <= sentence.End)
                {
                    k++;
                }

                Assert.Equal(tokens[k - 1].End, sentence.End);
            }

            Assert.Equal(tokens.Count, k);
        }
    }
}
