using System.CommandLine;
using Newsdesk.Cli.Output;
using Newsdesk.Diagnostics;
using Newsdesk.Language.Entities;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk ner --conll FILE</c>: appends a predicted IOB2 tag to every token line of a CoNLL file (the
/// conlleval convention: gold tag, then predicted tag, as the last two columns).</summary>
internal static class NerCommand
{
    public static Option<string?> ModelOption() => new("--model")
    {
        Description = $"Entity model file (default: ${EntityModelLocator.EnvironmentVariable}, else the shipped {EntityModelLocator.RelativePath})",
    };

    public static EntityModel LoadModel(string? path)
    {
        if (path is null)
        {
            return EntityModelLocator.TryGetDefault(out var error) ?? throw new UsageException(error ?? "no entity model");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: no such model file");
        }

        try
        {
            return EntityModel.Load(path);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
    }

    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL file: one token per line (first column), blank line between sentences", Required = true };
        var model = ModelOption();
        var command = new Command("ner", "Tag the tokens of a CoNLL file with PER, ORG, LOC, MISC; each line gets the predicted tag appended.\n\nExample: newsdesk ner --conll dev.conll | conlleval")
        {
            conll, model,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(async () =>
        {
            var tagger = LoadModel(parse.GetValue(model));
            var diagnostics = new List<Diagnostic>();
            var documents = TrainNerCommand.ReadConll(parse.GetValue(conll)!, diagnostics);
            foreach (var diagnostic in diagnostics)
            {
                await Console.Error.WriteLineAsync(diagnostic.ToString());
            }

            await using var stdout = StandardStreams.OpenStdout();
            foreach (var document in documents)
            {
                if (document.DocStartLine is { } docStart)
                {
                    await stdout.WriteAsync(docStart.TrimEnd() + " O\n\n");
                }

                var tags = ConllTagger.Tag(tagger, document);
                for (var s = 0; s < document.Sentences.Count; s++)
                {
                    var sentence = document.Sentences[s];
                    for (var i = 0; i < sentence.Lines.Length; i++)
                    {
                        await stdout.WriteAsync(sentence.Lines[i] + " " + tags[s][i] + "\n");
                    }

                    await stdout.WriteAsync("\n");
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
