using Newsdesk.Documents;

namespace Newsdesk.Cli.Output;

/// <summary>A document as readable text: a header with its metadata, its paragraphs, then what was removed and found.</summary>
internal static class DocumentReport
{
    public static void Write(TextWriter output, Document document)
    {
        var metadata = document.Metadata;
        output.Write($"== {document.Id}");
        if (metadata.Date is { } date)
        {
            output.Write($" · {date}");
        }

        if (metadata.Site is { } site)
        {
            output.Write($" · {site}");
        }

        output.Write('\n');
        if (metadata.Title is { } title)
        {
            output.Write($"# {title}\n");
        }

        if (!metadata.Authors.IsDefaultOrEmpty)
        {
            output.Write($"by {string.Join(", ", metadata.Authors)}\n");
        }

        output.Write('\n');
        foreach (var paragraph in document.ParagraphTexts())
        {
            output.Write(paragraph);
            output.Write("\n\n");
        }

        foreach (var removed in document.Removed)
        {
            output.Write($"[removed {removed.Reason}] {removed.Text}\n");
        }

        foreach (var entity in document.Entities)
        {
            output.Write($"[entity {entity.Type.ToCode()}] {entity.Name} ×{entity.Mentions.Length}\n");
        }

        foreach (var quote in document.Quotes)
        {
            var speaker = quote.Speaker is { } s ? s.Mention.ToString(document.Text) : "?";
            output.Write($"[quote {(quote.Direct ? "direct" : "reported")}] {speaker}: {quote.Words(document.Text)}\n");
        }

        foreach (var time in document.Times)
        {
            output.Write($"[time {time.Type.ToName()}] {time.Span.ToString(document.Text)} = {time.Value}\n");
        }

        output.Write('\n');
    }
}
