using Newsdesk.Text;

namespace Newsdesk.Language.Quotes;

/// <summary>A cue with its speaker, found next to a quotation or a reported clause.</summary>
internal readonly record struct Attribution(TextSpan Cue, int CueWord, SpeakerPhrase? Speaker, CueVerb? Verb);
