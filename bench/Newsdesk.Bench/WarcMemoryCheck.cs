using System.Diagnostics;
using System.Globalization;
using System.Text;
using Newsdesk.Diagnostics;
using Newsdesk.Ingest;

namespace Newsdesk.Bench;

/// <summary>
/// <c>dotnet Newsdesk.Bench.dll warc-memory [SIZE_MB]</c>: writes a synthetic WARC of SIZE_MB (default 2048) to a
/// temporary file (request, response, metadata per page; one 40 MB page over the record limit), streams it back
/// through <see cref="InputReader"/> and prints records, time and peak working set: memory must not grow with the
/// file. BenchmarkDotNet cannot show this (it keeps inputs in memory), hence a plain measured run. The reading runs in
/// a child process (<c>warc-read FILE...</c>, usable on real files too) so that the writer's memory is not counted.
/// </summary>
internal static class WarcMemoryCheck
{
    public static int Run(string[] args)
    {
        var megabytes = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 2048;
        var path = Path.Combine(Path.GetTempPath(), $"newsdesk-warc-memory-{Environment.ProcessId}.warc");
        try
        {
            var pages = Write(path, megabytes * 1024 * 1024);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// wrote {new FileInfo(path).Length / 1e6:N0} MB, {pages:N0} pages"));
            // Read in a fresh process: the writer's buffers must not count in the reader's peak working set.
            var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            {
                start.ArgumentList.Add(typeof(WarcMemoryCheck).Assembly.Location);
            }

            start.ArgumentList.Add("warc-read");
            start.ArgumentList.Add(path);
            using var child = Process.Start(start)!;
            child.WaitForExit();
            return child.ExitCode;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary><c>warc-read FILE...</c>: streams the files through <see cref="InputReader"/> and reports.</summary>
    public static int Read(string[] args)
    {
        var clock = Stopwatch.StartNew();
        var reader = new InputReader(ReaderRegistry.Default, ReaderOptions.Default);
        reader.Reported += d => Console.WriteLine($"// {d}");
        long articles = 0, failed = 0, payload = 0, size = 0;
        foreach (var path in args.Skip(1))
        {
            size += new FileInfo(path).Length;
            foreach (var document in reader.Read(new InputFile(path, Path.GetFileName(path)), CancellationToken.None))
            {
                if (document.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                {
                    failed++;
                }
                else
                {
                    articles++;
                    payload += document.Bytes.Length;
                }
            }
        }

        clock.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {size / 1e6:N0} MB: {articles:N0} articles ({payload / 1e6:N0} MB of HTML), {failed} failed; {clock.Elapsed.TotalSeconds:N1} s wall, {process.TotalProcessorTime.TotalSeconds:N1} s CPU ({size / 1e6 / clock.Elapsed.TotalSeconds:N0} MB/s wall); peak working set {process.PeakWorkingSet64 / 1e6:N0} MB"));
        return 0;
    }

    private static long Write(string path, long target)
    {
        var random = new Random(1);
        string[] words = ["council", "budget", "minister", "said", "on", "Friday", "the", "a", "report", "city", "people", "water"];
        var pages = Enumerable.Range(0, 50).Select(i =>
        {
            var html = new StringBuilder($"<!DOCTYPE html><html><head><title>Story {i}</title></head><body><article>");
            while (html.Length < 40_000)
            {
                html.Append("<p>").AppendJoin(' ', Enumerable.Range(0, 60).Select(_ => words[random.Next(words.Length)])).Append("</p>\n");
            }

            return Encoding.UTF8.GetBytes(html.Append("</article></body></html>").ToString());
        }).ToArray();
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        long written = 0, index = 0;
        while (written < target)
        {
            var uri = $"https://news.example.com/{index}";
            var body = index == 1000 ? Encoding.ASCII.GetBytes("<html><body>" + new string('x', 40 * 1024 * 1024) + "</body></html>") : pages[index % pages.Length];
            var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n");
            written += Record(file, "request", uri, "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"u8, []);
            written += Record(file, "response", uri, "application/http; msgtype=response", http, body);
            written += Record(file, "metadata", uri, "application/warc-fields", "fetchTimeMs: 12\r\n"u8, []);
            index++;
        }

        return index;
    }

    private static long Record(Stream file, string type, string uri, string contentType, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        var header = Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Date: 2021-01-08T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {contentType}\r\nContent-Length: {first.Length + second.Length}\r\n\r\n");
        file.Write(header);
        file.Write(first);
        file.Write(second);
        file.Write("\r\n\r\n"u8);
        return header.Length + first.Length + second.Length + 4;
    }
}
