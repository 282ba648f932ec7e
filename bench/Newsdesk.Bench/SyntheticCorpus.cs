using System.Text;

namespace Newsdesk.Bench;

/// <summary>
/// Deterministic synthetic news articles for load benchmarks: pseudo-words with a Zipfian frequency (so the FTS index
/// grows as it does on real text), sentences of 8–30 words, 4–9 paragraphs, about <c>targetBytes</c> of text each,
/// a title, a date and a unique URL. The same seed gives the same corpus on every machine.
/// </summary>
internal sealed class SyntheticCorpus
{
    private static readonly string[] _syllables =
    [
        "ka", "lo", "mi", "ra", "ten", "sor", "vel", "an", "is", "por", "dun", "mer", "ta", "shi", "gro", "bel", "ni", "qua",
        "ster", "on", "ul", "pra", "de", "fin", "zo", "char", "em", "wal", "tri", "col", "ver", "ash", "bri", "hu", "lem",
    ];

    private readonly string[] _vocabulary;
    private readonly double[] _cumulative;
    private readonly string[] _sites = ["Example News", "Daily Sample", "Wire Service", "Regional Post", "Morning Ledger"];

    public SyntheticCorpus(int vocabularySize = 30_000, int seed = 20261126)
    {
        var random = new Random(seed);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < vocabularySize)
        {
            var syllables = 1 + random.Next(4);
            var word = new StringBuilder();
            for (var i = 0; i < syllables; i++)
            {
                word.Append(_syllables[random.Next(_syllables.Length)]);
            }

            words.Add(word.ToString());
        }

        _vocabulary = [.. words];
        _cumulative = new double[_vocabulary.Length];
        var total = 0.0;
        for (var rank = 0; rank < _vocabulary.Length; rank++)
        {
            total += 1.0 / (rank + 1);
            _cumulative[rank] = total;
        }

        for (var rank = 0; rank < _cumulative.Length; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    /// <summary>The word of frequency rank <paramref name="rank"/> (0 is the most frequent).</summary>
    public string WordOfRank(int rank) => _vocabulary[rank];

    public int VocabularySize => _vocabulary.Length;

    /// <summary>A word drawn with Zipfian frequency.</summary>
    public string Word(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _vocabulary[index < 0 ? Math.Min(~index, _vocabulary.Length - 1) : index];
    }

    /// <summary>Article <paramref name="number"/> as one JSON Lines record.</summary>
    public string Article(int number, int targetBytes)
    {
        var random = new Random(HashCode.Combine(number, 17));
        var text = new StringBuilder(targetBytes + 200);
        while (text.Length < targetBytes)
        {
            if (text.Length > 0)
            {
                text.Append("\\n\\n");
            }

            var sentences = 2 + random.Next(4);
            for (var s = 0; s < sentences && text.Length < targetBytes + 100; s++)
            {
                var length = 8 + random.Next(23);
                for (var w = 0; w < length; w++)
                {
                    var word = Word(random);
                    if (w == 0)
                    {
                        text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
                    }
                    else
                    {
                        text.Append(' ').Append(word);
                    }
                }

                text.Append(". ");
            }
        }

        var title = $"{Word(random)} {Word(random)} {Word(random)} {Word(random)}";
        var day = new DateOnly(2015, 1, 1).AddDays(number % 3650);
        var site = _sites[number % _sites.Length];
        return $"{{\"id\":\"a{number}\",\"url\":\"https://{site.Replace(' ', '-').ToLowerInvariant()}.example/{day:yyyy/MM/dd}/story-{number}\",\"title\":\"{title}\",\"date\":\"{day:yyyy-MM-dd}\",\"site\":\"{site}\",\"text\":\"{text}\"}}";
    }

    /// <summary>Writes <paramref name="count"/> articles as JSON Lines to <paramref name="path"/>; returns the text bytes written.</summary>
    public long Write(string path, int count, int targetBytes)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var line = Article(i, targetBytes);
            bytes += line.Length;
            writer.WriteLine(line);
        }

        return bytes;
    }
}
