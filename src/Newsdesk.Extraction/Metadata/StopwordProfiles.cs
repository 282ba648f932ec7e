using System.Collections.Frozen;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// The most frequent function words of the Latin- and Cyrillic-script languages the detector tells apart. Short
/// closed-class words (articles, pronouns, prepositions, auxiliaries) are frequent in any text and rarely shared
/// between languages, which is what makes counting them a usable detector. Words that two languages share
/// ("de", "la", "in") are listed where they occur; ties are broken by the other words.
/// </summary>
internal static class StopwordProfiles
{
    public static readonly FrozenDictionary<string, FrozenSet<string>> ByLanguage = new Dictionary<string, string>
    {
        ["en"] = "the of and to in is that for it was on with as are be this by at from have not but or an they which you his her she he we has had were been their will would there what about when more can who said",
        ["de"] = "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als nach wie bei aus wird er sie wir ich hat sind noch oder aber vor zur werden über nur einen einer so kann wurde",
        ["fr"] = "le la les de des du et est un une en que qui dans pour pas sur au aux il elle par plus ne se ce sont avec mais ont été cette nous vous leur comme sa son ses ou",
        ["es"] = "el la los las de del y que en un una es por con para no se su sus al lo como más pero fue ha son este esta entre cuando muy sin sobre también hasta desde está",
        ["it"] = "il lo la gli le di del della dei e che un una in per non è con si da al alla sono anche come più ma nel nella ha questo questa essere stato sua suo",
        ["pt"] = "o a os as de do da dos das e que em um uma é para com não por se no na mais como mas foi ao ele ela são seu sua pelo pela também já está",
        ["nl"] = "de het een en van in is dat op te voor met zijn niet aan er die ook als bij door maar om nog wordt naar uit dan heeft worden hij zij wij ze was",
        ["sv"] = "och att det som en på är av för med till den har inte om ett men var jag de så kan från vi eller sig ska efter när också",
        ["da"] = "og at det som en på er af for med til den har ikke om et men var jeg de så kan fra vi eller sig skal efter når også blev",
        ["no"] = "og at det som en på er av for med til den har ikke om et men var jeg de så kan fra vi eller seg skal etter når også ble",
        ["pl"] = "i w na nie z się że do to jest jak o a co po za od przez jego tak ale już tym być może są dla było tylko",
        ["cs"] = "a v na je se že to s z do o by jako ale jsou pro jeho také jsem které který byl jak po už tak nebo když",
        ["ro"] = "și în de la a cu pe care din este nu un o se că mai pentru sunt ca fost au dar lui sau prin iar",
        ["tr"] = "ve bir bu da de için ile ne olarak daha çok gibi ama en var olan kadar sonra o şey ben sen değil mi",
        ["fi"] = "ja on ei se että oli hän kuin mutta ovat myös tai joka mitä sen jo niin kun vain nyt sekä",
        ["hu"] = "a az és hogy nem is egy van meg de ez már csak mint el volt még kell vagy ha azt sem",
        ["id"] = "yang dan di dengan untuk dari ini itu dalam tidak akan pada juga ke karena oleh ada mereka sebagai atau",
        ["ru"] = "и в не на что с по как это из у за от о но так его к же для то все она он они бы был мы",
        ["uk"] = "і в не на що з та як це у за від до але так його же для то все вона він вони б був ми також",
        ["bg"] = "и в на не да се от за с че е по как това са но той тя те като след ще ми",
    }.ToFrozenDictionary(p => p.Key, p => p.Value.Split(' ').ToFrozenSet(StringComparer.Ordinal));
}
