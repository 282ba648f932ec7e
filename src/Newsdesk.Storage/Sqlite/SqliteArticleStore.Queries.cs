using System.Globalization;
using Microsoft.Data.Sqlite;
using Newsdesk.Documents;
using Newsdesk.Serialization;

namespace Newsdesk.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    public Task<StoredArticle?> GetAsync(string reference, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        reference = reference.Trim();
        const string Columns = "SELECT id, article_key, stored_at, updated_at, text, document, source_id FROM articles";
        var article = ReadArticle($"{Columns} WHERE id = $ref", reference)
            ?? (reference.Length is >= 4 and < 16 && reference.All(char.IsAsciiHexDigitLower)
                ? ReadUniquePrefix(reference)
                : null)
            ?? ReadArticle($"{Columns} WHERE source_id = $ref ORDER BY rowid LIMIT 1", reference)
            ?? ReadArticle($"{Columns} WHERE article_key = $ref", ArticleKey.NormalizeUrl(reference) is { } url ? "url:" + url : reference);
        return Task.FromResult(article);

        StoredArticle? ReadUniquePrefix(string prefix)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT id FROM articles WHERE id >= $low AND id < $high LIMIT 2";
            command.Parameters.AddWithValue("$low", prefix);
            command.Parameters.AddWithValue("$high", prefix + "g");
            using var reader = command.ExecuteReader();
            var ids = new List<string>();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }

            return ids.Count == 1 ? ReadArticle($"{Columns} WHERE id = $ref", ids[0]) : null;
        }
    }

    private StoredArticle? ReadArticle(string sql, string reference)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$ref", reference);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var text = reader.GetString(4);
        var document = DocumentJson.Read(reader.GetString(5));
        document = document with
        {
            Id = reader.GetString(6),
            Text = text,
            Source = document.Source with { Id = reader.GetString(6), Origin = reader.GetString(6), Content = text },
        };
        return new StoredArticle(
            reader.GetString(0),
            reader.GetString(1),
            DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
            document);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = FtsQuery.Build(query.Text);
        using var command = _connection.CreateCommand();
        var filters = Filters(command, query);
        if (match.Length == 0)
        {
            // No words: the filters alone select, newest first.
            command.CommandText = $"""
                SELECT a.id, a.title, a.document, a.site, a.url, substr(a.text, 1, 240), 0.0
                FROM articles a
                WHERE 1 = 1 {filters}
                ORDER BY a.day DESC, a.rowid DESC
                LIMIT $limit
                """;
        }
        else
        {
            // Rank first, then build snippets and read rows only for the hits kept: computing a snippet (or reading
            // the whole row) for every match before the sort made common words take hundreds of milliseconds.
            // The LIMIT keeps SQLite from flattening the ranking subquery into the outer join.
            // bm25 weights: a match in the title counts five times a match in the text.
            var filterJoin = filters.Length == 0 ? "" : "JOIN articles a ON a.rowid = articles_fts.rowid";
            command.CommandText = $"""
                SELECT a.id, a.title, a.document, a.site, a.url,
                       snippet(articles_fts, -1, $open, $close, '…', 24), top.score
                FROM (SELECT articles_fts.rowid AS rowid, bm25(articles_fts, 5.0, 1.0) AS score
                      FROM articles_fts {filterJoin}
                      WHERE articles_fts MATCH $match {filters}
                      ORDER BY score
                      LIMIT $limit) AS top
                JOIN articles_fts ON articles_fts.rowid = top.rowid
                JOIN articles a ON a.rowid = top.rowid
                WHERE articles_fts MATCH $match
                ORDER BY top.score
                """;
            command.Parameters.AddWithValue("$match", match);
            command.Parameters.AddWithValue("$open", SnippetMarks.Open);
            command.Parameters.AddWithValue("$close", SnippetMarks.Close);
        }

        command.Parameters.AddWithValue("$limit", Math.Max(1, query.Limit));
        var hits = new List<SearchHit>();
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var date = DateOf(reader.GetString(2));
                hits.Add(new SearchHit(
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    date,
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    reader.GetString(5),
                    -reader.GetDouble(6)));
            }
        }
        catch (SqliteException exception) when (exception.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase) || exception.Message.Contains("syntax", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreException($"search query not understood: {query.Text} ({exception.Message})", exception);
        }

        return Task.FromResult<IReadOnlyList<SearchHit>>(hits);
    }

    private static string Filters(SqliteCommand command, SearchQuery query)
    {
        var sql = new List<string>();
        if (query.From is { } from)
        {
            sql.Add("a.day >= $from");
            command.Parameters.AddWithValue("$from", Day(from));
        }

        if (query.To is { } to)
        {
            sql.Add("a.day <= $to");
            command.Parameters.AddWithValue("$to", Day(to));
        }

        if (!string.IsNullOrWhiteSpace(query.Site))
        {
            sql.Add("a.site = $site");
            command.Parameters.AddWithValue("$site", query.Site.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            sql.Add("EXISTS (SELECT 1 FROM entities e WHERE e.article = a.rowid AND e.name = $entity)");
            command.Parameters.AddWithValue("$entity", query.Entity.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.MentionsDate))
        {
            if (!TimexPeriod.TryParse(query.MentionsDate.Trim(), out var first, out var last))
            {
                throw new StoreException($"--mentions-date expects a calendar period such as 2021, 2021-01, 2021-01-08, 2021-W01 or 2021-Q1 (got '{query.MentionsDate}')");
            }

            sql.Add("EXISTS (SELECT 1 FROM times t WHERE t.article = a.rowid AND t.first_day <= $periodLast AND t.last_day >= $periodFirst)");
            command.Parameters.AddWithValue("$periodFirst", Day(first));
            command.Parameters.AddWithValue("$periodLast", Day(last));
        }

        return sql.Count == 0 ? "" : " AND " + string.Join(" AND ", sql);
    }

    // The full date (with time and offset) lives in the document JSON; the day column only serves filters.
    private static NewsDate? DateOf(string documentJson)
    {
        const string Marker = "\"date\":\"";
        var start = documentJson.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += Marker.Length;
        var end = documentJson.IndexOf('"', start);
        return end > start && NewsDate.TryParse(documentJson.AsSpan(start, end - start), out var date) ? date : null;
    }

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var statistics = new StoreStatistics(
            Count("SELECT count(*) FROM articles"),
            Count("SELECT count(DISTINCT name || '|' || type) FROM entities"),
            Count("SELECT count(*) FROM quotes"),
            Count("SELECT count(*) FROM times"),
            Groups("SELECT coalesce(site, 'unknown'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1"),
            Groups("SELECT coalesce(substr(day, 1, 7), 'unknown'), count(*) FROM articles GROUP BY 1 ORDER BY 1"),
            Groups("SELECT coalesce(language, 'unknown'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1"),
            SchemaVersion);
        return Task.FromResult(statistics);
    }

    public Task<IReadOnlyList<EntityCount>> GetEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var command = _connection.CreateCommand();
        var conditions = new List<string>();
        if (query.Type is { } type)
        {
            conditions.Add("e.type = $type");
            command.Parameters.AddWithValue("$type", type.ToCode());
        }

        AddDateRange(command, conditions, query.From, query.To);
        command.CommandText = $"""
            SELECT e.name, e.type, count(DISTINCT e.article) AS articles, sum(e.mentions)
            FROM entities e JOIN articles a ON a.rowid = e.article
            {(conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions))}
            GROUP BY e.name, e.type
            ORDER BY articles DESC, 4 DESC, e.name
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", Math.Max(1, query.Limit));
        var entities = new List<EntityCount>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var entityType = EntityTypeCodes.TryParse(reader.GetString(1), out var parsed) ? parsed : EntityType.Miscellaneous;
            entities.Add(new EntityCount(reader.GetString(0), entityType, reader.GetInt64(2), reader.GetInt64(3)));
        }

        return Task.FromResult<IReadOnlyList<EntityCount>>(entities);
    }

    public Task<IReadOnlyList<StoredQuote>> GetQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var command = _connection.CreateCommand();
        var conditions = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            conditions.Add("(q.speaker_entity = $speaker OR q.speaker = $speaker)");
            command.Parameters.AddWithValue("$speaker", query.Speaker.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.About))
        {
            conditions.Add("EXISTS (SELECT 1 FROM quote_about qa WHERE qa.article = q.article AND qa.ordinal = q.ordinal AND qa.name = $about)");
            command.Parameters.AddWithValue("$about", query.About.Trim());
        }

        AddDateRange(command, conditions, query.From, query.To);
        command.CommandText = $"""
            SELECT a.id, a.title, a.day, coalesce(q.content, substr(a.text, q.start + 1, q.end - q.start)), q.direct, q.speaker, q.speaker_entity, q.source, q.cue
            FROM quotes q JOIN articles a ON a.rowid = q.article
            {(conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions))}
            ORDER BY a.day DESC, a.rowid, q.ordinal
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", Math.Max(1, query.Limit));
        var quotes = new List<StoredQuote>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            quotes.Add(new StoredQuote(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3),
                reader.GetInt64(4) != 0,
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return Task.FromResult<IReadOnlyList<StoredQuote>>(quotes);
    }

    private static void AddDateRange(SqliteCommand command, List<string> conditions, DateOnly? from, DateOnly? to)
    {
        if (from is { } start)
        {
            conditions.Add("a.day >= $from");
            command.Parameters.AddWithValue("$from", Day(start));
        }

        if (to is { } end)
        {
            conditions.Add("a.day <= $to");
            command.Parameters.AddWithValue("$to", Day(end));
        }
    }

    private long Count(string sql) => Scalar<long>(_connection, sql);

    private List<KeyValuePair<string, long>> Groups(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var groups = new List<KeyValuePair<string, long>>();
        while (reader.Read())
        {
            groups.Add(new(reader.GetString(0), reader.GetInt64(1)));
        }

        return groups;
    }
}
