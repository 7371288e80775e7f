using Claimline.Entities.Resolution;
using Claimline.Events;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Store.Backends;

namespace Claimline.Store.Tests;

/// <summary>
/// Events in the store (schema version 4): rows written with the document, filtered by actor prefix, code prefix and
/// day, counted per root per day, idempotent on re-ingest and backfilled for documents stored before the table. The
/// events are set by hand over an analyzed text, so that the tests check the store and not the coder. Runs on both
/// backends (the classes at the end).
/// </summary>
public abstract class EventStoreTests(StoreKind kind) : IDisposable
{
    private const string Text =
        "North Korea fired a missile on Monday. The United States, South Korea and Japan condemned the launch. "
        + "North Korea pulled its troops out of Russia in May. Russia denied attacking Ukraine.";

    private readonly StoreFixture _fixture = new(kind);
    private Document? _document;
    private ClaimlineStore? _store;

    /// <summary>The analyzed text with its events set by hand; the store holds it from first use on.</summary>
    private Document Document => _document ??= Analyzed();

    private ClaimlineStore Store => _store ??= Filled();

    public void Dispose()
    {
        _store?.Dispose();
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Every_event_is_stored_with_its_codes_actors_flags_place_and_trigger()
    {
        var rows = Store.Queries.Events(limit: 100);
        Assert.Equal(4, rows.Count);
        var fired = Assert.Single(rows, r => r.Code == "195");
        Assert.Equal(("19", "195", 4, -10.0), (fired.Root, fired.Base, fired.QuadClass, fired.Goldstein));
        Assert.Equal(("PRK", "North Korea", "country:KP", "KP"), (fired.SourceCode, fired.SourceName, fired.SourceKey, fired.SourceCountry));
        Assert.Equal("fired", Text[fired.TriggerStart..fired.TriggerEnd]);
        Assert.Equal("fired", fired.Trigger);
        Assert.Equal(("North Korea", "KP", 40.0, 127.0), (fired.Place, fired.PlaceCountry, fired.Latitude, fired.Longitude));
        Assert.Equal("events-1", fired.DocumentKey);
        Assert.NotNull(fired.Description);
        var pulled = Assert.Single(rows, r => r.Code == "0874");
        Assert.Equal(("087", "08", 2), (pulled.Base, pulled.Root, pulled.QuadClass));
        // A month is not a day: the event is counted on the document's date.
        Assert.Equal(("2025-05", "2025-06-02"), (pulled.Date, pulled.Day));
        Assert.True(Assert.Single(rows, r => r.Code == "190").Negated);
        Assert.Equal([0, 1, 2, 3], rows.Select(r => r.Ordinal).Order().ToArray());
        // Newest day first.
        Assert.Equal("190", rows[^1].Code);
    }

    [Fact]
    public void An_actor_prefix_matches_the_source_or_the_target()
    {
        Assert.Equal(["0874", "122", "195"], Codes(new EventFilter(Actor: "PRK")));
        Assert.Equal(["0874", "190"], Codes(new EventFilter(Actor: "rus")));
        Assert.Equal(["122"], Codes(new EventFilter(Actor: "PRKGOV")));
        Assert.Empty(Codes(new EventFilter(Actor: "CHN")));
    }

    [Fact]
    public void A_code_prefix_and_a_day_range_filter_events()
    {
        Assert.Equal(["190", "195"], Codes(new EventFilter(Code: "19")));
        Assert.Equal(["195"], Codes(new EventFilter(Code: "195")));
        Assert.Equal(["0874"], Codes(new EventFilter(Code: "08")));
        Assert.Equal(["190"], Codes(new EventFilter(From: "2025-05-01", To: "2025-05-31")));
        Assert.Equal(["0874", "122", "195"], Codes(new EventFilter(From: "2025-06-02", To: "2025-06-02")));
        Assert.Equal(["195"], Codes(new EventFilter(Actor: "PRK", Code: "19", From: "2025-06-01")));
        // Hostile filters are data, not SQL.
        Assert.Empty(Codes(new EventFilter(Actor: "' OR 1=1 --", Code: "\uffff")));
    }

    [Fact]
    public void Counts_per_root_per_day_leave_out_negated_events()
    {
        var counts = Store.Queries.EventCounts();
        Assert.Equal(
            [("2025-06-02", "08", 1), ("2025-06-02", "12", 1), ("2025-06-02", "19", 1)],
            counts.Select(c => (c.Day, c.Root, c.Count)).ToArray());
        Assert.Equal("Fight", counts.Single(c => c.Root == "19").RootName);
        Assert.Equal([("2025-06-02", "19", 1)], Store.Queries.EventCounts(new EventFilter(Code: "19")).Select(c => (c.Day, c.Root, c.Count)).ToArray());
    }

    [Fact]
    public void Storing_the_same_text_again_adds_no_event()
    {
        Assert.Equal(StoreOutcome.AlreadyStored, Store.Writer.Add(Document).Outcome);
        Assert.Equal(4, Store.Queries.Events(limit: 100).Count);
    }

    [Fact]
    public void Documents_stored_before_the_events_table_are_backfilled_when_the_store_is_opened()
    {
        var before = Store.Queries.Events(limit: 100).Select(r => (r.Ordinal, r.Code, r.SourceCode, r.TargetCode, r.Day)).ToArray();
        Execute("DELETE FROM events; INSERT INTO backfill_events_pending (document) SELECT id FROM documents;");
        Assert.Empty(Store.Queries.Events());
        using var reopened = _fixture.Open();
        Assert.Equal(before, reopened.Queries.Events(limit: 100).Select(r => (r.Ordinal, r.Code, r.SourceCode, r.TargetCode, r.Day)).ToArray());
        using var command = reopened.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM backfill_events_pending";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    [Fact]
    public void Event_ids_map_the_layer_index_to_the_stored_row()
    {
        var id = Store.Queries.Get("events-1")!.Id;
        var ids = Store.Queries.EventIds(id);
        Assert.Equal([0, 1, 2, 3], ids.Keys.Order().ToArray());
        var index = Document.Get(Layers.Events).ToList().FindIndex(e => e.Code == "0874");
        Assert.Equal(ids[index], Store.Queries.Events(new EventFilter(Code: "0874")).Single().Id);
        Assert.Equal(index, Store.Queries.Events(new EventFilter(Code: "0874")).Single().Ordinal);
    }

    private static Document Analyzed()
    {
        // Every stage but the coder's, whose layer is set here.
        var document = StandardPipeline.CreateUntil("claims").Run(DocumentReader.FromText(Text, "events-1", new DateOnly(2025, 6, 2)));
        document.Set(Layers.Events, [
            Event("fired", "195", Actor("North Korea", "PRK", "country:KP", "KP"), Actor("a missile", "---", null, null), "2025-06-02", place: true),
            Event("condemned", "122", Actor("The United States", "USA", "country:US", "US"), Actor("North Korea", "PRKGOV", "country:KP", "KP"), "2025-06-02"),
            Event("pulled", "0874", Actor("North Korea", "PRKMIL", "country:KP", "KP"), Actor("Russia", "RUS", "country:RU", "RU"), "2025-05"),
            Event("attacking", "190", Actor("Russia", "RUS", "country:RU", "RU"), Actor("Ukraine", "UKR", "country:UA", "UA"), "2025-05-30", negated: true),
        ]);
        return document;
    }

    private ClaimlineStore Filled()
    {
        var store = _fixture.Open();
        store.Writer.Add(Document);
        return store;
    }

    private string[] Codes(EventFilter filter) => [.. Store.Queries.Events(filter, limit: 100).Select(r => r.Code).Order(StringComparer.Ordinal)];

    private void Execute(string sql)
    {
        using var command = Store.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static EventActor Actor(string phrase, string code, string? key, string? country)
        => new(Find(phrase), code, phrase, key, country);

    private static Event Event(string trigger, string code, EventActor source, EventActor target, string date, bool negated = false, bool place = false)
    {
        var span = Find(trigger);
        var where = place ? new EventPlace(null, "North Korea", "country:KP", "KP", new GeoPoint(40, 127)) : null;
        return new Event(new TextSpan(Math.Min(source.Span.Start, span.Start), Math.Max(target.Span.End, span.End)), span, code, source, target,
            negated, Hypothetical: false, ReportedBy: null, date, where, "test");
    }

    private static TextSpan Find(string phrase)
    {
        var start = Text.IndexOf(phrase, StringComparison.Ordinal);
        return new TextSpan(start, start + phrase.Length);
    }
}

public sealed class SqliteEventStoreTests() : EventStoreTests(StoreKind.Sqlite);

public sealed class PostgresEventStoreTests() : EventStoreTests(StoreKind.Postgres);
