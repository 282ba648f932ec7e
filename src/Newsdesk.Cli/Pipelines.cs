using Newsdesk.Extraction.Cleaning;
using Newsdesk.Extraction.Metadata;
using Newsdesk.Language.Entities;
using Newsdesk.Language.Quotes;
using Newsdesk.Language.Sentences;
using Newsdesk.Language.Tokenization;
using Newsdesk.Processing;

namespace Newsdesk.Cli;

/// <summary>
/// The pipelines behind each command, composed from every stage Newsdesk has. This is the one place where stages are
/// put together; the checks of <see cref="PipelineBuilder"/> guarantee each stage finds the layers it needs.
/// </summary>
internal static class Pipelines
{
    /// <summary>Reads articles into the store: text or extracted HTML, cleaned, then read for language facts. The
    /// switches leave out cleaning or the language stages (entities, quotes, times) for a faster text-only load.</summary>
    public static DocumentPipeline ForIngest(bool clean = true, bool language = true) => new PipelineBuilder()
        .Add(Intake())
        .AddRange(clean ? Cleaning() : [])
        .AddRange(language ? Language() : [])
        .Build();

    /// <summary>HTML, WARC and feeds to articles: extraction, then the cleaner over the extracted text.</summary>
    public static DocumentPipeline ForExtract() => new PipelineBuilder()
        .Add(Intake())
        .AddRange(Cleaning())
        .Build();

    /// <summary>Scraped text to cleaned text; <paramref name="cleaning"/> carries the command's threshold and corpus index.</summary>
    public static DocumentPipeline ForClean(CleaningOptions? cleaning = null) => new PipelineBuilder()
        .Add(Intake())
        .AddRange(Cleaning(cleaning))
        .Build();

    /// <summary>Text unchanged, with entities, quotes and times: offsets index the input exactly.</summary>
    public static DocumentPipeline ForAnnotate() => new PipelineBuilder()
        .Add(Intake())
        .AddRange(Language())
        .Build();

    private static IntakeStage Intake() => new(_htmlExtractor);

    /// <summary>The HTML extractor (decoding, main content, metadata): thread-safe, so one serves every pipeline.</summary>
    private static readonly IHtmlExtractor _htmlExtractor = new Extraction.HtmlArticleExtractor();

    /// <summary>Stages that rewrite the text to remove what is not the article.</summary>
    private static IEnumerable<IDocumentStage> Cleaning(CleaningOptions? options = null) => [new CleaningStage(options)];

    /// <summary>Stages that read the text, in order: its language when the input did not give one, tokens, sentences,
    /// entities, quotes, times. The quote stage resolves speakers to the entities of a stage placed before it.</summary>
    private static IEnumerable<IDocumentStage> Language() =>
        [
            new LanguageIdentificationStage(),
            new TokenizerStage(),
            new SentenceStage(),
            EntityStage.WithDefaultModel(),
            new QuoteStage(),
            new Times.TimeStage(),
        ];

    private static PipelineBuilder AddRange(this PipelineBuilder builder, IEnumerable<IDocumentStage> stages)
    {
        foreach (var stage in stages)
        {
            builder.Add(stage);
        }

        return builder;
    }
}
