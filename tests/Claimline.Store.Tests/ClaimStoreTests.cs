using Claimline.Claims.Timeline;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Store.Backends;

namespace Claimline.Store.Tests;

/// <summary>
/// Claims in the store (schema version 3): the four invented articles of examples/claims/ stored, then read back as
/// claims, concepts and timelines, which must equal the timeline built from the analyzed files themselves.
/// Runs on both backends (the classes at the end); the store is filled on first use, so that a PostgreSQL test without
/// a server skips before analyzing anything.
/// </summary>
public abstract class ClaimStoreTests(StoreKind kind) : IDisposable
{
    private readonly StoreFixture _fixture = new(kind);
    private List<Document>? _documents;
    private ClaimlineStore? _store;

    private List<Document> Documents => _documents ??= Analyzed();

    private ClaimlineStore Store => _store ??= Filled();

    public void Dispose()
    {
        _store?.Dispose();
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Every_claim_of_every_document_is_stored_with_its_quantity_and_concept()
    {
        // One row per distinct claim: an article that gives the same holder's figure twice (a lede and its quote) stores it once.
        var expected = Documents.Sum(d => d.Get(Layers.Claims)
            .Select(c => (c.Holder.Key ?? c.Holder.Name, c.Concept.Key, d.Get(Layers.Quantities)[c.Quantity].Value, d.Get(Layers.Quantities)[c.Quantity].Low, c.Modality, c.Date))
            .Distinct().Count());
        Assert.True(expected >= 10);
        Assert.Equal(expected + 1, Documents.Sum(d => d.Get(Layers.Claims).Count));
        Assert.Single(Store.Claims.Claims(holder: "country:SO", limit: 100), r => r.Value == 7000);
        Assert.Equal(expected, Store.Claims.CountClaims());
        var rows = Store.Claims.Claims(limit: 1000);
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal(r.Evidence, StoredText(r.Document)[r.Start..r.End]));
    }

    [Fact]
    public void The_stored_timeline_equals_the_timeline_of_the_files()
    {
        var fromFiles = ClaimTimeline.Build(Documents).Single(t => t.Concept.Key == "troop|ET|SO");
        var fromStore = Store.Claims.Timeline("troop|ET|SO");
        Assert.NotNull(fromStore);
        Assert.Equal(fromFiles.Concept.Label, fromStore.Concept.Label);
        Assert.Equal(Describe(fromFiles.Entries), Describe(fromStore.Entries));
        Assert.Equal(fromFiles.Holders.Select(h => (h.Holder, h.Movement)), fromStore.Holders.Select(h => (h.Holder, h.Movement)));
        Assert.Equal(
            fromFiles.Comparisons.Select(c => (c.First.Figure, c.Second.Figure, c.Agree)),
            fromStore.Comparisons.Select(c => (c.First.Figure, c.Second.Figure, c.Agree)));
        Assert.Equal(fromFiles.Concept.Evidence.Order(StringComparer.Ordinal), fromStore.Concept.Evidence.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Store_timeline_entries_point_to_the_stored_document_and_evidence()
    {
        var timeline = Store.Claims.Timeline("troop|ET|SO")!;
        foreach (var entry in timeline.Entries)
        {
            var stored = Store.Queries.Get(entry.Document);
            Assert.NotNull(stored);
            Assert.Equal(entry.Evidence, entry.EvidenceSpan!.Value.Of(stored.Document.Text));
        }
    }

    [Fact]
    public void Concepts_are_listed_by_number_of_claims_and_filtered_by_label()
    {
        var concepts = Store.Claims.Concepts();
        Assert.Equal(concepts.Select(c => c.Claims).OrderDescending(), concepts.Select(c => c.Claims));
        var troops = Assert.Single(Store.Claims.Concepts("ET troops in SO"));
        Assert.True(troops.Holders >= 3);
        Assert.Equal(4, troops.Documents);
        Assert.True(string.CompareOrdinal(troops.First, troops.Last) < 0);
    }

    [Fact]
    public void Claims_filter_by_holder_key_or_name_and_by_concept_words()
    {
        var byKey = Store.Claims.Claims(holder: "country:SO", limit: 100);
        Assert.NotEmpty(byKey);
        Assert.All(byKey, r => Assert.Equal("country:SO", r.HolderKey));
        var byName = Store.Claims.Claims(holder: "african union", limit: 100);
        Assert.NotEmpty(byName);
        Assert.All(byName, r => Assert.Contains("African Union", r.Holder, StringComparison.Ordinal));
        var byConcept = Store.Claims.Claims(concept: "et troops", limit: 100);
        Assert.All(byConcept, r => Assert.StartsWith("troop|ET|", r.Concept, StringComparison.Ordinal));
        Assert.Empty(Store.Claims.Claims(concept: "no such concept"));
    }

    [Fact]
    public void Timelines_by_words_return_only_matching_concepts()
    {
        var timelines = Store.Claims.Timelines("ET troops");
        var timeline = Assert.Single(timelines);
        Assert.Equal("troop|ET|SO", timeline.Concept.Key);
        Assert.Null(Store.Claims.Timeline("troop|XX|YY"));
    }

    [Fact]
    public void Documents_stored_before_the_claims_tables_are_backfilled_when_the_store_is_opened()
    {
        var expected = Store.Claims.CountClaims();
        Execute("DELETE FROM claims; DELETE FROM quantities; DELETE FROM times; DELETE FROM mentions; INSERT INTO backfill_pending (document) SELECT id FROM documents;");
        Assert.Equal(0, Store.Claims.CountClaims());
        using var reopened = _fixture.Open();
        Assert.Equal(expected, reopened.Claims.CountClaims());
        Assert.NotNull(reopened.Claims.Timeline("troop|ET|SO"));
        using var command = reopened.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM backfill_pending";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    private void Execute(string sql)
    {
        using var command = Store.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private string StoredText(long id) => Store.Queries.Get(id.ToString(System.Globalization.CultureInfo.InvariantCulture))!.Document.Text;

    private static List<Document> Analyzed()
    {
        var pipeline = StandardPipeline.Create();
        return [.. new DocumentReader().Read(ExamplesFile()).Select(r => pipeline.Run(r.Document!))];
    }

    private ClaimlineStore Filled()
    {
        var location = _fixture.Location;
        var store = ClaimlineStore.Open(location);
        foreach (var document in Documents)
        {
            store.Writer.Add(document);
        }

        return store;
    }

    private static List<string> Describe(IEnumerable<TimelineEntry> entries)
        => [.. entries.Select(e => $"{e.Date} {e.Holder.Name} {e.Modality} {e.Figure} {e.Location} {e.Evidence}")];

    private static string ExamplesFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "examples", "claims", "articles.jsonl");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException("examples/claims/articles.jsonl not found above " + AppContext.BaseDirectory);
    }
}

public sealed class SqliteClaimStoreTests() : ClaimStoreTests(StoreKind.Sqlite);

public sealed class PostgresClaimStoreTests() : ClaimStoreTests(StoreKind.Postgres);
