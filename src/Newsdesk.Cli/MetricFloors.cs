using System.CommandLine;
using System.Globalization;

namespace Newsdesk.Cli;

/// <summary>
/// The quality gate of every <c>newsdesk eval</c> command: repeatable <c>--min METRIC=VALUE</c> floors, checked
/// against the metrics the evaluation reports. CI pins floors just under measured figures; a metric below its floor
/// fails the command with exit code 1.
/// </summary>
internal static class MetricFloors
{
    public static Option<string[]> Option() => new("--min")
    {
        Description = "Fail (exit 1) when METRIC falls below VALUE, e.g. --min f1=0.85; repeatable; --json lists metric names",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Parses <c>NAME=VALUE</c> floors; throws <see cref="UsageException"/> on malformed ones.</summary>
    public static IReadOnlyDictionary<string, double> Parse(IEnumerable<string>? floors)
    {
        var parsed = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var floor in floors ?? [])
        {
            var parts = floor.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length == 0 ||
                !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new UsageException($"--min expects METRIC=VALUE, e.g. --min f1=0.85 (got '{floor}')");
            }

            parsed[parts[0]] = value;
        }

        return parsed;
    }

    /// <summary>
    /// Checks <paramref name="metrics"/> against <paramref name="floors"/>, printing each failure to
    /// <paramref name="stderr"/>. A floor naming an unknown metric is a usage error (exit 2), so that a renamed metric
    /// cannot silently disable a gate. Returns the exit code.
    /// </summary>
    public static int Check(IReadOnlyDictionary<string, double> metrics, IReadOnlyDictionary<string, double> floors, TextWriter stderr)
    {
        var failed = false;
        foreach (var (name, floor) in floors)
        {
            if (!metrics.TryGetValue(name, out var value))
            {
                stderr.WriteLine($"error: --min names unknown metric '{name}'; known: {string.Join(", ", metrics.Keys.Order(StringComparer.Ordinal))}");
                return ExitCodes.UsageError;
            }

            if (double.IsNaN(value) || value < floor)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gate failed: {name} = {value:0.0000} is below its floor {floor:0.0000}"));
                failed = true;
            }
        }

        return failed ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}
