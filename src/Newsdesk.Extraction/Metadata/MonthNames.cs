using System.Collections.Frozen;

namespace Newsdesk.Extraction.Metadata;

/// <summary>
/// Month names and abbreviations, lower-cased, of the languages whose datelines Newsdesk reads. The evaluation sets
/// and htmldate's own coverage are mostly German and English; the others are the common European languages plus
/// the genitive forms Slavic datelines use ("5 марта 2021").
/// </summary>
internal static class MonthNames
{
    /// <summary>Name → month number (1–12).</summary>
    public static readonly FrozenDictionary<string, int> ByName = Build();

    private static FrozenDictionary<string, int> Build()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        void Add(int month, params string[] names)
        {
            foreach (var name in names)
            {
                months.TryAdd(name, month);
            }
        }

        // English
        Add(1, "january", "jan"); Add(2, "february", "feb"); Add(3, "march", "mar"); Add(4, "april", "apr");
        Add(5, "may"); Add(6, "june", "jun"); Add(7, "july", "jul"); Add(8, "august", "aug");
        Add(9, "september", "sep", "sept"); Add(10, "october", "oct"); Add(11, "november", "nov"); Add(12, "december", "dec");
        // German (Austrian "Jänner", "Feber")
        Add(1, "januar", "jänner", "jän"); Add(2, "februar", "feber"); Add(3, "märz", "maerz", "mär", "mrz");
        Add(5, "mai"); Add(6, "juni"); Add(7, "juli"); Add(10, "oktober", "okt"); Add(12, "dezember", "dez");
        // French
        Add(1, "janvier", "janv"); Add(2, "février", "fevrier", "févr", "fevr", "fév"); Add(3, "mars");
        Add(4, "avril", "avr"); Add(6, "juin"); Add(7, "juillet", "juil"); Add(8, "août", "aout");
        Add(9, "septembre"); Add(10, "octobre"); Add(11, "novembre"); Add(12, "décembre", "decembre", "déc");
        // Spanish
        Add(1, "enero", "ene"); Add(2, "febrero"); Add(3, "marzo"); Add(4, "abril", "abr"); Add(5, "mayo");
        Add(6, "junio"); Add(7, "julio"); Add(8, "agosto", "ago"); Add(9, "septiembre", "setiembre");
        Add(10, "octubre"); Add(11, "noviembre"); Add(12, "diciembre", "dic");
        // Italian
        Add(1, "gennaio", "gen"); Add(2, "febbraio"); Add(4, "aprile"); Add(5, "maggio", "mag"); Add(6, "giugno", "giu");
        Add(7, "luglio", "lug"); Add(9, "settembre", "set"); Add(10, "ottobre", "ott"); Add(12, "dicembre");
        // Portuguese
        Add(1, "janeiro"); Add(2, "fevereiro", "fev"); Add(3, "março", "marco"); Add(5, "maio"); Add(6, "junho");
        Add(7, "julho"); Add(9, "setembro"); Add(10, "outubro", "out"); Add(12, "dezembro");
        // Dutch, Swedish, Danish, Norwegian
        Add(1, "januari"); Add(2, "februari"); Add(3, "maart"); Add(5, "mei", "maj"); Add(8, "augustus", "augusti");
        // Polish (genitive, as in datelines)
        Add(1, "stycznia"); Add(2, "lutego"); Add(3, "marca"); Add(4, "kwietnia"); Add(5, "maja"); Add(6, "czerwca");
        Add(7, "lipca"); Add(8, "sierpnia"); Add(9, "września"); Add(10, "października"); Add(11, "listopada"); Add(12, "grudnia");
        // Russian (genitive)
        Add(1, "января"); Add(2, "февраля"); Add(3, "марта"); Add(4, "апреля"); Add(5, "мая"); Add(6, "июня");
        Add(7, "июля"); Add(8, "августа"); Add(9, "сентября"); Add(10, "октября"); Add(11, "ноября"); Add(12, "декабря");
        // Turkish
        Add(1, "ocak"); Add(2, "şubat"); Add(3, "mart"); Add(4, "nisan"); Add(5, "mayıs"); Add(6, "haziran");
        Add(7, "temmuz"); Add(8, "ağustos"); Add(9, "eylül"); Add(10, "ekim"); Add(11, "kasım"); Add(12, "aralık");
        // Romanian
        Add(1, "ianuarie"); Add(2, "februarie"); Add(3, "martie"); Add(4, "aprilie"); Add(6, "iunie");
        Add(7, "iulie"); Add(9, "septembrie"); Add(10, "octombrie"); Add(11, "noiembrie"); Add(12, "decembrie");
        return months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
