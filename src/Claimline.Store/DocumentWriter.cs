using System.Globalization;
using Claimline.Events.Cameo;
using Claimline.Export;
using Claimline.Model;
using Claimline.Serialization;
using Claimline.Structure;
using Claimline.Text;
using Microsoft.Data.Sqlite;

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

/// <summary>The result of <see cref="DocumentWriter.Add"/>: the outcome, the document's row id, and for a near-duplicate the row it duplicates.</summary>
public readonly record struct StoreResult(StoreOutcome Outcome, long Id, long? DuplicateOf);

/// <summary>
/// Writes analyzed documents, each in its own transaction: the document row with its full annotations, the
/// structure tables, the full-text index and the near-duplicate bands. Re-adding the same text changes nothing.
/// </summary>
public sealed class DocumentWriter : IDisposable
{
    private readonly SqliteConnection _connection;

    // Prepared once, bound per row: re-preparing each INSERT costs more than running it.
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);

    internal DocumentWriter(SqliteConnection connection) => _connection = connection;

    public StoreResult Add(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = ContentFingerprint.ContentHash(document.Text);
        using var transaction = _connection.BeginTransaction();
        if (Scalar(transaction, "SELECT id FROM documents WHERE content_hash = $h", ("$h", hash)) is long existing)
        {
            return new StoreResult(StoreOutcome.AlreadyStored, existing, null);
        }

        var tokens = document.Get(Layers.Tokens);
        var words = TextStatistics.CountWords(tokens);
        var simHash = ContentFingerprint.SimHash(document.Text, tokens);
        long? duplicateOf = words >= ContentFingerprint.MinWordsForNearDuplicate ? FindNearDuplicate(transaction, simHash) : null;

        var meta = document.Meta;
        var title = meta.Title ?? Headline(document);
        var annotations = DocumentJson.SerializeAnnotations(document);
        var id = (long)Scalar(
            transaction,
            """
            INSERT INTO documents (doc_key, content_hash, simhash, duplicate_of, source, url, title, published, language, origin, words, text, annotations, ingested_at)
            VALUES ($key, $hash, $sim, $dup, $source, $url, $title, $published, $language, $origin, $words, $text, $annotations, $at)
            RETURNING id
            """,
            ("$key", meta.Id), ("$hash", hash), ("$sim", unchecked((long)simHash)), ("$dup", duplicateOf), ("$source", meta.Source),
            ("$url", meta.Url), ("$title", title), ("$published", meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$language", meta.Language), ("$origin", meta.Origin), ("$words", words), ("$text", document.Text),
            ("$annotations", annotations), ("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)))!;

        Execute(transaction, "INSERT INTO documents_fts (rowid, title, text) VALUES ($id, $title, $text)", ("$id", id), ("$title", title), ("$text", document.Text));
        if (words >= ContentFingerprint.MinWordsForNearDuplicate)
        {
            foreach (var (band, value) in ContentFingerprint.Bands(simHash))
            {
                Execute(transaction, "INSERT OR IGNORE INTO simhash_bands (band, value, document) VALUES ($b, $v, $d)", ("$b", band), ("$v", value), ("$d", id));
            }
        }

        WriteStructure(transaction, id, document);
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

    private int Backfill(DocumentQueries queries, string table, Action<SqliteTransaction, long, Document> write)
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
            using var transaction = _connection.BeginTransaction(deferred: false);

            // Another process opening the same store (several workers) may have filled it meanwhile.
            if (stored is not null && Scalar(transaction, $"SELECT 1 FROM {table} WHERE document = $d", ("$d", id)) is not null)
            {
                write(transaction, id, stored.Document);
            }

            Execute(transaction, $"DELETE FROM {table} WHERE document = $d", ("$d", id));
            transaction.Commit();
        }

        return pending.Count;
    }

    /// <summary>Records an input that could not be read or analyzed, so that a later look at the store shows it.</summary>
    public void LogError(string origin, string message)
    {
        using var transaction = _connection.BeginTransaction();
        Execute(transaction, "INSERT INTO ingest_errors (origin, message, at) VALUES ($o, $m, $at)",
            ("$o", origin), ("$m", message), ("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
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

    private long? FindNearDuplicate(SqliteTransaction transaction, ulong simHash)
    {
        var bands = ContentFingerprint.Bands(simHash).Select(b => ($"$b{b.Band}", (object?)b.Value)).ToArray();
        var command = Statement(
            transaction,
            """
            SELECT DISTINCT d.id, d.simhash, d.duplicate_of FROM simhash_bands b JOIN documents d ON d.id = b.document
            WHERE (b.band = 0 AND b.value = $b0) OR (b.band = 1 AND b.value = $b1) OR (b.band = 2 AND b.value = $b2) OR (b.band = 3 AND b.value = $b3)
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

    private void WriteStructure(SqliteTransaction transaction, long id, Document document)
    {
        if (document.TryGet(Layers.Sections, out var sections))
        {
            foreach (var s in sections)
            {
                Execute(transaction, "INSERT INTO sections (document, kind, story, start, \"end\") VALUES ($d, $k, $s, $a, $b)",
                    ("$d", id), ("$k", JsonNamingPolicyName(s.Kind.ToString())), ("$s", s.Story), ("$a", s.Span.Start), ("$b", s.Span.End));
            }
        }

        if (document.TryGet(Layers.Datelines, out var datelines))
        {
            foreach (var d in datelines)
            {
                Execute(transaction, "INSERT INTO datelines (document, story, place, region, agency, start, \"end\") VALUES ($d, $s, $p, $r, $g, $a, $b)",
                    ("$d", id), ("$s", d.Story), ("$p", d.Place), ("$r", d.Region), ("$g", d.Agency), ("$a", d.Span.Start), ("$b", d.Span.End));
            }
        }

        if (document.TryGet(Layers.Referents, out var referents))
        {
            foreach (var r in referents)
            {
                Execute(transaction, "INSERT INTO referents (document, key, kind, canonical, country, mentions, roles, lat, lng, start, \"end\") VALUES ($d, $k, $kind, $c, $country, $m, $roles, $lat, $lng, $a, $b)",
                    ("$d", id), ("$k", r.Key), ("$kind", JsonNamingPolicyName(r.Kind.ToString())), ("$c", r.Canonical), ("$country", r.Country),
                    ("$m", r.Mentions.Count), ("$roles", r.Roles.Count == 0 ? null : string.Join("; ", r.Roles.Select(x => x.Title))),
                    ("$lat", r.Location?.Latitude), ("$lng", r.Location?.Longitude), ("$a", r.Span.Start), ("$b", r.Span.End));
            }
        }

        if (document.TryGet(Layers.Quotes, out var quotes))
        {
            foreach (var q in quotes)
            {
                var text = string.Join(" … ", q.Content.Select(c => c.Of(document.Text)));
                var quoteId = (long)Scalar(transaction, "INSERT INTO quotes (document, kind, cue, speaker, speaker_key, speaker_kind, date, confidence, start, \"end\", text) VALUES ($d, $k, $cue, $s, $key, $sk, $date, $conf, $a, $b, $t) RETURNING id",
                    ("$d", id), ("$k", JsonNamingPolicyName(q.Kind.ToString())), ("$cue", q.CueLemma), ("$s", q.SpeakerCanonical ?? q.ResolvedText ?? q.SpeakerText), ("$key", q.SpeakerKey),
                    ("$sk", q.SpeakerKind is { } kind ? JsonNamingPolicyName(kind.ToString()) : null), ("$date", q.Date), ("$conf", q.Confidence),
                    ("$a", q.Span.Start), ("$b", q.Span.End), ("$t", text))!;
                Execute(transaction, "INSERT INTO quotes_fts (rowid, text, speaker) VALUES ($id, $t, $s)", ("$id", quoteId), ("$t", text), ("$s", q.SpeakerCanonical ?? q.ResolvedText ?? q.SpeakerText));
            }
        }

        WriteReferenceTables(transaction, id, document);
        WriteEvents(transaction, id, document);

        if (document.TryGet(Layers.Sentences, out var sentences))
        {
            var ordinal = 0;
            foreach (var s in sentences)
            {
                Execute(transaction, "INSERT INTO sentences (document, ordinal, start, \"end\") VALUES ($d, $o, $a, $b)",
                    ("$d", id), ("$o", ordinal++), ("$a", s.Span.Start), ("$b", s.Span.End));
            }
        }
    }

    /// <summary>Mentions, times, quantities, concepts and claims (schema version 3).</summary>
    private void WriteReferenceTables(SqliteTransaction transaction, long id, Document document)
    {
        var text = document.Text;
        if (document.TryGet(Layers.Referents, out var referents))
        {
            foreach (var r in referents)
            {
                foreach (var m in r.Mentions)
                {
                    Execute(transaction, "INSERT INTO mentions (document, key, start, \"end\") VALUES ($d, $k, $a, $b)",
                        ("$d", id), ("$k", r.Key), ("$a", m.Start), ("$b", m.End));
                }
            }
        }

        if (document.TryGet(Layers.Times, out var times))
        {
            foreach (var t in times)
            {
                Execute(transaction, "INSERT INTO times (document, type, value, mod, start, \"end\", text) VALUES ($d, $type, $v, $mod, $a, $b, $t)",
                    ("$d", id), ("$type", t.Type), ("$v", t.Value), ("$mod", t.Mod), ("$a", t.Span.Start), ("$b", t.Span.End), ("$t", t.Span.Of(text)));
            }
        }

        if (!document.TryGet(Layers.Quantities, out var quantities))
        {
            return;
        }

        var quantityIds = new long[quantities.Count];
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            quantityIds[i] = (long)Scalar(
                transaction,
                """
                INSERT INTO quantities (document, ordinal, kind, value, low, high, unit, qualifier, change, counted, lemma, location, location_key, negated, start, "end", text)
                VALUES ($d, $o, $kind, $v, $low, $high, $unit, $qual, $change, $counted, $lemma, $loc, $lockey, $neg, $a, $b, $t) RETURNING id
                """,
                ("$d", id), ("$o", i), ("$kind", EnumNames.Of(q.Kind)), ("$v", q.Value), ("$low", q.Low), ("$high", q.High), ("$unit", q.Unit),
                ("$qual", EnumNames.Of(q.Qualifier)), ("$change", EnumNames.Of(q.Change)), ("$counted", q.Counted?.Text), ("$lemma", q.Counted?.Lemma),
                ("$loc", q.Location?.Text), ("$lockey", q.Location?.Key), ("$neg", q.Negated ? 1 : 0), ("$a", q.Span.Start), ("$b", q.Span.End),
                ("$t", q.Span.Of(text)))!;
        }

        if (!document.TryGet(Layers.Claims, out var claims))
        {
            return;
        }

        // The same holder giving the same figure twice in one article (a lede and the quote it sums up, or two
        // quantities over one figure) is stored as one claim, so that counts, lists and timelines agree.
        var seen = new HashSet<(string?, string, double?, double, double, Claims.Modality, string?)>();
        foreach (var c in claims)
        {
            var figure = quantities[c.Quantity];
            if (!seen.Add((c.Holder.Key ?? c.Holder.Name, c.Concept.Key, figure.Value, figure.Low, figure.High, c.Modality, c.Date)))
            {
                continue;
            }

            var concept = c.Concept;
            Execute(transaction, "INSERT OR IGNORE INTO concepts (key, label, thing, entity_country, place_country) VALUES ($k, $l, $t, $e, $p)",
                ("$k", concept.Key), ("$l", concept.Label), ("$t", concept.Thing), ("$e", concept.EntityCountry), ("$p", concept.PlaceCountry));
            Execute(
                transaction,
                """
                INSERT INTO claims (document, quantity, concept, holder, holder_key, holder_kind, via, date, modality, confidence, rule, evidence, start, "end", text)
                VALUES ($d, $q, $c, $h, $hk, $hkind, $via, $date, $mod, $conf, $rule, $ev, $a, $b, $t)
                """,
                ("$d", id), ("$q", quantityIds[c.Quantity]), ("$c", concept.Key), ("$h", c.Holder.Name), ("$hk", c.Holder.Key),
                ("$hkind", EnumNames.Of(c.Holder.Kind)), ("$via", c.Via), ("$date", c.Date), ("$mod", EnumNames.Of(c.Modality)),
                ("$conf", c.Confidence), ("$rule", c.Rule), ("$ev", System.Text.Json.JsonSerializer.Serialize(concept.Evidence)),
                ("$a", c.Span.Start), ("$b", c.Span.End), ("$t", c.Span.Of(text)));
        }
    }

    /// <summary>
    /// The events layer (schema version 4), one row per event with what the queries filter and count on: the root
    /// and base codes, quad class and Goldstein value from GDELT's tables, and <c>day</c>, the event's date where it
    /// names a day, else the document's date (a date of <c>2025-04</c> or none is counted on the day it was reported).
    /// </summary>
    private void WriteEvents(SqliteTransaction transaction, long id, Document document)
    {
        if (!document.TryGet(Layers.Events, out var events))
        {
            return;
        }

        var text = document.Text;
        var codes = CameoCodes.English;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            Execute(
                transaction,
                """
                INSERT INTO events (document, ordinal, code, base, root, quad_class, goldstein, source_code, source_name, source_key, source_country,
                    target_code, target_name, target_key, target_country, negated, hypothetical, reported_by, reported_by_name, date, day,
                    place, place_key, place_country, lat, lon, trigger, trigger_start, trigger_end, start, "end", rule)
                VALUES ($d, $o, $code, $base, $root, $quad, $gold, $sc, $sn, $sk, $scountry, $tc, $tn, $tk, $tcountry, $neg, $hyp, $rb, $rbn, $date, $day,
                    $place, $pk, $pc, $lat, $lon, $trigger, $ta, $tb, $a, $b, $rule)
                """,
                ("$d", id), ("$o", i), ("$code", e.Code), ("$base", e.BaseCode), ("$root", e.RootCode), ("$quad", CameoCodes.QuadClass(e.Code)),
                ("$gold", codes.Goldstein(e.Code)), ("$sc", e.Source.Code), ("$sn", e.Source.Name), ("$sk", e.Source.Key), ("$scountry", e.Source.Country),
                ("$tc", e.Target.Code), ("$tn", e.Target.Name), ("$tk", e.Target.Key), ("$tcountry", e.Target.Country), ("$neg", e.Negated ? 1 : 0),
                ("$hyp", e.Hypothetical ? 1 : 0), ("$rb", e.ReportedBy?.Code), ("$rbn", e.ReportedBy?.Name), ("$date", e.Date), ("$day", EventDay.Format(e.Date, document.Meta.Published)),
                ("$place", e.Place?.Name), ("$pk", e.Place?.Key), ("$pc", e.Place?.Country), ("$lat", e.Place?.Location?.Latitude), ("$lon", e.Place?.Location?.Longitude),
                ("$trigger", e.Trigger.Of(text)), ("$ta", e.Trigger.Start), ("$tb", e.Trigger.End), ("$a", e.Span.Start), ("$b", e.Span.End), ("$rule", e.Rule));
        }
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

    private object? Scalar(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
        => Statement(transaction, sql, parameters).ExecuteScalar();

    private void Execute(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
        => Statement(transaction, sql, parameters).ExecuteNonQuery();

    private SqliteCommand Statement(SqliteTransaction transaction, string sql, (string Name, object? Value)[] parameters)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            _statements[sql] = command;
        }

        command.Transaction = transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }
}
