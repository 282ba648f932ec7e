using BenchmarkDotNet.Running;
using Newsdesk.Bench;

if (args.Length > 0 && args[0] == "warc-memory")
{
    return WarcMemoryCheck.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
