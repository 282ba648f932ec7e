using Newsdesk.Extraction.Cleaning;

namespace Newsdesk.Extraction.Tests.Cleaning;

public class PhraseMatcherTests
{
    private static readonly BoilerplateVocabulary.PhraseClass[] _classes =
    [
        .. BoilerplateVocabulary.All,
        new("any", "every class at once", [.. BoilerplateVocabulary.All.SelectMany(c => c.AllPhrases).Distinct(StringComparer.Ordinal)]),
        new("short", "phrases the word-start walk leaves out or barely covers", ["ab", "x", "[...]", "-", "(c)", "a b"]),
    ];

    [Theory]
    [InlineData("Sign up for our newsletter", true)]
    [InlineData("SIGN UP FOR OUR NEWSLETTER!", true)]
    [InlineData("newsletters are great", false)]
    [InlineData("the e-newsletter", true)]
    [InlineData("comments (3)", true)]
    [InlineData("commentary", false)]
    [InlineData("Photo: Jane Doe", true)]
    [InlineData("Loading…", true)]
    [InlineData("© 2024 Example Ltd", true)]
    [InlineData("and so on […]", true)]
    [InlineData("and so on [...]", true)]
    [InlineData("", false)]
    public void IsMatch_FindsPhrasesAtWordBoundaries(string line, bool expected)
    {
        var any = new PhraseMatcher(_classes[^2]);
        Assert.Equal(expected, any.IsMatch(line));
    }

    [Fact]
    public void IsMatch_AgreesWithThePlainDefinitionOnRandomLines()
    {
        // Lines built from pieces of phrases, words, punctuation and characters that case-fold to ASCII ("ſ" to "S",
        // the Kelvin sign to "k"): the fast word-start walk must give exactly what a search at every position gives.
        string[] pieces =
        [
            "sign", "up", "for", "our", "newsletter", "news", "letter", "comment", "comments", "reply", "menu", "share",
            "this", "read", "more", "photo", "by", "credit", "image", "min", "read", "ago", "[...]", "[…]", "…", "©",
            "(c)", "copyright", "loading", "ſign", "\u212Aeep", "reading", "don’t", "miss", "x", "ab", "a", "b", "İ",
            "ı", "é", "ü", "1", "2024", "-", ":", ".", ",", "|", "»", "’", "\"", " ", " ", " ", "\u00A0", "\t",
        ];
        var random = new Random(4);
        var matchers = _classes.Select(c => new PhraseMatcher(c)).ToArray();
        for (var n = 0; n < 20_000; n++)
        {
            var line = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ =>
            {
                var piece = pieces[random.Next(pieces.Length)];
                return random.Next(3) switch
                {
                    0 => piece.ToUpperInvariant(),
                    1 => piece,
                    _ => piece + " ",
                };
            }));
            for (var m = 0; m < matchers.Length; m++)
            {
                Assert.True(PlainDefinition(_classes[m].Phrases, line) == matchers[m].IsMatch(line), $"class {_classes[m].Reason}, line \"{line}\"");
            }
        }
    }

    private static bool PlainDefinition(string[] phrases, string line)
    {
        foreach (var phrase in phrases)
        {
            for (var at = 0; at <= line.Length - phrase.Length; at++)
            {
                if (line.AsSpan(at).StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                    && (at == 0 || !char.IsLetterOrDigit(phrase[0]) || !char.IsLetterOrDigit(line[at - 1]))
                    && (at + phrase.Length >= line.Length || !char.IsLetterOrDigit(phrase[^1]) || !char.IsLetterOrDigit(line[at + phrase.Length])))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
