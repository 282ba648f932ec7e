using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Newsdesk.Documents;
using Newsdesk.Text;

namespace Newsdesk.Times.Evaluation;

/// <summary>
/// Reads TimeML 1.2.1 files (TimeBank, AQUAINT, TempEval-3): the text of <c>&lt;TEXT&gt;</c> with every tag
/// removed and entities decoded, the <c>&lt;DCT&gt;</c> TIMEX3's value as the creation date, and each TIMEX3 inside
/// TEXT as a gold expression. Thread-safe.
/// </summary>
public static class TimeMLReader
{
    /// <summary>Parses one document; throws <see cref="FormatException"/> with the line when the XML is broken or
    /// has no TEXT element.</summary>
    public static TimeMLDocument Parse(string xml, string id)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreWhitespace = false, XmlResolver = null };
        var text = new StringBuilder();
        var gold = ImmutableArray.CreateBuilder<TimeExpression>();
        var open = new Stack<(int Start, TimeType Type, string Value)>();
        DateOnly? creation = null;
        var inText = false;
        var inDct = false;
        var sawText = false;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when reader.Name == "TEXT":
                        inText = !reader.IsEmptyElement;
                        sawText = true;
                        break;
                    case XmlNodeType.EndElement when reader.Name == "TEXT":
                        inText = false;
                        break;
                    case XmlNodeType.Element when reader.Name == "DCT":
                        inDct = !reader.IsEmptyElement;
                        break;
                    case XmlNodeType.EndElement when reader.Name == "DCT":
                        inDct = false;
                        break;
                    case XmlNodeType.Element when reader.Name == "TIMEX3" && inDct:
                        creation = ParseDate(reader.GetAttribute("value"));
                        break;
                    case XmlNodeType.Element when reader.Name == "TIMEX3" && inText:
                        var type = TimeTypeNames.TryParse(reader.GetAttribute("type"), out var t) ? t : TimeType.Date;
                        var value = reader.GetAttribute("value") ?? "";
                        if (reader.IsEmptyElement)
                        {
                            break;
                        }

                        open.Push((text.Length, type, value));
                        break;
                    case XmlNodeType.EndElement when reader.Name == "TIMEX3" && inText && open.Count > 0:
                        var (start, openType, openValue) = open.Pop();
                        if (text.Length > start)
                        {
                            gold.Add(new TimeExpression(new TextSpan(start, text.Length), openType, openValue));
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                        text.Append(reader.Value);
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            throw new FormatException($"{id}:{e.LineNumber}: not well-formed TimeML: {e.Message}", e);
        }

        if (!sawText)
        {
            throw new FormatException($"{id}: no <TEXT> element");
        }

        gold.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new TimeMLDocument(id, text.ToString(), creation, gold.ToImmutable());
    }

    private static DateOnly? ParseDate(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : value is { Length: 8 } && DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day) ? day : null;
}
