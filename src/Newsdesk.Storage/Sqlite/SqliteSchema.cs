using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Newsdesk.Storage.Sqlite;

/// <summary>
/// The versioned schema of a Newsdesk SQLite database. <c>PRAGMA user_version</c> holds the version and
/// <c>PRAGMA application_id</c> marks the file as Newsdesk's. Migrations only go forward, each in its own transaction:
/// a database is always at one version or the next, never in between.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>"NWSD" as a big-endian integer: marks a SQLite file as a Newsdesk database.</summary>
    public const int ApplicationId = 0x4E575344;

    /// <summary>The migrations in order; the schema's version is their count.</summary>
    private static readonly string[] _migrations =
    [
        // 1: articles with every layer, FTS5 over title and text, entities, quotes and times for filters.
        """
        CREATE TABLE articles (
            rowid        INTEGER PRIMARY KEY,
            id           TEXT NOT NULL UNIQUE,            -- ArticleKey.Id: 16 hex digits, stable across databases
            article_key  TEXT NOT NULL,                   -- url:… or text:…
            source_id    TEXT NOT NULL,                   -- the id the input gave
            url          TEXT,
            title        TEXT,
            day          TEXT,                            -- publication day YYYY-MM-DD, for filters
            site         TEXT COLLATE NOCASE,
            language     TEXT,
            text         TEXT NOT NULL,
            content_hash TEXT NOT NULL,                   -- detects a changed article under the same key
            document     TEXT NOT NULL,                   -- DocumentJson without the text: metadata and layers
            stored_at    TEXT NOT NULL,
            updated_at   TEXT NOT NULL
        );
        CREATE INDEX articles_day ON articles(day);
        CREATE INDEX articles_site ON articles(site);
        CREATE INDEX articles_source ON articles(source_id);
        CREATE INDEX articles_url ON articles(url);

        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2');
        -- Merge segments less eagerly while inserting: measured 20% less processor time per article (docs/benchmarks.md).
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;

        CREATE TABLE entities (
            article   INTEGER NOT NULL,
            entity_id TEXT NOT NULL,
            type      TEXT NOT NULL,
            name      TEXT NOT NULL COLLATE NOCASE,
            mentions  INTEGER NOT NULL,
            PRIMARY KEY (article, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX entities_name ON entities(name, type);

        CREATE TABLE quotes (
            article        INTEGER NOT NULL,
            ordinal        INTEGER NOT NULL,
            start          INTEGER NOT NULL,
            end            INTEGER NOT NULL,
            direct         INTEGER NOT NULL,
            speaker        TEXT COLLATE NOCASE,           -- canonical name when resolved, else the mention
            speaker_entity TEXT COLLATE NOCASE,           -- canonical name of the speaker's entity
            source         TEXT COLLATE NOCASE,           -- canonical name of the relaying entity
            cue            TEXT,
            PRIMARY KEY (article, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX quotes_speaker ON quotes(speaker);
        CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity);

        CREATE TABLE quote_about (
            article INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            name    TEXT NOT NULL COLLATE NOCASE,          -- an entity mentioned inside the quote's content
            PRIMARY KEY (article, ordinal, name)
        ) WITHOUT ROWID;
        CREATE INDEX quote_about_name ON quote_about(name);

        CREATE TABLE times (
            article   INTEGER NOT NULL,
            ordinal   INTEGER NOT NULL,
            type      TEXT NOT NULL,
            value     TEXT NOT NULL,
            first_day TEXT,                               -- the calendar period the value names, when it names one
            last_day  TEXT,
            PRIMARY KEY (article, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX times_period ON times(first_day, last_day);
        """,

        // 2: two changes that cut the processor time of indexing an article by half (docs/benchmarks/foundation.md).
        // - The insert trigger goes: the store indexes a new row itself, with its own statement. Inside a transaction
        //   a statement that fires a trigger (RETURNING counts: SQLite implements it as one) and may abort (the unique
        //   id) opens a statement savepoint, and FTS5 answers every savepoint by writing its in-memory index out as a
        //   new segment: one segment per article, merged again and again. Plain INSERTs open no savepoint. (Updates
        //   and deletes keep their triggers: they are rare, and correctness matters more there than speed.)
        // - 'hashsize': FTS5 also writes its in-memory index out whenever it holds more than this (default 1 MB, about
        //   600 articles of 3 KB). 32 MB lets one segment hold a whole batch. Each commit still writes it out, so a
        //   transaction stays durable on its own; the setting only bounds memory.
        """
        DROP TRIGGER articles_fts_insert;
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 33554432);
        """,

        // 3: the words of a discontinuous quote (“…,” said X. “…”), whose start/end span covers its attribution too.
        """
        ALTER TABLE quotes ADD COLUMN content TEXT;   -- the pieces joined by ' … ' when discontinuous, else NULL
        """,
    ];

    public static int CurrentVersion => _migrations.Length;

    /// <summary>Brings the database up to <see cref="CurrentVersion"/>; the caller has checked it is not newer.</summary>
    public static void Migrate(SqliteConnection connection, int fromVersion)
    {
        var version = fromVersion;
        while (version < _migrations.Length)
        {
            // BEGIN IMMEDIATE, then read the version again inside the write lock: another process (an ingest and a
            // search started together) may have migrated the database since the caller read it.
            using var transaction = connection.BeginTransaction(deferred: false);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "PRAGMA user_version";
            var current = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (current == version)
            {
                command.CommandText = _migrations[version] +
                    $"\nPRAGMA application_id = {ApplicationId};\nPRAGMA user_version = {version + 1};";
                command.ExecuteNonQuery();
                transaction.Commit();
                current = version + 1;
            }

            version = current;
        }
    }
}
