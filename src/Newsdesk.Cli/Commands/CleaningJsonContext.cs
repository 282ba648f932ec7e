using System.Text.Json.Serialization;

namespace Newsdesk.Cli.Commands;

/// <summary>JSON shapes of the cleaning commands.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(IReadOnlyDictionary<string, double>))]
internal sealed partial class CleaningJsonContext : JsonSerializerContext;
