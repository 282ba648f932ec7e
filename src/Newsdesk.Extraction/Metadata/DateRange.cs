namespace Newsdesk.Extraction.Metadata;

/// <summary>The days a publication date may fall on: [<see cref="Earliest"/>, <see cref="Latest"/>], both inclusive.</summary>
internal readonly record struct DateRange(DateOnly Earliest, DateOnly Latest)
{
    public bool Contains(DateOnly day) => day >= Earliest && day <= Latest;
}
