using System.Data.Common;
using System.Globalization;
using Claimline.Events.Cameo;
using Claimline.Export;
using Claimline.Model;
using Claimline.Serialization;
using Claimline.Store.Backends;
using Claimline.Structure;
using Claimline.Text;

namespace Claimline.Store;

/// <summary>What happened to a document offered to the store.</summary>
public enum StoreOutcome
{
    /// <summary>Stored as a new document.</summary>
    Stored,

    /// <summary>Stored, and linked to an earlier near-identical document (the same story republished).</summary>
    StoredNearDuplicate,

    /// <summary>Not stored: the exact same text is already in the store.</summary>
    AlreadyStored,
}

/// <summary>The result of <see cref="DocumentWriter.Add(Claimline.Model.Document)"/>: the outcome, the document's row id, and for a near-duplicate the row it duplicates.</summary>
public readonly record struct StoreResult(StoreOutcome Outcome, long Id, long? DuplicateOf);

/// <summary>
/// An analyzed document with what its row needs that takes CPU (content hash, word count, SimHash, title, the
/// annotations' JSON), computed by <see cref="DocumentWriter.Prepare(Document)"/> outside the writer.
/// </summary>
public sealed record PreparedDocument(Document Document, string Hash, int Words, ulong SimHash, string? Title, string Annotations);

/// <summary>
/// Writes analyzed documents, each in its own transaction: the document row with its full annotations, the
/// structure tables, the full-text index and the near-duplicate bands. Re-adding the same text changes nothing, also
/// when several writers (processes, machines) offer the same text at once: <c>documents.content_hash</c> is unique and
/// the row is inserted with <c>ON CONFLICT DO NOTHING</c>, so the second writer finds the first one's row and reports
/// <see cref="StoreOutcome.AlreadyStored"/>. The SQL is the same for both backends; the dialect decides how many rows
/// one INSERT carries (one prepared row at a time in SQLite, multi-row INSERTs in PostgreSQL).
/// </summary>
public sealed class DocumentWriter : IDisposable
{
    /// <summary>How often a transaction that met a transient failure (a deadlock with another writer) is tried in all.</summary>
    private const int Attempts = 3;

    private readonly DbConnection _connection;
    private readonly StoreDialect _dialect;

    // Prepared once, bound per row: re-preparing each INSERT costs more than running it.
    private readonly Dictionary<string, DbCommand> _statements = new(StringComparer.Ordinal);

    // The text of the recurring multi-row INSERTs, built once per (table, columns, suffix, rows).
    private readonly Dictionary<(string, string, string, int), string> _insertSql = [];

    internal DocumentWriter(DbConnection connection, StoreDialect dialect)
    {
        _connection = connection;
        _dialect = dialect;
    }

    /// <summary>
    /// Stores one analyzed document in one transaction, or finds it already stored (by the SHA-256 of its text). This
    /// is the one write a queue worker needs: running it again for the same document changes nothing.
    /// </summary>
    public StoreResult Add(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = ContentFingerprint.ContentHash(document.Text);

        // A text stored already costs one indexed look, not the work below (a resumed ingest, a redelivered message).
        if (Scalar(null, "SELECT id FROM documents WHERE content_hash = @h", ("@h", hash)) is long stored)
        {
            return new StoreResult(StoreOutcome.AlreadyStored, stored, null);
        }

        // The CPU work (the annotations' JSON, the SimHash) is done before the transaction: on SQLite the transaction
        // holds the file's one write lock, which every other writer (worker processes) waits for.
        return Add(PrepareRow(document, hash));
    }

    /// <summary>
    /// Does the CPU work of storing a document (its content hash, the annotations' JSON, the SimHash) on the calling
    /// thread, so that an ingest's analysis workers do it in parallel and its one writer thread only writes
    /// (<see cref="Add(PreparedDocument)"/>).
    /// </summary>
    public static PreparedDocument Prepare(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return PrepareRow(document, ContentFingerprint.ContentHash(document.Text));
    }

    /// <summary>As <see cref="Prepare(Document)"/>, with the text's content hash already computed (<see cref="ContentFingerprint.ContentHash"/>).</summary>
    public static PreparedDocument Prepare(Document document, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        return PrepareRow(document, contentHash);
    }

    /// <summary>Stores a document prepared with <see cref="Prepare(Document)"/>, as <see cref="Add(Document)"/> does.</summary>
    public StoreResult Add(PreparedDocument prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return AddOnce(prepared.Document, prepared);
            }
            catch (Exception e) when (attempt < Attempts && _dialect.IsTransient(e))
            {
                // The transaction was rolled back whole; run it again.
            }
        }
    }

    private static PreparedDocument PrepareRow(Document document, string hash)
    {
        var tokens = document.Get(Layers.Tokens);
        return new PreparedDocument(
            document,
            hash,
            TextStatistics.CountWords(tokens),
            ContentFingerprint.SimHash(document.Text, tokens),
            document.Meta.Title ?? Headline(document),
            DocumentJson.SerializeAnnotations(document));
    }

    private StoreResult AddOnce(Document document, PreparedDocument prepared)
    {
        var (_, hash, words, simHash, title, annotations) = prepared;
        using var transaction = _connection.BeginTransaction();
        if (Scalar(transaction, "SELECT id FROM documents WHERE content_hash = @h", ("@h", hash)) is long existing)
        {
            return new StoreResult(StoreOutcome.AlreadyStored, existing, null);
        }

        long? duplicateOf = words >= ContentFingerprint.MinWordsForNearDuplicate ? FindNearDuplicate(transaction, simHash) : null;
        var meta = document.Meta;
        // Another writer may have stored the same text since the look above: its row wins, this one inserts nothing.
        if (Scalar(
            transaction,
            """
            INSERT INTO documents (doc_key, content_hash, simhash, duplicate_of, source, url, title, published, language, origin, words, text, annotations, ingested_at)
            VALUES (@key, @hash, @sim, @dup, @source, @url, @title, @published, @language, @origin, @words, @text, @annotations, @at)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id
            """,
            ("@key", meta.Id), ("@hash", hash), ("@sim", unchecked((long)simHash)), ("@dup", duplicateOf), ("@source", meta.Source),
            ("@url", meta.Url), ("@title", title), ("@published", meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@language", meta.Language), ("@origin", meta.Origin), ("@words", words), ("@text", document.Text),
            ("@annotations", annotations), ("@at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture))) is not long id)
        {
            var stored = (long)Scalar(transaction, "SELECT id FROM documents WHERE content_hash = @h", ("@h", hash))!;
            return new StoreResult(StoreOutcome.AlreadyStored, stored, null);
        }

        if (words >= ContentFingerprint.MinWordsForNearDuplicate)
        {
            var bands = Rows(transaction, "simhash_bands", "band, value, document", "ON CONFLICT DO NOTHING");
            foreach (var (band, value) in ContentFingerprint.Bands(simHash))
            {
                bands.Add(band, value, id);
            }

            bands.Flush();
        }

        WriteStructure(transaction, id, document);
        foreach (var sql in _dialect.AfterDocument)
        {
            Execute(transaction, sql, ("@d", id));
        }

        transaction.Commit();
        return new StoreResult(duplicateOf is null ? StoreOutcome.Stored : StoreOutcome.StoredNearDuplicate, id, duplicateOf);
    }

    /// <summary>
    /// Fills the tables a schema upgrade added for documents stored before it (listed in <c>backfill_pending</c> for
    /// schema 3, <c>backfill_events_pending</c> for schema 4), from their stored annotations, one transaction per
    /// document. Returns how many were filled.
    /// </summary>
    internal int BackfillPending(DocumentQueries queries)
        => Backfill(queries, "backfill_pending", WriteReferenceTables) + Backfill(queries, "backfill_events_pending", WriteEvents);

    private int Backfill(DocumentQueries queries, string table, Action<DbTransaction, long, Document> write)
    {
        var pending = new List<long>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = $"SELECT document FROM {table} ORDER BY document";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                pending.Add(reader.GetInt64(0));
            }
        }

        foreach (var id in pending)
        {
            var stored = queries.Get(id.ToString(CultureInfo.InvariantCulture));
            using var transaction = _connection.BeginTransaction();

            // Another process opening the same store (several workers) may have filled it meanwhile: the row's
            // deletion decides, under the write lock (SQLite) or the row lock (PostgreSQL), which one fills it.
            if (Execute(transaction, $"DELETE FROM {table} WHERE document = @d", ("@d", id)) == 1 && stored is not null)
            {
                write(transaction, id, stored.Document);
            }

            transaction.Commit();
        }

        return pending.Count;
    }

    /// <summary>Records an input that could not be read or analyzed, so that a later look at the store shows it.</summary>
    public void LogError(string origin, string message)
    {
        using var transaction = _connection.BeginTransaction();
        Execute(transaction, "INSERT INTO ingest_errors (origin, message, at) VALUES (@o, @m, @at)",
            ("@o", origin), ("@m", message), ("@at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        transaction.Commit();
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
    }

    private long? FindNearDuplicate(DbTransaction transaction, ulong simHash)
    {
        var bands = ContentFingerprint.Bands(simHash).Select(b => ($"@b{b.Band}", (object?)b.Value)).ToArray();
        var command = Statement(
            transaction,
            """
            SELECT DISTINCT d.id, d.simhash, d.duplicate_of FROM simhash_bands b JOIN documents d ON d.id = b.document
            WHERE (b.band = 0 AND b.value = @b0) OR (b.band = 1 AND b.value = @b1) OR (b.band = 2 AND b.value = @b2) OR (b.band = 3 AND b.value = @b3)
            ORDER BY d.id
            """,
            bands);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (ContentFingerprint.Distance(unchecked((ulong)reader.GetInt64(1)), simHash) <= ContentFingerprint.NearDuplicateDistance)
            {
                // Link to the first copy of the story, not to another duplicate of it.
                return reader.IsDBNull(2) ? reader.GetInt64(0) : reader.GetInt64(2);
            }
        }

        return null;
    }

    private void WriteStructure(DbTransaction transaction, long id, Document document)
    {
        if (document.TryGet(Layers.Sections, out var sections))
        {
            var rows = Rows(transaction, "sections", "document, kind, story, start, \"end\"");
            foreach (var s in sections)
            {
                rows.Add(id, JsonNamingPolicyName(s.Kind.ToString()), s.Story, s.Span.Start, s.Span.End);
            }

            rows.Flush();
        }

        if (document.TryGet(Layers.Datelines, out var datelines))
        {
            var rows = Rows(transaction, "datelines", "document, story, place, region, agency, start, \"end\"");
            foreach (var d in datelines)
            {
                rows.Add(id, d.Story, d.Place, d.Region, d.Agency, d.Span.Start, d.Span.End);
            }

            rows.Flush();
        }

        if (document.TryGet(Layers.Referents, out var referents))
        {
            var rows = Rows(transaction, "referents", "document, key, kind, canonical, country, mentions, roles, lat, lng, start, \"end\"");
            foreach (var r in referents)
            {
                rows.Add(id, r.Key, JsonNamingPolicyName(r.Kind.ToString()), r.Canonical, r.Country, r.Mentions.Count,
                    r.Roles.Count == 0 ? null : string.Join("; ", r.Roles.Select(x => x.Title)), r.Location?.Latitude, r.Location?.Longitude, r.Span.Start, r.Span.End);
            }

            rows.Flush();
        }

        if (document.TryGet(Layers.Quotes, out var quotes))
        {
            var rows = Rows(transaction, "quotes", "document, kind, cue, speaker, speaker_key, speaker_kind, date, confidence, start, \"end\", text");
            foreach (var q in quotes)
            {
                var text = string.Join(" … ", q.Content.Select(c => c.Of(document.Text)));
                rows.Add(id, JsonNamingPolicyName(q.Kind.ToString()), q.CueLemma, q.SpeakerCanonical ?? q.ResolvedText ?? q.SpeakerText, q.SpeakerKey,
                    q.SpeakerKind is { } kind ? JsonNamingPolicyName(kind.ToString()) : null, q.Date, q.Confidence, q.Span.Start, q.Span.End, text);
            }

            rows.Flush();
        }

        WriteReferenceTables(transaction, id, document);
        WriteEvents(transaction, id, document);

        if (document.TryGet(Layers.Sentences, out var sentences))
        {
            var rows = Rows(transaction, "sentences", "document, ordinal, start, \"end\"");
            var ordinal = 0;
            foreach (var s in sentences)
            {
                rows.Add(id, ordinal++, s.Span.Start, s.Span.End);
            }

            rows.Flush();
        }
    }

    /// <summary>Mentions, times, quantities, concepts and claims (schema version 3).</summary>
    private void WriteReferenceTables(DbTransaction transaction, long id, Document document)
    {
        var text = document.Text;
        if (document.TryGet(Layers.Referents, out var referents))
        {
            var rows = Rows(transaction, "mentions", "document, key, start, \"end\"");
            foreach (var r in referents)
            {
                foreach (var m in r.Mentions)
                {
                    rows.Add(id, r.Key, m.Start, m.End);
                }
            }

            rows.Flush();
        }

        if (document.TryGet(Layers.Times, out var times))
        {
            var rows = Rows(transaction, "times", "document, type, value, mod, start, \"end\", text");
            foreach (var t in times)
            {
                rows.Add(id, t.Type, t.Value, t.Mod, t.Span.Start, t.Span.End, t.Span.Of(text));
            }

            rows.Flush();
        }

        if (!document.TryGet(Layers.Quantities, out var quantities))
        {
            return;
        }

        var quantityRows = Rows(transaction, "quantities", "document, ordinal, kind, value, low, high, unit, qualifier, change, counted, lemma, location, location_key, negated, start, \"end\", text");
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            quantityRows.Add(id, i, EnumNames.Of(q.Kind), q.Value, q.Low, q.High, q.Unit, EnumNames.Of(q.Qualifier), EnumNames.Of(q.Change), q.Counted?.Text,
                q.Counted?.Lemma, q.Location?.Text, q.Location?.Key, q.Negated ? 1 : 0, q.Span.Start, q.Span.End, q.Span.Of(text));
        }

        quantityRows.Flush();

        if (!document.TryGet(Layers.Claims, out var claims) || claims.Count == 0)
        {
            return;
        }

        // The quantities' row ids by ordinal, for the claims that point at them (one query, whatever the batching).
        var quantityIds = new long[quantities.Count];
        using (var reader = Statement(transaction, "SELECT ordinal, id FROM quantities WHERE document = @d", [("@d", id)]).ExecuteReader())
        {
            while (reader.Read())
            {
                quantityIds[reader.Int(0)] = reader.GetInt64(1);
            }
        }

        // The same holder giving the same figure twice in one article (a lede and the quote it sums up, or two
        // quantities over one figure) is stored as one claim, so that counts, lists and timelines agree.
        var seen = new HashSet<(string?, string, double?, double, double, Claims.Modality, string?)>();
        var kept = claims.Where(c => seen.Add((c.Holder.Key ?? c.Holder.Name, c.Concept.Key, quantities[c.Quantity].Value, quantities[c.Quantity].Low,
            quantities[c.Quantity].High, c.Modality, c.Date))).ToList();

        // Concepts in key order: two writers that add the same new concepts take their row locks in the same order,
        // so neither waits on a concept the other holds while holding one it wants (no deadlock in PostgreSQL).
        var concepts = Rows(transaction, "concepts", "key, label, thing, entity_country, place_country", "ON CONFLICT (key) DO NOTHING");
        foreach (var concept in kept.Select(c => c.Concept).DistinctBy(c => c.Key).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            concepts.Add(concept.Key, concept.Label, concept.Thing, concept.EntityCountry, concept.PlaceCountry);
        }

        concepts.Flush();

        var claimRows = Rows(transaction, "claims", "document, quantity, concept, holder, holder_key, holder_kind, via, date, modality, confidence, rule, evidence, start, \"end\", text");
        foreach (var c in kept)
        {
            claimRows.Add(id, quantityIds[c.Quantity], c.Concept.Key, c.Holder.Name, c.Holder.Key, EnumNames.Of(c.Holder.Kind), c.Via, c.Date,
                EnumNames.Of(c.Modality), c.Confidence, c.Rule, System.Text.Json.JsonSerializer.Serialize(c.Concept.Evidence), c.Span.Start, c.Span.End, c.Span.Of(text));
        }

        claimRows.Flush();
    }

    /// <summary>
    /// The events layer (schema version 4), one row per event with what the queries filter and count on: the root
    /// and base codes, quad class and Goldstein value from GDELT's tables, and <c>day</c>, the event's date where it
    /// names a day, else the document's date (a date of <c>2025-04</c> or none is counted on the day it was reported).
    /// </summary>
    private void WriteEvents(DbTransaction transaction, long id, Document document)
    {
        if (!document.TryGet(Layers.Events, out var events))
        {
            return;
        }

        var text = document.Text;
        var codes = CameoCodes.English;
        var rows = Rows(
            transaction,
            "events",
            """
            document, ordinal, code, base, root, quad_class, goldstein, source_code, source_name, source_key, source_country,
                target_code, target_name, target_key, target_country, negated, hypothetical, reported_by, reported_by_name, date, day,
                place, place_key, place_country, lat, lon, trigger, trigger_start, trigger_end, start, "end", rule
            """);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            rows.Add(
                id, i, e.Code, e.BaseCode, e.RootCode, CameoCodes.QuadClass(e.Code), codes.Goldstein(e.Code), e.Source.Code, e.Source.Name, e.Source.Key, e.Source.Country,
                e.Target.Code, e.Target.Name, e.Target.Key, e.Target.Country, e.Negated ? 1 : 0, e.Hypothetical ? 1 : 0, e.ReportedBy?.Code, e.ReportedBy?.Name,
                e.Date, EventDay.Format(e.Date, document.Meta.Published), e.Place?.Name, e.Place?.Key, e.Place?.Country, e.Place?.Location?.Latitude,
                e.Place?.Location?.Longitude, e.Trigger.Of(text), e.Trigger.Start, e.Trigger.End, e.Span.Start, e.Span.End, e.Rule);
        }

        rows.Flush();
    }

    /// <summary>
    /// The headline the structure stage found (a first line standing alone above the story), for inputs that give no
    /// title (plain text, wire files): lists show it instead of the file name.
    /// </summary>
    private static string? Headline(Document document)
    {
        if (!document.TryGet(Layers.Sections, out var sections) || sections.FirstOrDefault(s => s.Kind == SectionKind.Title) is not { } title)
        {
            return null;
        }

        var text = string.Join(' ', title.Span.Of(document.Text).Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 299), "…");
    }

    private static string JsonNamingPolicyName(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

    private TableRows Rows(DbTransaction transaction, string table, string columns, string suffix = "")
        => new(this, transaction, table, columns, suffix);

    /// <summary>The first column of the first row, or null; with a null transaction, outside any (a read before one starts).</summary>
    private object? Scalar(DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
        => Statement(transaction, sql, parameters).ExecuteScalar() is var value and not DBNull ? value : null;

    /// <summary>Runs a statement; returns the rows it changed.</summary>
    private int Execute(DbTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
        => Statement(transaction, sql, parameters).ExecuteNonQuery();

    private DbCommand Statement(DbTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = Prepared(sql, parameters.Length, i => parameters[i].Name);
        command.Transaction = transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    /// <summary>A cached command for <paramref name="sql"/> with its parameters created by name (values are bound per use).</summary>
    private DbCommand Prepared(string sql, int count, Func<int, string?> name)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            command = Unprepared(sql, count, name);
            _statements[sql] = command;
        }

        return command;
    }

    private DbCommand Unprepared(string sql, int count, Func<int, string?> name)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < count; i++)
        {
            var parameter = command.CreateParameter();
            if (name(i) is { } given)
            {
                parameter.ParameterName = given;
            }

            command.Parameters.Add(parameter);
        }

        return command;
    }

    private string? RowParameterName(int index) => _dialect.RowParameter(index).Name;

    /// <summary>
    /// The rows of one table for one document, sent as INSERTs of up to <see cref="StoreDialect.RowsPerInsert"/> rows:
    /// the column list is written once, and the dialect decides how rows travel. A NULL is bound without a type, so
    /// that the server takes the column's.
    /// </summary>
    private sealed class TableRows(DocumentWriter writer, DbTransaction transaction, string table, string columns, string suffix)
    {
        private readonly int _width = columns.Count(c => c == ',') + 1;
        private readonly List<object?> _values = [];

        public void Add(params object?[] row)
        {
            if (row.Length != _width)
            {
                throw new ArgumentException($"{table}: {row.Length} values for {_width} columns", nameof(row));
            }

            _values.AddRange(row);
            if (_values.Count == _width * writer._dialect.RowsPerInsert)
            {
                Flush();
            }
        }

        public void Flush()
        {
            if (_values.Count == 0)
            {
                return;
            }

            // A single row or a full batch recurs: its command is kept and reused (SQLite keeps it compiled); a remainder
            // of another size is used once.
            var rows = _values.Count / _width;
            var recurs = rows == 1 || rows == writer._dialect.RowsPerInsert;
            string? sql = null;
            if (recurs && !writer._insertSql.TryGetValue((table, columns, suffix, rows), out sql))
            {
                writer._insertSql[(table, columns, suffix, rows)] = sql = Sql(rows);
            }

            sql ??= Sql(rows);
            var command = recurs ? writer.Prepared(sql, _values.Count, writer.RowParameterName) : writer.Unprepared(sql, _values.Count, writer.RowParameterName);
            try
            {
                command.Transaction = transaction;
                for (var i = 0; i < _values.Count; i++)
                {
                    command.Parameters[i].Value = _values[i] ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
            }
            finally
            {
                if (!recurs)
                {
                    command.Dispose();
                }
            }

            _values.Clear();
        }

        private string Sql(int rows)
        {
            var sql = new System.Text.StringBuilder($"INSERT INTO {table} ({columns}) VALUES ");
            for (var r = 0; r < rows; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < _width; c++)
                {
                    sql.Append(c == 0 ? "" : ", ").Append(writer._dialect.RowParameter((r * _width) + c).Placeholder);
                }

                sql.Append(')');
            }

            return suffix.Length == 0 ? sql.ToString() : sql.Append(' ').Append(suffix).ToString();
        }
    }
}
