using System.Text.Json.Serialization;

namespace Newsdesk.Cli.Commands;

/// <summary>The JSON line of <c>clean --keep-removed --json</c>: the input with removals marked in place.</summary>
internal sealed record MarkedDocument(string Id, string Marked);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MarkedDocument))]
internal sealed partial class MarkedJsonContext : JsonSerializerContext;
