using Newsdesk.Text;

namespace Newsdesk.Language.Quotes;

/// <summary>A speaker phrase found next to a cue: words [First, Last] inclusive of the context's word list.</summary>
internal readonly record struct SpeakerPhrase(int First, int Last, SpeakerKind Kind, TextSpan Span);
