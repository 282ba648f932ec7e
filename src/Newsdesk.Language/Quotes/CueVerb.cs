namespace Newsdesk.Language.Quotes;

/// <summary>A cue verb of <see cref="CueLexicon"/>: its base form and the frames it takes.</summary>
internal sealed record CueVerb(string Lemma, CueFrames Frames)
{
    public bool Has(CueFrames frame) => (Frames & frame) != 0;
}
