using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Newsdesk.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, with an FTS5 index over title and text. Every batch is one
/// transaction, so an interrupted ingest (Ctrl-C, <c>kill -9</c>, power loss) leaves the database as it was after
/// the last committed batch, and running the ingest again completes it without duplicates. Not thread-safe: one
/// instance per thread.
/// </summary>
public sealed partial class SqliteArticleStore : IArticleStore
{
    private static readonly byte[] _sqliteHeader = "SQLite format 3\0"u8.ToArray();

    private readonly SqliteConnection _connection;

    private SqliteArticleStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the database at <paramref name="path"/>. With <paramref name="create"/> a missing file is created; without it
    /// a missing file is an error (read-only commands never create one). An older schema is migrated either way. Throws
    /// <see cref="StoreException"/>, having written nothing, when the file is not SQLite, is another program's
    /// database, or has a schema newer than this program.
    /// </summary>
    public static SqliteArticleStore Open(string path, bool create)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var exists = File.Exists(path);
        if (!exists && !create)
        {
            throw new StoreException($"{path}: no database here; run 'newsdesk ingest' first, or pass --db");
        }

        if (exists)
        {
            CheckHeader(path);
        }
        else if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) is { } directory && !Directory.Exists(directory))
        {
            throw new StoreException($"{path}: the folder {directory} does not exist");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            var version = Scalar<long>(connection, "PRAGMA user_version");
            var applicationId = Scalar<long>(connection, "PRAGMA application_id");
            if (version > 0 && applicationId != SqliteSchema.ApplicationId)
            {
                throw new StoreException($"{path}: a SQLite database, but not a Newsdesk one (application id {applicationId})");
            }

            if (version == 0 && Scalar<long>(connection, "SELECT count(*) FROM sqlite_master") > 0)
            {
                throw new StoreException($"{path}: a SQLite database of another program; Newsdesk will not write into it");
            }

            if (version > SqliteSchema.CurrentVersion)
            {
                throw new StoreException(
                    $"{path}: schema version {version} is newer than this newsdesk supports ({SqliteSchema.CurrentVersion}); upgrade newsdesk");
            }

            if (version == 0 && !create)
            {
                // An empty file, or one an ingest has only just created: reading commands never initialise one.
                throw new StoreException($"{path}: no Newsdesk database here yet; run 'newsdesk ingest' first, or pass --db");
            }

            if (version == 0)
            {
                // Only a new, empty file can take a page size. Rows of a few KB of text fill 16 KB pages better
                // than 4 KB ones (one article per page, a quarter of it empty): the database is smaller and
                // written faster (docs/benchmarks/foundation.md).
                Execute(connection, "PRAGMA page_size = 16384;");
            }

            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
            if (version < SqliteSchema.CurrentVersion)
            {
                // Every command migrates, reading ones too: the migrations are additive and take milliseconds, each
                // in its own transaction, and a user who upgraded newsdesk expects 'search' to work on the database
                // they already have rather than an instruction to ingest something first.
                SqliteSchema.Migrate(connection, (int)version);
            }

            return new SqliteArticleStore(connection, path);
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open the database: {exception.Message}", exception);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The schema version of the open database.</summary>
    public int SchemaVersion => (int)Scalar<long>(_connection, "PRAGMA user_version");

    /// <summary>
    /// Runs <c>PRAGMA integrity_check</c> and FTS5's own integrity check of the search index against the articles;
    /// returns "ok" for a sound database, else what is wrong.
    /// </summary>
    public string CheckIntegrity()
    {
        var pages = Scalar<string>(_connection, "PRAGMA integrity_check") ?? "";
        if (pages != "ok")
        {
            return pages;
        }

        try
        {
            Execute(_connection, "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1);");
            return "ok";
        }
        catch (SqliteException exception)
        {
            return "search index: " + exception.Message;
        }
    }

    public ValueTask DisposeAsync()
    {
        // Fold the WAL back into the main file so that the database is one file again after a clean exit.
        try
        {
            Execute(_connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        }
        catch (SqliteException)
        {
            // Another process holds the database; its own checkpoint will run.
        }

        _write?.Dispose();
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void CheckHeader(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (file.Length == 0)
        {
            return;
        }

        Span<byte> header = stackalloc byte[16];
        var read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        if (read < header.Length || !header.SequenceEqual(_sqliteHeader))
        {
            throw new StoreException($"{path}: not a SQLite database; Newsdesk will not overwrite it");
        }
    }

    private static T? Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
