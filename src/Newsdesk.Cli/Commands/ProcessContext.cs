using System.CommandLine;
using Newsdesk.Ingest;

namespace Newsdesk.Cli.Commands;

/// <summary>What a processing command knows once its options are parsed, before any document is read.</summary>
internal sealed record ProcessContext(ParseResult Parse, string[] Inputs, ReaderOptions ReaderOptions, CancellationToken CancellationToken);
