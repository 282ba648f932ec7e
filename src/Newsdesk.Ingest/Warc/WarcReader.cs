using System.Buffers;
using System.Text;
using Newsdesk.Diagnostics;
using Newsdesk.Documents;

namespace Newsdesk.Ingest.Warc;

/// <summary>
/// Reads WARC files (ISO 28500: WARC/1.0, 1.1, and the older 0.18 of ClueWeb), already decompressed by the
/// <see cref="InputReader"/> whether gzipped as a whole or one member per record. Streams: only a record's header
/// and, for an HTML page, its payload (at most <see cref="ReaderOptions.MaxRecordBytes"/>) are held in memory.
/// <list type="number">
/// <item>Each record's version line and named fields are read leniently (<see cref="WarcHeader"/>).</item>
/// <item><c>response</c> and <c>resource</c> records holding HTML become articles (<see cref="WarcArticleExtractor"/>)
/// with id <c>&lt;file id&gt;#&lt;record index&gt;</c> (0-based, counting every record of the file) and origin
/// <c>file@offset</c>; every other record is skipped and counted.</item>
/// <item>A record that cannot be read becomes a failed record located <c>file@offset</c> (the byte offset in the
/// decompressed stream), and reading resumes at the next line that starts a record (<c>WARC/</c> and a digit).</item>
/// <item>At the end of the file, one <c>warc-skipped</c> summary counts the skipped records by reason and one
/// <c>warc-quirks</c> summary counts tolerated deviations, reported through the file-level report action.</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
public sealed class WarcReader : IRecordReader
{
    internal const string Stage = "warc";

    /// <summary>The longest WARC header line, and the largest header, read; real headers are under 2 KB.</summary>
    private const int MaxHeaderLine = 16 * 1024;
    private const int MaxHeaderBytes = 64 * 1024;

    public InputFormat Format => InputFormat.Warc;

    public IEnumerable<RawDocument> Read(InputFile file, Stream stream, ReaderOptions options, CancellationToken cancellationToken) =>
        Read(file, stream, options, FileReport.None, cancellationToken);

    public IEnumerable<RawDocument> Read(InputFile file, Stream stream, ReaderOptions options, FileReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(report);
        return ReadRecords(file, stream, options, report, cancellationToken);
    }

    private static IEnumerable<RawDocument> ReadRecords(InputFile file, Stream stream, ReaderOptions options, FileReport report, CancellationToken cancellationToken)
    {
        using var reader = new WarcByteReader(stream);
        var tally = new WarcTally();
        var lines = new List<string>();
        var index = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            reader.SkipLineEnds();
            if (reader.AtEnd)
            {
                break;
            }

            var offset = reader.Position;
            if (!reader.AtRecordStart())
            {
                var skipped = reader.ScanToRecordStart(atLineStart: true);
                var hint = offset == 0 ? " (is this a WARC file? ARC files are not read)" : "";
                yield return Failed(file, offset, $"no WARC record starts here{hint}; {Resynchronised(reader, skipped)}");
                continue;
            }

            reader.TryReadLine(MaxHeaderLine, out var versionLine, out _);
            var version = Encoding.ASCII.GetString(versionLine["WARC/"u8.Length..]).Trim();
            var headerState = ReadHeaderLines(reader, lines);
            var recordIndex = index++;
            if (headerState == HeaderState.FileEnded)
            {
                yield return Failed(file, offset, $"the file ends inside the header of record #{recordIndex}", $"{file.Id}#{recordIndex}");
                break;
            }

            if (headerState == HeaderState.TooLarge)
            {
                var skipped = reader.ScanToRecordStart(atLineStart: true);
                yield return Failed(file, offset, $"record #{recordIndex}: header larger than {MaxHeaderBytes:N0} bytes; {Resynchronised(reader, skipped)}", $"{file.Id}#{recordIndex}");
                continue;
            }

            var header = WarcHeader.Parse(version, lines);
            tally.CountRecord();
            CountHeaderQuirks(header, tally);
            var context = new WarcArticleExtractor.RecordContext(file, recordIndex, offset, header, options, tally);
            var wanted = header.Type is "response" or "resource";
            WarcBlock block;
            if (header.ContentLength is { } length)
            {
                block = new WarcBlock(reader, length);
            }
            else
            {
                // No usable Content-Length: the block runs to the next record start (the separator trimmed off).
                tally.Quirk("missing or invalid Content-Length");
                var limit = options.MaxRecordBytes + WarcArticleExtractor.HttpHeadLimit + 1;
                var sink = wanted ? new ArrayBufferWriter<byte>() : null;
                reader.ScanToRecordStart(atLineStart: true, sink, limit);
                if (sink is not null && sink.WrittenCount >= limit)
                {
                    yield return Failed(file, offset, $"record #{recordIndex} has no Content-Length and runs past the limit of {options.MaxRecordBytes:N0} bytes (--max-record-size); skipped",
                        context.Id, DiagnosticCodes.InputTooLarge);
                    continue;
                }

                block = new WarcBlock(sink is null ? [] : TrimLineEnds(sink.WrittenSpan).ToArray());
            }

            var outcome = wanted
                ? WarcArticleExtractor.Extract(context, block)
                : WarcRecordOutcome.Skipped(header.Type.Length == 0 ? "record without WARC-Type" : $"{header.Type} record");
            if (outcome.SkipReason is { } reason)
            {
                tally.Skip(reason, outcome.SkipDetail);
            }

            if (outcome.Document is { } document)
            {
                yield return document;
            }

            if (outcome.FileEnded)
            {
                break;
            }

            if (!block.SkipRest())
            {
                yield return Failed(file, offset, $"the file ends inside record #{recordIndex}: {block.Length:N0} bytes of block declared, fewer found", context.Id);
                break;
            }

            reader.SkipLineEnds();
            if (header.ContentLength is { } declared && !reader.AtEnd && !reader.AtRecordStart())
            {
                var garbage = reader.Position;
                var skipped = reader.ScanToRecordStart(atLineStart: false);
                yield return Failed(file, garbage,
                    $"after record #{recordIndex} (at offset {offset}, Content-Length {declared:N0}) comes no record: its Content-Length is wrong or the file is damaged; {Resynchronised(reader, skipped)}");
            }
        }

        foreach (var summary in tally.Summaries(file.DisplayName))
        {
            report.Report(summary);
        }

        foreach (var (reason, count) in tally.SkippedByReason)
        {
            report.Skipped(reason, count);
        }
    }

    private enum HeaderState
    {
        Complete,
        TooLarge,
        FileEnded,
    }

    /// <summary>Reads field lines up to the blank line that ends a WARC header.</summary>
    private static HeaderState ReadHeaderLines(WarcByteReader reader, List<string> lines)
    {
        lines.Clear();
        var total = 0;
        while (reader.TryReadLine(MaxHeaderLine, out var line, out var tooLong))
        {
            if (line.IsEmpty && !tooLong)
            {
                return HeaderState.Complete;
            }

            total += line.Length + 2;
            if (tooLong || total > MaxHeaderBytes)
            {
                return HeaderState.TooLarge;
            }

            lines.Add(Encoding.UTF8.GetString(line));
        }

        return HeaderState.FileEnded;
    }

    private static void CountHeaderQuirks(WarcHeader header, WarcTally tally)
    {
        if (header.Version is not ("1.0" or "1.1"))
        {
            tally.Quirk($"WARC/{header.Version} records");
        }

        if (header.HadDoubledColon)
        {
            tally.Quirk("field written with a doubled colon");
        }

        if (header.Get("WARC-Target-URI") is { } uri && uri.StartsWith('<'))
        {
            tally.Quirk("WARC-Target-URI in angle brackets");
        }

        if (header.HasUnreadableDate)
        {
            tally.Quirk("unreadable WARC-Date (no crawl date)");
        }
    }

    private static ReadOnlySpan<byte> TrimLineEnds(ReadOnlySpan<byte> bytes) => bytes.TrimEnd("\r\n"u8);

    private static string Resynchronised(WarcByteReader reader, long skipped) => reader.AtEnd
        ? $"skipped {skipped:N0} bytes to the end of the file"
        : $"skipped {skipped:N0} bytes to the next record at offset {reader.Position}";

    private static RawDocument Failed(InputFile file, long offset, string message, string? id = null, string code = DiagnosticCodes.MalformedRecord) =>
        RawDocuments.Failed(id ?? $"{file.Id}@{offset}", $"{file.DisplayName}@{offset}", code, Stage, message);
}
