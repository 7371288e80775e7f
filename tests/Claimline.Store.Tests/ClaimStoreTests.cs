using Claimline.Claims.Timeline;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;

namespace Claimline.Store.Tests;

/// <summary>
/// Claims in the store (schema version 3): the four invented articles of examples/claims/ stored, then read back as
/// claims, concepts and timelines, which must equal the timeline built from the analyzed files themselves.
/// </summary>
public sealed class ClaimStoreTests : IDisposable
{
    private readonly StoreFixture _fixture = new();
    private readonly List<Document> _documents;
    private readonly ClaimlineStore _store;

    public ClaimStoreTests()
    {
        var pipeline = StandardPipeline.Create();
        _documents = [.. new DocumentReader().Read(ExamplesFile()).Select(r => pipeline.Run(r.Document!))];
        _store = ClaimlineStore.Open(_fixture.Path);
        foreach (var document in _documents)
        {
            _store.Writer.Add(document);
        }
    }

    public void Dispose()
    {
        _store.Dispose();
        _fixture.Dispose();
    }

    [Fact]
    public void Every_claim_of_every_document_is_stored_with_its_quantity_and_concept()
    {
        // One row per distinct claim: an article that gives the same holder's figure twice (a lede and its quote) stores it once.
        var expected = _documents.Sum(d => d.Get(Layers.Claims)
            .Select(c => (c.Holder.Key ?? c.Holder.Name, c.Concept.Key, d.Get(Layers.Quantities)[c.Quantity].Value, d.Get(Layers.Quantities)[c.Quantity].Low, c.Modality, c.Date))
            .Distinct().Count());
        Assert.True(expected >= 10);
        Assert.Equal(expected + 1, _documents.Sum(d => d.Get(Layers.Claims).Count));
        Assert.Single(_store.Claims.Claims(holder: "country:SO", limit: 100), r => r.Value == 7000);
        Assert.Equal(expected, _store.Claims.CountClaims());
        var rows = _store.Claims.Claims(limit: 1000);
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal(r.Evidence, StoredText(r.Document)[r.Start..r.End]));
    }

    [Fact]
    public void The_stored_timeline_equals_the_timeline_of_the_files()
    {
        var fromFiles = ClaimTimeline.Build(_documents).Single(t => t.Concept.Key == "troop|ET|SO");
        var fromStore = _store.Claims.Timeline("troop|ET|SO");
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
        var timeline = _store.Claims.Timeline("troop|ET|SO")!;
        foreach (var entry in timeline.Entries)
        {
            var stored = _store.Queries.Get(entry.Document);
            Assert.NotNull(stored);
            Assert.Equal(entry.Evidence, entry.EvidenceSpan!.Value.Of(stored.Document.Text));
        }
    }

    [Fact]
    public void Concepts_are_listed_by_number_of_claims_and_filtered_by_label()
    {
        var concepts = _store.Claims.Concepts();
        Assert.Equal(concepts.Select(c => c.Claims).OrderDescending(), concepts.Select(c => c.Claims));
        var troops = Assert.Single(_store.Claims.Concepts("ET troops in SO"));
        Assert.True(troops.Holders >= 3);
        Assert.Equal(4, troops.Documents);
        Assert.True(string.CompareOrdinal(troops.First, troops.Last) < 0);
    }

    [Fact]
    public void Claims_filter_by_holder_key_or_name_and_by_concept_words()
    {
        var byKey = _store.Claims.Claims(holder: "country:SO", limit: 100);
        Assert.NotEmpty(byKey);
        Assert.All(byKey, r => Assert.Equal("country:SO", r.HolderKey));
        var byName = _store.Claims.Claims(holder: "african union", limit: 100);
        Assert.NotEmpty(byName);
        Assert.All(byName, r => Assert.Contains("African Union", r.Holder, StringComparison.Ordinal));
        var byConcept = _store.Claims.Claims(concept: "et troops", limit: 100);
        Assert.All(byConcept, r => Assert.StartsWith("troop|ET|", r.Concept, StringComparison.Ordinal));
        Assert.Empty(_store.Claims.Claims(concept: "no such concept"));
    }

    [Fact]
    public void Timelines_by_words_return_only_matching_concepts()
    {
        var timelines = _store.Claims.Timelines("ET troops");
        var timeline = Assert.Single(timelines);
        Assert.Equal("troop|ET|SO", timeline.Concept.Key);
        Assert.Null(_store.Claims.Timeline("troop|XX|YY"));
    }

    [Fact]
    public void Documents_stored_before_the_claims_tables_are_backfilled_when_the_store_is_opened()
    {
        var expected = _store.Claims.CountClaims();
        Execute("DELETE FROM claims; DELETE FROM quantities; DELETE FROM times; DELETE FROM mentions; INSERT INTO backfill_pending (document) SELECT id FROM documents;");
        Assert.Equal(0, _store.Claims.CountClaims());
        using var reopened = ClaimlineStore.Open(_fixture.Path);
        Assert.Equal(expected, reopened.Claims.CountClaims());
        Assert.NotNull(reopened.Claims.Timeline("troop|ET|SO"));
        using var command = reopened.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM backfill_pending";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    private void Execute(string sql)
    {
        using var command = _store.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private string StoredText(long id) => _store.Queries.Get(id.ToString(System.Globalization.CultureInfo.InvariantCulture))!.Document.Text;

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
