using System.Collections.Frozen;
using System.Text;

namespace Newsdesk.Extraction.Html;

/// <summary>
/// Maps a charset label found in a page or an HTTP header to a .NET <see cref="Encoding"/>, following the WHATWG
/// Encoding Standard (§4.2 "Names and labels"): browsers decode several legacy labels as a superset encoding, and
/// pages are written for browsers, so we do the same.
/// </summary>
internal static class CharsetLabels
{
    static CharsetLabels() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Labels whose browser meaning differs from the .NET encoding of the same name, with the code page used.</summary>
    private static readonly FrozenDictionary<string, int> _overrides = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        // WHATWG: ASCII and Latin-1 labels decode as windows-1252 (the C1 range holds curly quotes and dashes).
        ["us-ascii"] = 1252, ["ascii"] = 1252, ["iso-8859-1"] = 1252, ["iso8859-1"] = 1252, ["latin1"] = 1252,
        ["l1"] = 1252, ["cp1252"] = 1252, ["x-cp1252"] = 1252, ["iso_8859-1"] = 1252, ["cp819"] = 1252, ["ibm819"] = 1252,
        // WHATWG: Latin-5 decodes as windows-1254, Thai as windows-874.
        ["iso-8859-9"] = 1254, ["latin5"] = 1254, ["tis-620"] = 874, ["iso-8859-11"] = 874,
        // WHATWG: the Chinese GB labels all decode as GBK/GB18030, a superset of GB2312.
        ["gb2312"] = 54936, ["gbk"] = 54936, ["x-gbk"] = 54936, ["gb_2312-80"] = 54936, ["chinese"] = 54936,
        ["csgb2312"] = 54936, ["gb18030"] = 54936,
        // WHATWG: EUC-KR labels decode as windows-949 (Unified Hangul Code).
        ["euc-kr"] = 949, ["ks_c_5601-1987"] = 949, ["korean"] = 949, ["windows-949"] = 949, ["cseuckr"] = 949,
        // WHATWG: Shift_JIS labels decode as windows-31J.
        ["shift_jis"] = 932, ["shift-jis"] = 932, ["sjis"] = 932, ["x-sjis"] = 932, ["ms_kanji"] = 932,
        ["windows-31j"] = 932, ["csshiftjis"] = 932,
        ["big5"] = 950, ["big5-hkscs"] = 950, ["x-x-big5"] = 950,
        // HTML §13.2.3.3: a <meta> that declares UTF-16 is wrong by construction (the prescan read it as ASCII).
        ["utf-16"] = 65001, ["utf-16le"] = 65001, ["utf-16be"] = 65001,
        ["utf8"] = 65001, ["unicode-1-1-utf-8"] = 65001,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The encoding for <paramref name="label"/>, or null when the label is unknown.</summary>
    public static Encoding? Resolve(ReadOnlySpan<char> label)
    {
        label = label.Trim().Trim("\"'");
        if (label.IsEmpty || label.Length > 40)
        {
            return null;
        }

        var name = label.ToString();
        if (_overrides.TryGetValue(name, out var codePage))
        {
            return codePage == 65001 ? Utf8 : Encoding.GetEncoding(codePage);
        }

        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding.CodePage == 65001 ? Utf8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>UTF-8 without a byte-order mark, replacing invalid sequences with U+FFFD.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(false, false);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);
}
