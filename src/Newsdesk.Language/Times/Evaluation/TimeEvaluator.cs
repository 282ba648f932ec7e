using System.Collections.Immutable;
using System.Diagnostics;
using Newsdesk.Documents;

namespace Newsdesk.Times.Evaluation;

/// <summary>
/// Scores a <see cref="TimeRecognizer"/> on TimeML documents as TempEval-3 task A does: the recognizer runs on the
/// plain TEXT with the document creation time as the article's date. Thread-safe.
/// </summary>
public static class TimeEvaluator
{
    /// <summary>Reads every <c>.tml</c> file under <paramref name="directory"/> (recursively, in path order) and scores
    /// <paramref name="recognizer"/> on them. Unreadable files are listed in <see cref="TimeEvaluationResult.Problems"/>.</summary>
    /// <param name="directory">The folder of <c>.tml</c> files.</param>
    /// <param name="recognizer">The recognizer; the default one when null.</param>
    /// <param name="measureSpeed">Also measure the warm speed on the same texts (<see cref="TimeSpeedMeter"/>),
    /// which runs the recognizer over them several more times.</param>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static TimeEvaluationResult EvaluateDirectory(string directory, TimeRecognizer? recognizer = null, bool measureSpeed = false)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"no such directory: {directory}");
        }

        var documents = new List<TimeMLDocument>();
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var id = Path.GetRelativePath(directory, path);
            try
            {
                documents.Add(TimeMLReader.Parse(File.ReadAllText(path), id));
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                problems.Add(e is FormatException ? e.Message : $"{id}: {e.Message}");
            }
        }

        var result = Evaluate(documents, recognizer) with { Problems = problems.ToImmutable() };
        return measureSpeed && documents.Count > 0
            ? result with { Speed = TimeSpeedMeter.Measure(documents, recognizer ?? TimeRecognizer.Default) }
            : result;
    }

    /// <summary>Scores <paramref name="recognizer"/> (the default one when null) on <paramref name="documents"/>.</summary>
    public static TimeEvaluationResult Evaluate(IEnumerable<TimeMLDocument> documents, TimeRecognizer? recognizer = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        recognizer ??= TimeRecognizer.Default;
        int count = 0, gold = 0, predicted = 0, strict = 0, relaxed = 0, type = 0, value = 0;
        long characters = 0;
        var errors = ImmutableArray.CreateBuilder<TimeEvaluationError>();
        var clock = new Stopwatch();
        foreach (var document in documents)
        {
            count++;
            characters += document.Text.Length;
            clock.Start();
            var found = recognizer.Recognize(document.Text, document.CreationDate);
            clock.Stop();
            gold += document.Gold.Length;
            predicted += found.Length;
            var used = new bool[found.Length];
            foreach (var g in document.Gold)
            {
                var match = -1;
                for (var k = 0; k < found.Length; k++)
                {
                    if (!used[k] && found[k].Span.Overlaps(g.Span))
                    {
                        match = k;
                        if (found[k].Span == g.Span)
                        {
                            break;
                        }
                    }
                }

                if (match < 0)
                {
                    errors.Add(Error(document, "missed", g, null));
                    continue;
                }

                used[match] = true;
                var p = found[match];
                relaxed++;
                strict += p.Span == g.Span ? 1 : 0;
                type += p.Type == g.Type ? 1 : 0;
                value += p.Value == g.Value ? 1 : 0;
                if (p.Span != g.Span)
                {
                    errors.Add(Error(document, "extent", g, p));
                }
                else if (p.Value != g.Value)
                {
                    errors.Add(Error(document, "value", g, p));
                }
                else if (p.Type != g.Type)
                {
                    errors.Add(Error(document, "type", g, p));
                }
            }

            for (var k = 0; k < found.Length; k++)
            {
                if (!used[k])
                {
                    errors.Add(Error(document, "spurious", null, found[k]));
                }
            }
        }

        return new TimeEvaluationResult
        {
            Documents = count,
            GoldCount = gold,
            PredictedCount = predicted,
            StrictMatches = strict,
            RelaxedMatches = relaxed,
            TypeCorrect = type,
            ValueCorrect = value,
            Errors = errors.ToImmutable(),
            Characters = characters,
            Seconds = clock.Elapsed.TotalSeconds,
        };
    }

    private static TimeEvaluationError Error(TimeMLDocument document, string kind, TimeExpression? gold, TimeExpression? predicted)
    {
        var span = (gold ?? predicted)!.Span;
        var start = Math.Max(0, span.Start - 60);
        var end = Math.Min(document.Text.Length, span.End + 60);
        var context = document.Text[start..end].ReplaceLineEndings(" ");
        return new TimeEvaluationError(document.Id, kind, Describe(document, gold), Describe(document, predicted), context);
    }

    private static string Describe(TimeMLDocument document, TimeExpression? expression) =>
        expression is null ? "" : $"\"{expression.Span.ToString(document.Text)}\" {expression.Type.ToName()} {expression.Value}";
}
