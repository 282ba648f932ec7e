namespace Newsdesk.Ingest;

/// <summary>The formats Newsdesk reads; <see cref="Auto"/> detects each file's format from its name and content.</summary>
public enum InputFormat
{
    Auto,
    Text,
    Jsonl,
    Html,
    Warc,
    Feed,
}
