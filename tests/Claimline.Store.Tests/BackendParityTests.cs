using System.Data.Common;
using System.Globalization;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Store.Backends;
using Claimline.Store.Ingestion;

namespace Claimline.Store.Tests;

/// <summary>
/// The same input ingested into SQLite and into PostgreSQL gives the same tables: every row of every table, compared
/// by content (documents by content hash, other rows by their document's hash; row ids, which depend on the order the
/// parallel writers stored them, are left out), and the same answers to the cross-article queries.
/// </summary>
public sealed class BackendParityTests : IDisposable
{
    /// <summary>Each table's rows as compared: what identifies the row's document, and every other column but ids and times.</summary>
    private static readonly (string Table, string Sql)[] s_tables =
    [
        ("documents", """
            SELECT d.content_hash, d.doc_key, d.simhash, o.content_hash, d.source, d.url, d.title, d.published, d.language, d.origin, d.words, d.text, d.annotations
            FROM documents d LEFT JOIN documents o ON o.id = d.duplicate_of
            """),
        ("simhash_bands", "SELECT d.content_hash, t.band, t.value FROM simhash_bands t JOIN documents d ON d.id = t.document"),
        ("sections", "SELECT d.content_hash, t.kind, t.story, t.start, t.\"end\" FROM sections t JOIN documents d ON d.id = t.document"),
        ("datelines", "SELECT d.content_hash, t.story, t.place, t.region, t.agency, t.start, t.\"end\" FROM datelines t JOIN documents d ON d.id = t.document"),
        ("sentences", "SELECT d.content_hash, t.ordinal, t.start, t.\"end\" FROM sentences t JOIN documents d ON d.id = t.document"),
        ("referents", "SELECT d.content_hash, t.key, t.kind, t.canonical, t.country, t.mentions, t.roles, t.lat, t.lng, t.start, t.\"end\" FROM referents t JOIN documents d ON d.id = t.document"),
        ("quotes", "SELECT d.content_hash, t.kind, t.cue, t.speaker, t.speaker_key, t.speaker_kind, t.date, t.confidence, t.start, t.\"end\", t.text FROM quotes t JOIN documents d ON d.id = t.document"),
        ("mentions", "SELECT d.content_hash, t.key, t.start, t.\"end\" FROM mentions t JOIN documents d ON d.id = t.document"),
        ("times", "SELECT d.content_hash, t.type, t.value, t.mod, t.start, t.\"end\", t.text FROM times t JOIN documents d ON d.id = t.document"),
        ("quantities", """
            SELECT d.content_hash, t.ordinal, t.kind, t.value, t.low, t.high, t.unit, t.qualifier, t.change, t.counted, t.lemma, t.location, t.location_key,
                   t.negated, t.start, t."end", t.text
            FROM quantities t JOIN documents d ON d.id = t.document
            """),
        ("concepts", "SELECT key, label, thing, entity_country, place_country FROM concepts"),
        ("claims", """
            SELECT d.content_hash, q.ordinal, t.concept, t.holder, t.holder_key, t.holder_kind, t.via, t.date, t.modality, t.confidence, t.rule, t.evidence,
                   t.start, t."end", t.text
            FROM claims t JOIN documents d ON d.id = t.document JOIN quantities q ON q.id = t.quantity
            """),
        ("events", """
            SELECT d.content_hash, t.ordinal, t.code, t.base, t.root, t.quad_class, t.goldstein, t.source_code, t.source_name, t.source_key, t.source_country,
                   t.target_code, t.target_name, t.target_key, t.target_country, t.negated, t.hypothetical, t.reported_by, t.reported_by_name, t.date, t.day,
                   t.place, t.place_key, t.place_country, t.lat, t.lon, t.trigger, t.trigger_start, t.trigger_end, t.start, t."end", t.rule
            FROM events t JOIN documents d ON d.id = t.document
            """),
        ("ingest_errors", "SELECT origin, message FROM ingest_errors"),
    ];

    private readonly StoreFixture _sqlite = new(StoreKind.Sqlite);
    private readonly StoreFixture _postgres = new(StoreKind.Postgres);

    public void Dispose()
    {
        _sqlite.Dispose();
        _postgres.Dispose();
    }

    [Fact]
    public async Task The_same_input_gives_the_same_rows_and_answers_in_sqlite_and_postgres()
    {
        var postgresLocation = _postgres.Location; // skips here without a PostgreSQL server
        var inputs = new[] { ExamplesFolder(), _sqlite.WriteFile("in/bad.jsonl", "{\"id\":\"ok\",\"text\":\"Trains stopped on Tuesday.\"}\nnot json\n") };
        using var sqlite = ClaimlineStore.Open(_sqlite.Location);
        using var postgres = ClaimlineStore.Open(postgresLocation);
        foreach (var store in new[] { sqlite, postgres })
        {
            await new IngestRunner(store, StandardPipeline.Create(), new DocumentReader(), 2).RunAsync(inputs);
        }

        Assert.True(sqlite.Queries.CountDocuments() >= 10);
        foreach (var (table, sql) in s_tables)
        {
            var expected = Rows(sqlite.Connection, sql);
            Assert.True(expected.Count > 0, $"{table} has no rows: the comparison would prove nothing");
            Assert.Equal(expected, Rows(postgres.Connection, sql));
        }

        // The cross-article answers: entities, concepts, timelines, quotes and events by content, search hits by document.
        Assert.Equal(sqlite.Queries.TopEntities(limit: 1000), postgres.Queries.TopEntities(limit: 1000));
        Assert.Equal(sqlite.Queries.Places(), postgres.Queries.Places());
        Assert.Equal(sqlite.Claims.Concepts(limit: 1000), postgres.Claims.Concepts(limit: 1000));
        foreach (var concept in sqlite.Claims.Concepts(limit: 1000))
        {
            Assert.Equal(Describe(sqlite.Claims.Timeline(concept.Key)), Describe(postgres.Claims.Timeline(concept.Key)));
        }

        Assert.Equal(sqlite.Queries.Quotes(limit: 1000).Select(q => (q.DocumentKey, q.Speaker, q.Text)), postgres.Queries.Quotes(limit: 1000).Select(q => (q.DocumentKey, q.Speaker, q.Text)));
        Assert.Equal(sqlite.Queries.Quotes(text: "troops").Select(q => q.Text), postgres.Queries.Quotes(text: "troops").Select(q => q.Text));
        Assert.Equal(
            sqlite.Queries.Events(limit: 1000).Select(e => (e.DocumentKey, e.Ordinal, e.Code, e.SourceCode, e.TargetCode, e.Day)).Order(),
            postgres.Queries.Events(limit: 1000).Select(e => (e.DocumentKey, e.Ordinal, e.Code, e.SourceCode, e.TargetCode, e.Day)).Order());
        Assert.Equal(sqlite.Queries.EventCounts(), postgres.Queries.EventCounts());
        var hits = sqlite.Queries.Search("troops Somalia").Select(h => h.Key).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(hits);
        Assert.Equal(hits, postgres.Queries.Search("troops Somalia").Select(h => h.Key).Order(StringComparer.Ordinal));
    }

    /// <summary>Every row as text (numbers invariant, doubles round-trip, NULL marked), sorted: a table's content without its order.</summary>
    private static List<string> Rows(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetValue(i) switch
                {
                    DBNull => "∅",
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var v => v.ToString() ?? "",
                };
            }

            rows.Add(string.Join('\u241F', fields));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static List<string> Describe(Claims.Timeline.ConceptTimeline? timeline)
        => timeline is null ? [] : [.. timeline.Entries.Select(e => $"{e.Date} {e.Holder.Name} {e.Modality} {e.Figure} {e.Location} {e.Evidence}")];

    private static string ExamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "examples");
            if (File.Exists(Path.Combine(path, "claims", "articles.jsonl")))
            {
                return path;
            }
        }

        throw new InvalidOperationException("examples/ not found above " + AppContext.BaseDirectory);
    }
}
