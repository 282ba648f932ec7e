using System.Text;

namespace Newsdesk.Cli.Output;

/// <summary>
/// Standard output for data (UTF-8 without BOM, <c>\n</c> line ends, buffered: JSON Lines can be millions of lines)
/// and standard error for diagnostics.
/// </summary>
internal static class StandardStreams
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A buffered writer over stdout; dispose or flush it before exiting.</summary>
    public static TextWriter OpenStdout() =>
        new StreamWriter(Console.OpenStandardOutput(), _utf8, 1 << 16) { NewLine = "\n", AutoFlush = false };

    public static TextWriter Stderr => Console.Error;

    /// <summary>True when stdout is an interactive terminal (colours), false when redirected.</summary>
    public static bool StdoutIsTerminal => !Console.IsOutputRedirected;

    /// <summary>True when stderr is an interactive terminal (progress bars), false when redirected.</summary>
    public static bool StderrIsTerminal => !Console.IsErrorRedirected;
}
