namespace Newsdesk.Diagnostics;

/// <summary>
/// Every diagnostic code Newsdesk raises. Codes are part of the contract: scripts match on them, so a code is never
/// renamed or reused for another meaning.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>A path does not exist or cannot be opened.</summary>
    public const string PathUnreadable = "path-unreadable";
    /// <summary>A file holds no text at all.</summary>
    public const string EmptyInput = "empty-input";
    /// <summary>A file looks binary (NUL bytes, control characters) and is not a format Newsdesk reads.</summary>
    public const string BinaryInput = "binary-input";
    /// <summary>A file or record is larger than the configured limit.</summary>
    public const string InputTooLarge = "input-too-large";
    /// <summary>Bytes that are not valid UTF-8 were replaced with U+FFFD.</summary>
    public const string InvalidUtf8 = "invalid-utf8";
    /// <summary>A gzip stream is corrupt or cut short.</summary>
    public const string CorruptCompression = "corrupt-compression";
    /// <summary>A JSON Lines record is not a JSON object.</summary>
    public const string MalformedJson = "malformed-json";
    /// <summary>A JSON Lines record lacks a required field or has one of the wrong type.</summary>
    public const string InvalidRecord = "invalid-record";
    /// <summary>A date could not be understood; the article is kept without it.</summary>
    public const string UnparsedDate = "unparsed-date";
    /// <summary>A record has no article text after reading.</summary>
    public const string NoText = "no-text";
    /// <summary>A stage threw; the document keeps the layers made before it.</summary>
    public const string StageFailed = "stage-failed";
    /// <summary>A stage was skipped because a layer it needs is missing.</summary>
    public const string StageSkipped = "stage-skipped";
    /// <summary>The input is HTML but no HTML extractor is configured.</summary>
    public const string HtmlUnsupported = "html-unsupported";
    /// <summary>A WARC record is malformed; the reader resynchronised at the next record.</summary>
    public const string MalformedRecord = "malformed-record";
    /// <summary>Per WARC file: how many records were skipped because they are not HTML articles, by reason.</summary>
    public const string WarcSkipped = "warc-skipped";
    /// <summary>Per WARC file: deviations from the standard that were tolerated (doubled colons, WARC/0.18, …).</summary>
    public const string WarcQuirks = "warc-quirks";
    /// <summary>A feed is not well-formed XML, or not RSS or Atom; the entries read before the problem are kept.</summary>
    public const string MalformedFeed = "malformed-feed";
    /// <summary>The store could not write a document.</summary>
    public const string StoreFailed = "store-failed";
    /// <summary>A page's charset was guessed from its bytes, or its declaration contradicted them.</summary>
    public const string EncodingGuessed = "encoding-guessed";
    /// <summary>A page nests elements deeper than the extraction limit; what lies deeper was ignored.</summary>
    public const string DepthLimit = "depth-limit";
    /// <summary>A document has no date, so relative time expressions were left unresolved.</summary>
    public const string TimeUnanchored = "time-unanchored";
    /// <summary>A CoNLL line has a tag that is not an entity tag; it was read as O.</summary>
    public const string MalformedConllLine = "malformed-conll-line";
    /// <summary>The entity model file is missing or unreadable; entities are not recognised.</summary>
    public const string ModelUnavailable = "model-unavailable";
}
