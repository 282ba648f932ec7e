using Newsdesk.Text;

namespace Newsdesk.Documents;

/// <summary>The TIMEX3 types of a time expression.</summary>
public enum TimeType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>
/// A time expression and its normalised TIMEX3 value (<c>2021-01-08</c>, <c>2021-01</c>, <c>P2Y</c>,
/// <c>PRESENT_REF</c>), resolved against the article's date. <see cref="Span"/> indexes <see cref="Document.Text"/>.
/// </summary>
public sealed record TimeExpression(TextSpan Span, TimeType Type, string Value);

/// <summary>The TIMEX3 names of <see cref="TimeType"/>.</summary>
public static class TimeTypeNames
{
    public static string ToName(this TimeType type) => type switch
    {
        TimeType.Date => "DATE",
        TimeType.Time => "TIME",
        TimeType.Duration => "DURATION",
        TimeType.Set => "SET",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool TryParse(ReadOnlySpan<char> name, out TimeType type)
    {
        switch (name)
        {
            case "DATE": type = TimeType.Date; return true;
            case "TIME": type = TimeType.Time; return true;
            case "DURATION": type = TimeType.Duration; return true;
            case "SET": type = TimeType.Set; return true;
            default: type = default; return false;
        }
    }
}
