using System.Collections.Immutable;
using Newsdesk.Ingest.Feeds;
using Newsdesk.Ingest.Html;
using Newsdesk.Ingest.JsonLines;
using Newsdesk.Ingest.Text;
using Newsdesk.Ingest.Warc;

namespace Newsdesk.Ingest;

/// <summary>The record reader for each format. Immutable; <see cref="With"/> returns a changed copy.</summary>
public sealed class ReaderRegistry
{
    private readonly ImmutableDictionary<InputFormat, IRecordReader> _readers;

    private ReaderRegistry(ImmutableDictionary<InputFormat, IRecordReader> readers) => _readers = readers;

    /// <summary>Every reader Newsdesk ships.</summary>
    public static ReaderRegistry Default { get; } = new ReaderRegistry(ImmutableDictionary<InputFormat, IRecordReader>.Empty)
        .With(new PlainTextReader())
        .With(new JsonLinesReader())
        .With(new HtmlFileReader())
        .With(new WarcReader())
        .With(new FeedReader());

    /// <summary>A copy in which <paramref name="reader"/> reads its format.</summary>
    public ReaderRegistry With(IRecordReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new ReaderRegistry(_readers.SetItem(reader.Format, reader));
    }

    public IRecordReader? For(InputFormat format) => _readers.GetValueOrDefault(format);
}
