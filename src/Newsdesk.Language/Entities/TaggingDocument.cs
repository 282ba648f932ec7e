using Newsdesk.Text;

namespace Newsdesk.Language.Entities;

/// <summary>
/// What the entity tagger reads: a text, its tokens, and its sentences as token ranges. Sentence <c>i</c> holds
/// tokens <c>[SentenceStarts[i], SentenceStarts[i + 1])</c>; <see cref="SentenceStarts"/> ends with the token count.
/// The whole article is given at once because some features look across its sentences.
/// </summary>
public sealed class TaggingDocument
{
    public TaggingDocument(string text, TextSpan[] tokens, int[] sentenceStarts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentenceStarts);
        if (sentenceStarts.Length == 0 || sentenceStarts[0] != 0 || sentenceStarts[^1] != tokens.Length)
        {
            throw new ArgumentException("sentence starts must begin at 0 and end with the token count", nameof(sentenceStarts));
        }

        Text = text;
        Tokens = tokens;
        SentenceStarts = sentenceStarts;
    }

    public string Text { get; }

    public TextSpan[] Tokens { get; }

    public int[] SentenceStarts { get; }

    public int SentenceCount => SentenceStarts.Length - 1;

    public ReadOnlySpan<char> TokenText(int i) => Tokens[i].Slice(Text);

    /// <summary>A CoNLL document as text: tokens joined by spaces, one sentence per line.</summary>
    public static TaggingDocument FromConll(ConllDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new System.Text.StringBuilder();
        var tokens = new List<TextSpan>();
        var starts = new List<int> { 0 };
        foreach (var sentence in document.Sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                if (text.Length > 0)
                {
                    text.Append(tokens.Count == starts[^1] ? '\n' : ' ');
                }

                tokens.Add(new TextSpan(text.Length, text.Length + token.Length));
                text.Append(token);
            }

            starts.Add(tokens.Count);
        }

        return new TaggingDocument(text.ToString(), [.. tokens], [.. starts]);
    }

    /// <summary>A document's tokens grouped by its sentences (which tile the tokens); no sentences means one sentence.</summary>
    public static TaggingDocument FromSpans(string text, IReadOnlyList<TextSpan> tokens, IReadOnlyList<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var starts = new List<int>(sentences.Count + 1) { 0 };
        var k = 0;
        foreach (var sentence in sentences)
        {
            while (k < tokens.Count && tokens[k].Start < sentence.End)
            {
                k++;
            }

            if (k > starts[^1])
            {
                starts.Add(k);
            }
        }

        if (starts[^1] != tokens.Count)
        {
            starts.Add(tokens.Count);
        }

        return new TaggingDocument(text, [.. tokens], [.. starts]);
    }
}
