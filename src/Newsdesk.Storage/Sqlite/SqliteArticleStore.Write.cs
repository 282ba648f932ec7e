using System.Globalization;
using Microsoft.Data.Sqlite;
using Newsdesk.Documents;

namespace Newsdesk.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    private WriteCommands? _write;

    public Task<WriteSummary> WriteAsync(IReadOnlyList<Document> batch, CancellationToken cancellationToken = default) =>
        WriteAsync(PreparedBatch.Prepare(batch), cancellationToken);

    public Task<WriteSummary> WriteAsync(PreparedBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        cancellationToken.ThrowIfCancellationRequested();
        _write ??= new WriteCommands(_connection);

        var summary = new WriteSummary();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        using var transaction = _connection.BeginTransaction();
        _write.Enlist(transaction);
        foreach (var article in batch.Articles)
        {
            if (article is null)
            {
                summary += new WriteSummary(0, 0, 0, 1);
                continue;
            }

            if (!seen.Add(article.Id))
            {
                summary += new WriteSummary(0, 0, 1);
                continue;
            }

            var existing = _write.Find(article.Id);
            if (existing is { } found && found.Hash == article.Hash)
            {
                summary += new WriteSummary(0, 0, 1);
                continue;
            }

            long rowid;
            if (existing is { } changed)
            {
                rowid = changed.RowId;
                _write.Update(rowid, article, now);
                _write.DeleteLayers(rowid);
                summary += new WriteSummary(0, 1, 0);
            }
            else
            {
                rowid = _write.Insert(article, now);
                summary += new WriteSummary(1, 0, 0);
            }

            _write.InsertLayers(rowid, article.Document);
        }

        transaction.Commit();
        _write.Enlist(null);
        return Task.FromResult(summary);
    }

    /// <summary>The prepared statements of a write, reused across batches.</summary>
    private sealed class WriteCommands : IDisposable
    {
        private readonly SqliteCommand _find;
        private readonly SqliteCommand _insert;
        private readonly SqliteCommand _lastRowId;
        private readonly SqliteCommand _index;
        private readonly SqliteCommand _update;
        private readonly SqliteCommand _deleteLayers;
        private readonly SqliteCommand _insertEntity;
        private readonly SqliteCommand _insertQuote;
        private readonly SqliteCommand _insertAbout;
        private readonly SqliteCommand _insertTime;

        public WriteCommands(SqliteConnection connection)
        {
            _find = Command(connection, "SELECT rowid, content_hash FROM articles WHERE id = $id", "$id");
            _insert = Command(connection,
                """
                INSERT INTO articles (id, article_key, source_id, url, title, day, site, language, text, content_hash, document, stored_at, updated_at)
                VALUES ($id, $key, $source, $url, $title, $day, $site, $language, $text, $hash, $document, $now, $now)
                """,
                "$id", "$key", "$source", "$url", "$title", "$day", "$site", "$language", "$text", "$hash", "$document", "$now");
            // Not a trigger, and no RETURNING above (SQLite implements RETURNING as a trigger): see migration 2 in
            // SqliteSchema (a statement with a trigger made FTS5 write one segment per article).
            _lastRowId = Command(connection, "SELECT last_insert_rowid()");
            _index = Command(connection, "INSERT INTO articles_fts (rowid, title, text) VALUES ($rowid, $title, $text)", "$rowid", "$title", "$text");
            _update = Command(connection,
                """
                UPDATE articles SET source_id = $source, url = $url, title = $title, day = $day, site = $site, language = $language,
                    text = $text, content_hash = $hash, document = $document, updated_at = $now
                WHERE rowid = $rowid
                """,
                "$rowid", "$source", "$url", "$title", "$day", "$site", "$language", "$text", "$hash", "$document", "$now");
            _deleteLayers = Command(connection,
                """
                DELETE FROM entities WHERE article = $rowid;
                DELETE FROM quotes WHERE article = $rowid;
                DELETE FROM quote_about WHERE article = $rowid;
                DELETE FROM times WHERE article = $rowid;
                """, "$rowid");
            _insertEntity = Command(connection,
                "INSERT INTO entities (article, entity_id, type, name, mentions) VALUES ($article, $id, $type, $name, $mentions)",
                "$article", "$id", "$type", "$name", "$mentions");
            _insertQuote = Command(connection,
                """
                INSERT INTO quotes (article, ordinal, start, end, direct, speaker, speaker_entity, source, cue, content)
                VALUES ($article, $ordinal, $start, $end, $direct, $speaker, $speakerEntity, $source, $cue, $content)
                """,
                "$article", "$ordinal", "$start", "$end", "$direct", "$speaker", "$speakerEntity", "$source", "$cue", "$content");
            _insertAbout = Command(connection,
                "INSERT OR IGNORE INTO quote_about (article, ordinal, name) VALUES ($article, $ordinal, $name)",
                "$article", "$ordinal", "$name");
            _insertTime = Command(connection,
                "INSERT INTO times (article, ordinal, type, value, first_day, last_day) VALUES ($article, $ordinal, $type, $value, $first, $last)",
                "$article", "$ordinal", "$type", "$value", "$first", "$last");
        }

        private SqliteCommand[] All => [_find, _insert, _lastRowId, _index, _update, _deleteLayers, _insertEntity, _insertQuote, _insertAbout, _insertTime];

        public void Enlist(SqliteTransaction? transaction)
        {
            foreach (var command in All)
            {
                command.Transaction = transaction;
            }
        }

        public void Dispose()
        {
            foreach (var command in All)
            {
                command.Dispose();
            }
        }

        public (long RowId, string Hash)? Find(string id)
        {
            _find.Parameters["$id"].Value = id;
            using var reader = _find.ExecuteReader();
            return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
        }

        public long Insert(PreparedArticle article, string now)
        {
            _insert.Parameters["$id"].Value = article.Id;
            _insert.Parameters["$key"].Value = article.Key;
            SetArticle(_insert, article, now);
            _insert.ExecuteNonQuery();
            var rowid = (long)_lastRowId.ExecuteScalar()!;
            _index.Parameters["$rowid"].Value = rowid;
            _index.Parameters["$title"].Value = (object?)article.Document.Metadata.Title ?? DBNull.Value;
            _index.Parameters["$text"].Value = article.Document.Text;
            _index.ExecuteNonQuery();
            return rowid;
        }

        public void Update(long rowid, PreparedArticle article, string now)
        {
            _update.Parameters["$rowid"].Value = rowid;
            SetArticle(_update, article, now);
            _update.ExecuteNonQuery();
        }

        public void DeleteLayers(long rowid)
        {
            _deleteLayers.Parameters["$rowid"].Value = rowid;
            _deleteLayers.ExecuteNonQuery();
        }

        public void InsertLayers(long rowid, Document document)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entity in document.Entities)
            {
                names[entity.Id] = entity.Name;
                _insertEntity.Parameters["$article"].Value = rowid;
                _insertEntity.Parameters["$id"].Value = entity.Id;
                _insertEntity.Parameters["$type"].Value = entity.Type.ToCode();
                _insertEntity.Parameters["$name"].Value = entity.Name;
                _insertEntity.Parameters["$mentions"].Value = entity.Mentions.Length;
                _insertEntity.ExecuteNonQuery();
            }

            for (var ordinal = 0; ordinal < document.Quotes.Length; ordinal++)
            {
                var quote = document.Quotes[ordinal];
                var speakerEntity = quote.Speaker?.EntityId is { } speakerId ? names.GetValueOrDefault(speakerId) : null;
                var speaker = speakerEntity ?? (quote.Speaker is { } s && s.Mention.FitsIn(document.Text.Length) ? s.Mention.ToString(document.Text) : null);
                _insertQuote.Parameters["$article"].Value = rowid;
                _insertQuote.Parameters["$ordinal"].Value = ordinal;
                _insertQuote.Parameters["$start"].Value = quote.Content.Start;
                _insertQuote.Parameters["$end"].Value = quote.Content.End;
                _insertQuote.Parameters["$direct"].Value = quote.Direct ? 1 : 0;
                _insertQuote.Parameters["$speaker"].Value = (object?)speaker ?? DBNull.Value;
                _insertQuote.Parameters["$speakerEntity"].Value = (object?)speakerEntity ?? DBNull.Value;
                _insertQuote.Parameters["$source"].Value = quote.SourceEntityId is { } sourceId && names.TryGetValue(sourceId, out var source) ? source : DBNull.Value;
                _insertQuote.Parameters["$cue"].Value = quote.Cue is { } cue && cue.FitsIn(document.Text.Length) ? cue.ToString(document.Text) : DBNull.Value;
                _insertQuote.Parameters["$content"].Value = quote.IsDiscontinuous && quote.Pieces.All(p => p.FitsIn(document.Text.Length))
                    ? quote.Words(document.Text)
                    : DBNull.Value;
                _insertQuote.ExecuteNonQuery();

                // What the quote is about: entities named in its words, not in the attribution between its pieces.
                var pieces = quote.Pieces;
                foreach (var entity in document.Entities)
                {
                    if (entity.Id != quote.Speaker?.EntityId && entity.Mentions.Any(m => pieces.Any(p => p.Contains(m))))
                    {
                        _insertAbout.Parameters["$article"].Value = rowid;
                        _insertAbout.Parameters["$ordinal"].Value = ordinal;
                        _insertAbout.Parameters["$name"].Value = entity.Name;
                        _insertAbout.ExecuteNonQuery();
                    }
                }
            }

            for (var ordinal = 0; ordinal < document.Times.Length; ordinal++)
            {
                var time = document.Times[ordinal];
                var hasPeriod = TimexPeriod.TryParse(time.Value, out var first, out var last);
                _insertTime.Parameters["$article"].Value = rowid;
                _insertTime.Parameters["$ordinal"].Value = ordinal;
                _insertTime.Parameters["$type"].Value = time.Type.ToName();
                _insertTime.Parameters["$value"].Value = time.Value;
                _insertTime.Parameters["$first"].Value = hasPeriod ? Day(first) : DBNull.Value;
                _insertTime.Parameters["$last"].Value = hasPeriod ? Day(last) : DBNull.Value;
                _insertTime.ExecuteNonQuery();
            }
        }

        private static void SetArticle(SqliteCommand command, PreparedArticle article, string now)
        {
            var document = article.Document;
            var metadata = document.Metadata;
            command.Parameters["$source"].Value = document.Id;
            command.Parameters["$url"].Value = (object?)metadata.IdentityUrl ?? DBNull.Value;
            command.Parameters["$title"].Value = (object?)metadata.Title ?? DBNull.Value;
            command.Parameters["$day"].Value = metadata.Date is { } date ? Day(date.Day) : DBNull.Value;
            command.Parameters["$site"].Value = (object?)metadata.Site ?? DBNull.Value;
            command.Parameters["$language"].Value = (object?)metadata.Language ?? DBNull.Value;
            command.Parameters["$text"].Value = document.Text;
            command.Parameters["$hash"].Value = article.Hash;
            command.Parameters["$document"].Value = article.Layers;
            command.Parameters["$now"].Value = now;
        }

        private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var parameter in parameters)
            {
                command.Parameters.Add(new SqliteParameter(parameter, null));
            }

            return command;
        }
    }

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
