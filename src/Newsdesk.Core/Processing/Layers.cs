namespace Newsdesk.Processing;

/// <summary>The layers of facts a <see cref="Documents.Document"/> can carry; stages declare which they need and add.</summary>
[Flags]
public enum Layers
{
    None = 0,

    /// <summary>The reader's record (<see cref="Documents.Document.Source"/>); every document has it.</summary>
    Source = 1 << 0,

    /// <summary><see cref="Documents.Document.Text"/>, its paragraphs, and the metadata read with it.</summary>
    Text = 1 << 1,

    /// <summary>Noise removed from the text, with reasons (<see cref="Documents.Document.Removed"/>).</summary>
    Cleaned = 1 << 2,

    Tokens = 1 << 3,
    Sentences = 1 << 4,
    Entities = 1 << 5,
    Quotes = 1 << 6,
    Times = 1 << 7,

    /// <summary>Layers whose spans index <see cref="Documents.Document.Text"/>; a stage that rewrites the text must
    /// run before any of them exists.</summary>
    SpanLayers = Tokens | Sentences | Entities | Quotes | Times,
}
