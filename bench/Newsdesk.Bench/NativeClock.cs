using System.Runtime.InteropServices;

namespace Newsdesk.Bench;

/// <summary>The POSIX per-thread processor clock (Linux, 64-bit <c>timespec</c>), for phase timings that a busy shared
/// machine does not distort.</summary>
internal static partial class NativeClock
{
    /// <summary><c>CLOCK_THREAD_CPUTIME_ID</c> on Linux.</summary>
    public const int ThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    public struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable CA1707, SA1300 // the C name
    public static partial int clock_gettime(int clock, out TimeSpec time);
#pragma warning restore CA1707, SA1300
}
