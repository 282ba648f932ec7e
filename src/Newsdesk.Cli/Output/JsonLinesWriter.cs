using Newsdesk.Documents;
using Newsdesk.Serialization;

namespace Newsdesk.Cli.Output;

/// <summary>Writes documents as JSON Lines (ARCHITECTURE.md): one object per line, UTF-8, <c>\n</c>.</summary>
internal static class JsonLinesWriter
{
    public static void Write(TextWriter output, Document document)
    {
        output.Write(DocumentJson.Serialize(document));
        output.Write('\n');
    }
}
