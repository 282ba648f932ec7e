using System.Diagnostics;
using System.Globalization;
using Newsdesk.Ingest.JsonLines;
using Microsoft.Data.Sqlite;
using Newsdesk.Processing;
using Newsdesk.Storage;
using Newsdesk.Storage.Sqlite;

namespace Newsdesk.Bench;

/// <summary>
/// Splits the text path of ingest into its phases and reports the processor time of each per article: parse a JSON
/// line, run intake, prepare the rows (key, JSON, hash: on the pipeline's cores in a real ingest), and write batches
/// to a fresh database (SQLite rows and indexes, FTS5: on the single writing thread). With <c>--no-fts</c> the FTS5
/// table is replaced by a view that swallows inserts, so the difference between two runs is the search index's share. Processor time, unlike
/// wall time, stays meaningful on a busy shared machine.
/// </summary>
internal static class IngestPhases
{
    public static async Task<int> RunAsync(int count, int batchSize, bool withoutFts)
    {
        var corpus = new SyntheticCorpus();
        var lines = Enumerable.Range(0, count).Select(i => System.Text.Encoding.UTF8.GetBytes(corpus.Article(i, 3000))).ToArray();
        var pipeline = new PipelineBuilder().Add(new IntakeStage()).Build();
        var process = Process.GetCurrentProcess();

        var start = process.TotalProcessorTime;
        var raws = lines.Select((line, i) => JsonLinesReader.ParseLine(line, "x", "bench:" + i)).ToArray();
        var parse = Elapsed(process, ref start);
        var documents = raws.Select(raw => pipeline.Process(raw)).ToArray();
        var intake = Elapsed(process, ref start);

        var prepare = TimeSpan.Zero;
        var path = Path.Combine(Path.GetTempPath(), $"newsdesk-phases-{Guid.NewGuid():N}.db");
        try
        {
            await using (var store = SqliteArticleStore.Open(path, create: true))
            {
                if (withoutFts)
                {
                    ReplaceFtsBySink(path);
                }

                Elapsed(process, ref start);
                var batches = documents.Chunk(batchSize).Select(PreparedBatch.Prepare).ToArray();
                prepare = Elapsed(process, ref start);
                foreach (var batch in batches)
                {
                    await store.WriteAsync(batch);
                }
            }

            var write = Elapsed(process, ref start);
            var textBytes = documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count:N0} articles, {textBytes / (double)count:0} bytes of text each, batches of {batchSize:N0}{(withoutFts ? ", no FTS5" : "")}; processor time per article: parse {Micro(parse, count)} µs, intake {Micro(intake, count)} µs, prepare {Micro(prepare, count)} µs, write {Micro(write, count)} µs; database {new FileInfo(path).Length / (double)textBytes:0.00}× the text"));
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
            {
                File.Delete(file);
            }
        }

        return 0;
    }

    private static void ReplaceFtsBySink(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            DROP TRIGGER articles_fts_update;
            DROP TRIGGER articles_fts_delete;
            DROP TABLE articles_fts;
            CREATE VIEW articles_fts AS SELECT 0 AS rowid, '' AS title, '' AS text;
            CREATE TRIGGER articles_fts_sink INSTEAD OF INSERT ON articles_fts BEGIN SELECT 1; END;
            """;
        command.ExecuteNonQuery();
    }

    private static TimeSpan Elapsed(Process process, ref TimeSpan start)
    {
        process.Refresh();
        var now = process.TotalProcessorTime;
        var elapsed = now - start;
        start = now;
        return elapsed;
    }

    private static string Micro(TimeSpan time, int count) => (time.TotalMicroseconds / count).ToString("0", CultureInfo.InvariantCulture);
}
