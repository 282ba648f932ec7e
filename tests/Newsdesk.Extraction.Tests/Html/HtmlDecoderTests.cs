using System.Text;
using Newsdesk.Extraction.Html;

namespace Newsdesk.Extraction.Tests.Html;

public class HtmlDecoderTests
{
    static HtmlDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Page(string charsetMeta, string body, Encoding encoding) =>
        encoding.GetBytes($"<html><head>{charsetMeta}<title>t</title></head><body><p>{body}</p></body></html>");

    [Fact]
    public void Decode_Utf8ByteOrderMark_WinsOverMeta()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Page("<meta charset=\"windows-1252\">", "café", Encoding.UTF8)).ToArray();
        var decoded = HtmlDecoder.Decode(bytes);
        Assert.Equal(CharsetSource.ByteOrderMark, decoded.Source);
        Assert.Contains("café", decoded.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf16LittleEndianByteOrderMark()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Page("", "Grüße", Encoding.Unicode)).ToArray();
        Assert.Contains("Grüße", HtmlDecoder.Decode(bytes).Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">", 1252, "café – “quoted”")]
    [InlineData("<meta charset=iso-8859-1>", 1252, "naïve façade")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">", 28592, "Łódź Źródło")]
    [InlineData("<meta charset=\"Shift_JIS\">", 932, "日本語のテキストです")]
    [InlineData("<meta charset=\"gb2312\">", 936, "中文文本测试")]
    [InlineData("<meta charset=\"euc-kr\">", 949, "한국어 텍스트")]
    [InlineData("<meta http-equiv=\"content-type\" content=\"text/html;charset=koi8-r\">", 20866, "Русский текст")]
    public void Decode_LegacyEncodingDeclaredInMeta(string meta, int codePage, string text)
    {
        var decoded = HtmlDecoder.Decode(Page(meta, text, Encoding.GetEncoding(codePage)));
        Assert.Equal(CharsetSource.MetaTag, decoded.Source);
        Assert.Contains(text, decoded.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HttpCharsetHint_WinsOverMeta()
    {
        var bytes = Page("<meta charset=\"utf-8\">", "café", Encoding.GetEncoding(1252));
        var decoded = HtmlDecoder.Decode(bytes, "windows-1252");
        Assert.Equal(CharsetSource.HttpHeader, decoded.Source);
        Assert.Contains("café", decoded.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Latin1DeclaredOverUtf8Bytes_UsesUtf8()
    {
        var decoded = HtmlDecoder.Decode(Page("<meta charset=\"iso-8859-1\">", "café", Encoding.UTF8));
        Assert.Equal(CharsetSource.Sniffed, decoded.Source);
        Assert.Contains("café", decoded.Html, StringComparison.Ordinal);
        Assert.NotNull(decoded.Note);
    }

    [Fact]
    public void Decode_NothingDeclaredAndNotUtf8_FallsBackToWindows1252()
    {
        var decoded = HtmlDecoder.Decode(Page("", "Straße für Männer", Encoding.GetEncoding(1252)));
        Assert.Equal(CharsetSource.Sniffed, decoded.Source);
        Assert.Contains("Straße für Männer", decoded.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NothingDeclared_SniffsShiftJis()
    {
        var text = string.Concat(Enumerable.Repeat("日本語のニュース記事の本文です。", 5));
        var decoded = HtmlDecoder.Decode(Page("", text, Encoding.GetEncoding(932)));
        Assert.Contains(text, decoded.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UnknownLabel_SniffsAndSaysSo()
    {
        var decoded = HtmlDecoder.Decode(Page("<meta charset=\"x-no-such-charset\">", "plain", Encoding.UTF8));
        Assert.Equal(CharsetSource.Sniffed, decoded.Source);
        Assert.Contains("x-no-such-charset", decoded.Note, StringComparison.Ordinal);
    }
}
