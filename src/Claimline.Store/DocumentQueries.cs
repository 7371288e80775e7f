using System.Data.Common;
using Claimline.Model;
using Claimline.Serialization;
using Claimline.Store.Backends;

namespace Claimline.Store;

/// <summary>A stored document: its row id, the near-duplicate link, and the document with all its layers.</summary>
public sealed record StoredDocument(long Id, long? DuplicateOf, Document Document)
{
    /// <summary>When the store took the document in (ISO 8601, UTC), when read from the store.</summary>
    public string? IngestedAt { get; init; }
}

/// <summary>A line of a document list: what a reader needs to pick a document.</summary>
public sealed record DocumentSummary(long Id, string Key, string? Title, string? Published, string? Source, int Words, long? DuplicateOf);

/// <summary>A referent summed over the store: how many documents speak of it and how often.</summary>
public sealed record EntitySummary(string Key, string Kind, string Canonical, string? Country, int Documents, int Mentions, string? Roles);

/// <summary>A place or country on the map: where it is and how many documents speak of it.</summary>
public sealed record PlaceSummary(string Key, string Kind, string Canonical, string? Country, double Latitude, double Longitude, int Documents, int Mentions);

/// <summary>A stored quote with its document.</summary>
public sealed record QuoteRow(long Id, long Document, string DocumentKey, string? Published, string Kind, string? Speaker, string? SpeakerKey, string? Cue, string? Date, double Confidence, string Text);

/// <summary>One full-text search hit, with a snippet around the match.</summary>
public sealed record SearchHit(long Id, string Key, string? Title, string? Published, string Snippet);

/// <summary>Read-side queries over the store. All are paged or streamed: none loads a whole table.</summary>
public sealed partial class DocumentQueries
{
    private readonly DbConnection _connection;
    private readonly StoreDialect _dialect;

    internal DocumentQueries(DbConnection connection, StoreDialect dialect)
    {
        _connection = connection;
        _dialect = dialect;
    }

    public long CountDocuments() => (long)Scalar("SELECT count(*) FROM documents")!;

    public bool ContainsText(string contentHash)
        => Scalar("SELECT 1 FROM documents WHERE content_hash = @h", ("@h", contentHash)) is not null;

    /// <summary>
    /// Full-text search over titles and texts (SQLite: FTS5 ranked by BM25; PostgreSQL: a tsvector ranked by
    /// <c>ts_rank_cd</c>). Every word of <paramref name="text"/> must occur; operators in user input are taken as words.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string text, int limit = 20, int offset = 0)
    {
        var query = _dialect.SearchText(text);
        if (query.Length == 0)
        {
            return [];
        }

        using var command = Command(_dialect.SearchSql, ("@q", query), ("@limit", limit), ("@offset", offset));
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            hits.Add(new SearchHit(reader.GetInt64(0), reader.GetString(1), reader.NullableString(2), reader.NullableString(3), reader.GetString(4)));
        }

        return hits;
    }

    /// <summary>Documents newest first by publication date (then by storage order), one page at a time.</summary>
    public IReadOnlyList<DocumentSummary> List(int limit = 50, int offset = 0)
    {
        using var command = Command(
            """
            SELECT id, doc_key, title, published, source, words, duplicate_of FROM documents
            ORDER BY published IS NULL, published DESC, id DESC LIMIT @limit OFFSET @offset
            """,
            ("@limit", limit), ("@offset", offset));
        using var reader = command.ExecuteReader();
        return ReadSummaries(reader);
    }

    /// <summary>
    /// The referents the most documents speak of (then the most mentioned), optionally of one kind. The canonical
    /// name shown is the longest any document gave for the key.
    /// </summary>
    public IReadOnlyList<EntitySummary> TopEntities(string? kind = null, int limit = 20, int offset = 0)
    {
        using var command = Command(
            """
            SELECT key, max(kind), max(canonical), max(country), count(DISTINCT document) AS docs, sum(mentions) AS total, max(roles)
            FROM referents WHERE @kind IS NULL OR kind = @kind
            GROUP BY key ORDER BY docs DESC, total DESC, key LIMIT @limit OFFSET @offset
            """,
            ("@kind", kind), ("@limit", limit), ("@offset", offset));
        using var reader = command.ExecuteReader();
        var list = new List<EntitySummary>();
        while (reader.Read())
        {
            list.Add(new EntitySummary(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.NullableString(3), reader.Int(4), reader.Int(5), reader.NullableString(6)));
        }

        return list;
    }

    /// <summary>Countries and places with coordinates, by the number of documents that speak of them.</summary>
    public IReadOnlyList<PlaceSummary> Places(int limit = 500)
    {
        using var command = Command(
            """
            SELECT key, max(kind), max(canonical), max(country), avg(lat), avg(lng), count(DISTINCT document) AS docs, sum(mentions) AS total
            FROM referents WHERE lat IS NOT NULL AND lng IS NOT NULL
            GROUP BY key ORDER BY docs DESC, total DESC, key LIMIT @limit
            """,
            ("@limit", limit));
        using var reader = command.ExecuteReader();
        var list = new List<PlaceSummary>();
        while (reader.Read())
        {
            list.Add(new PlaceSummary(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.NullableString(3),
                reader.GetDouble(4), reader.GetDouble(5), reader.Int(6), reader.Int(7)));
        }

        return list;
    }

    /// <summary>One entity by key, summed over the store (all the roles the documents gave it, joined), or null.</summary>
    public EntitySummary? Entity(string key)
    {
        using var command = Command(
            $"""
            SELECT key, max(kind), max(canonical), max(country), count(DISTINCT document), sum(mentions), {_dialect.DistinctList("roles")}
            FROM referents WHERE key = @key GROUP BY key
            """,
            ("@key", key));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new EntitySummary(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.NullableString(3), reader.Int(4), reader.Int(5), reader.NullableString(6))
            : null;
    }

    /// <summary>The documents that name an entity, newest first.</summary>
    public IReadOnlyList<DocumentSummary> DocumentsMentioning(string key, int limit = 50, int offset = 0)
    {
        using var command = Command(
            """
            SELECT d.id, d.doc_key, d.title, d.published, d.source, d.words, d.duplicate_of FROM documents d
            WHERE d.id IN (SELECT document FROM referents WHERE key = @key)
            ORDER BY d.published IS NULL, d.published DESC, d.id DESC LIMIT @limit OFFSET @offset
            """,
            ("@key", key), ("@limit", limit), ("@offset", offset));
        using var reader = command.ExecuteReader();
        return ReadSummaries(reader);
    }

    /// <summary>
    /// Quotes, newest statement first; filtered by speaker (a part of the name, any case), by the speaker's referent
    /// key (exact: <c>person:lloyd-austin</c>), by words of the quote (full-text) and by the least confidence of its
    /// attribution (docs/quotes.md says what each confidence was measured as).
    /// </summary>
    public IReadOnlyList<QuoteRow> Quotes(string? speaker = null, string? text = null, int limit = 50, int offset = 0, string? speakerKey = null, double minConfidence = 0)
    {
        var match = text is null ? "" : _dialect.SearchText(text);
        using var command = Command(
            $"""
            SELECT q.id, q.document, d.doc_key, d.published, q.kind, q.speaker, q.speaker_key, q.cue, q.date, q.confidence, q.text
            FROM quotes q JOIN documents d ON d.id = q.document
            WHERE (@speaker IS NULL OR instr(lower(q.speaker), lower(@speaker)) > 0)
            AND (@key IS NULL OR q.speaker_key = @key)
            AND q.confidence >= @min
            {(match.Length == 0 ? "" : "AND " + _dialect.QuoteMatch)}
            ORDER BY coalesce(q.date, d.published) DESC NULLS LAST, q.id LIMIT @limit OFFSET @offset
            """,
            ("@speaker", speaker), ("@key", speakerKey), ("@match", match), ("@limit", limit), ("@offset", offset), ("@min", minConfidence));
        using var reader = command.ExecuteReader();
        var list = new List<QuoteRow>();
        while (reader.Read())
        {
            list.Add(new QuoteRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.NullableString(3), reader.GetString(4),
                reader.NullableString(5), reader.NullableString(6), reader.NullableString(7), reader.NullableString(8), reader.GetDouble(9), reader.GetString(10)));
        }

        return list;
    }

    /// <summary>A document by row id (digits) or by its key; for a key shared by several documents, the first stored.</summary>
    public StoredDocument? Get(string idOrKey)
    {
        var byId = long.TryParse(idOrKey, out var id);
        using var command = Command(
            byId
                ? "SELECT id, duplicate_of, text, annotations, ingested_at FROM documents WHERE id = @v"
                : "SELECT id, duplicate_of, text, annotations, ingested_at FROM documents WHERE doc_key = @v ORDER BY id LIMIT 1",
            ("@v", byId ? id : idOrKey));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>
    /// All documents in storage order, streamed a page at a time (by id, from where the last page stopped): no reader
    /// stays open between pages, so the caller may run other queries on this store while it iterates (a PostgreSQL
    /// connection runs one command at a time).
    /// </summary>
    public IEnumerable<StoredDocument> All()
    {
        const int Page = 16;
        var after = long.MinValue;
        while (true)
        {
            var page = new List<StoredDocument>(Page);
            using (var command = Command("SELECT id, duplicate_of, text, annotations, ingested_at FROM documents WHERE id > @after ORDER BY id LIMIT @page", ("@after", after), ("@page", Page)))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    page.Add(Read(reader));
                }
            }

            foreach (var document in page)
            {
                yield return document;
            }

            if (page.Count < Page)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    /// <summary>The inputs that ingest runs could not read or analyze, newest first.</summary>
    public IReadOnlyList<(string Origin, string Message, string At)> Errors(int limit = 100)
    {
        using var command = Command("SELECT origin, message, at FROM ingest_errors ORDER BY id DESC LIMIT @limit", ("@limit", limit));
        using var reader = command.ExecuteReader();
        var errors = new List<(string, string, string)>();
        while (reader.Read())
        {
            errors.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return errors;
    }

    /// <summary>Rows of (id, doc_key, title, published, source, words, duplicate_of) as document summaries.</summary>
    private static List<DocumentSummary> ReadSummaries(DbDataReader reader)
    {
        var list = new List<DocumentSummary>();
        while (reader.Read())
        {
            list.Add(new DocumentSummary(
                reader.GetInt64(0), reader.GetString(1), reader.NullableString(2), reader.NullableString(3), reader.NullableString(4),
                reader.Int(5), reader.IsDBNull(6) ? null : reader.GetInt64(6)));
        }

        return list;
    }

    private static StoredDocument Read(DbDataReader reader)
    {
        var document = DocumentJson.Deserialize(reader.GetString(3), reader.GetString(2));
        return new StoredDocument(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), document) { IngestedAt = reader.NullableString(4) };
    }

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters) => _connection.Command(sql, parameters);

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters) => _connection.Scalar(sql, parameters);
}
