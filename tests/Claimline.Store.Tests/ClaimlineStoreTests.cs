using Claimline.Model;
using Claimline.Store.Backends;
using Microsoft.Data.Sqlite;

namespace Claimline.Store.Tests;

/// <summary>What the store does on both backends; the SQLite and PostgreSQL classes below add what only one has.</summary>
public abstract class ClaimlineStoreTests(StoreKind kind) : IDisposable
{
    private const string Story = "date 2025-04-01 Divers search a harbor. (AP Photo/Jane Doe)\n\nVALLETTA, Malta (AP) — Coast guard divers searched the harbor on Monday after a ferry lost part of its cargo. Officials said 14 containers fell overboard.";

    protected StoreFixture Fixture { get; } = new(kind);

    public void Dispose()
    {
        Fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void New_store_is_created_at_the_current_schema_version()
    {
        using var store = Fixture.Open();
        Assert.Equal(kind, store.Kind);
        Assert.Equal(Migrator.CurrentVersion, store.SchemaVersion);
        Assert.True(Migrator.CurrentVersion >= 1);
    }

    [Fact]
    public void Opening_an_existing_store_again_migrates_nothing_and_keeps_its_documents()
    {
        using (var store = Fixture.Open())
        {
            store.Writer.Add(StoreFixture.Analyze(Story, "malta"));
        }

        using var again = ClaimlineStore.Open(Fixture.Location, mustExist: true);
        Assert.Equal(Migrator.CurrentVersion, again.SchemaVersion);
        Assert.Equal(1, again.Queries.CountDocuments());
    }

    [Fact]
    public void Stored_document_comes_back_with_text_meta_and_layers()
    {
        var document = StoreFixture.Analyze(Story, "malta");
        using (var store = Fixture.Open())
        {
            Assert.Equal(StoreOutcome.Stored, store.Writer.Add(document).Outcome);
        }

        using var reopened = ClaimlineStore.Open(Fixture.Location, mustExist: true);
        var stored = reopened.Queries.Get("malta");
        Assert.NotNull(stored);
        Assert.Equal(document.Text, stored.Document.Text);
        Assert.Equal(document.Meta with { }, stored.Document.Meta);
        Assert.Equal(document.Get(Layers.Sentences), stored.Document.Get(Layers.Sentences));
        Assert.Equal(document.Get(Layers.Datelines), stored.Document.Get(Layers.Datelines));
        Assert.Equal(stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), reopened.Queries.Get(stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_migrated_store_opened_for_reading_sees_what_the_writer_stored_since()
    {
        using (var store = Fixture.Open())
        {
            Assert.Equal(StoreOutcome.Stored, store.Writer.Add(StoreFixture.Analyze(Story, "first")).Outcome);
        }

        using (var reader = ClaimlineStore.OpenMigrated(Fixture.Location))
        {
            Assert.Equal(1, reader.Queries.CountDocuments());
        }

        using (var store = Fixture.Open())
        {
            store.Writer.Add(StoreFixture.Analyze(Story.Replace("14 containers", "15 containers", StringComparison.Ordinal), "second"));
        }

        // The pooled connection handed out again must not answer from what it read before.
        using var again = ClaimlineStore.OpenMigrated(Fixture.Location);
        Assert.Equal(2, again.Queries.CountDocuments());
        Assert.NotNull(again.Queries.Get("second"));
    }

    [Fact]
    public void A_long_document_is_stored_with_every_row_however_the_rows_are_batched()
    {
        // Over 500 sentences and mentions: PostgreSQL sends full batches of 500 rows and then the rest.
        var text = string.Join(' ', Enumerable.Range(0, 1203).Select(i => $"Officials in Malta counted {i + 2} boats on day {i}."));
        var document = StoreFixture.Analyze(text, "long");
        using var store = Fixture.Open();
        var id = store.Writer.Add(document).Id;
        var sentences = document.Get(Layers.Sentences).Count;
        var mentions = document.Get(Layers.Referents).Sum(r => r.Mentions.Count);
        Assert.True(sentences > 1000 && mentions > 1000, $"{sentences} sentences, {mentions} mentions");
        Assert.Equal((long)sentences, Count(store, $"SELECT count(*) FROM sentences WHERE document = {id}"));
        Assert.Equal((long)sentences - 1, Count(store, $"SELECT max(ordinal) FROM sentences WHERE document = {id}"));
        Assert.Equal((long)mentions, Count(store, $"SELECT count(*) FROM mentions WHERE document = {id}"));
    }

    [Fact]
    public void The_same_text_is_stored_once()
    {
        using var store = Fixture.Open();
        var first = store.Writer.Add(StoreFixture.Analyze(Story, "a"));
        var second = store.Writer.Add(StoreFixture.Analyze(Story, "b"));
        Assert.Equal(StoreOutcome.AlreadyStored, second.Outcome);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, store.Queries.CountDocuments());
    }

    [Fact]
    public void A_republished_story_is_stored_and_linked_to_the_first_copy()
    {
        var body = string.Join(' ', Enumerable.Range(0, 12).Select(i => $"Officials in district {i} counted damaged homes and said repairs would take weeks."));
        var original = $"ROME (AP) — {body}";
        var republished = $"ROME (AP) — {body} Reporting by a staff writer.";
        using var store = Fixture.Open();
        var first = store.Writer.Add(StoreFixture.Analyze(original, "outlet-a"));
        var copy = store.Writer.Add(StoreFixture.Analyze(republished, "outlet-b"));
        var unrelated = store.Writer.Add(StoreFixture.Analyze(
            "PARIS (AP) — " + string.Join(' ', Enumerable.Range(0, 12).Select(i => $"Farmers in region {i} drove tractors into the capital to protest fuel taxes on Friday.")), "other"));

        Assert.Equal(StoreOutcome.StoredNearDuplicate, copy.Outcome);
        Assert.Equal(first.Id, copy.DuplicateOf);
        Assert.Equal(StoreOutcome.Stored, unrelated.Outcome);
        Assert.Equal(first.Id, store.Queries.Get("outlet-b")!.DuplicateOf);
    }

    [Fact]
    public void Short_texts_are_never_linked_as_near_duplicates()
    {
        using var store = Fixture.Open();
        store.Writer.Add(StoreFixture.Analyze("The vote passed.", "a"));
        Assert.Equal(StoreOutcome.Stored, store.Writer.Add(StoreFixture.Analyze("The vote passed!", "b")).Outcome);
    }

    [Fact]
    public void Full_text_search_ranks_matching_documents_and_quotes_operators()
    {
        using var store = Fixture.Open();
        store.Writer.Add(StoreFixture.Analyze(Story, "malta"));
        store.Writer.Add(StoreFixture.Analyze("BERLIN (AP) — Lawmakers debated the budget on Tuesday.", "berlin"));

        var hits = store.Queries.Search("containers overboard");
        Assert.Equal(["malta"], hits.Select(h => h.Key));
        Assert.Contains("[containers]", hits[0].Snippet, StringComparison.Ordinal);
        Assert.Empty(store.Queries.Search("containers AND NEAR( \"budget"));
        Assert.Empty(store.Queries.Search("budget OR"));  // "OR" is a word that must occur, not an operator
        Assert.Single(store.Queries.Search("BUDGET"));
        Assert.Empty(store.Queries.Search("   "));
    }

    [Fact]
    public void Referents_and_quotes_are_queryable_across_documents()
    {
        using var store = Fixture.Open();
        store.Writer.Add(StoreFixture.Analyze("date 2025-04-01\n\nVALLETTA, Malta (AP) — Harbor master Marco Vella said on Monday that 14 containers fell overboard. “We will find them,” Vella said.", "a"));
        store.Writer.Add(StoreFixture.Analyze("date 2025-04-03\n\nROME (AP) — Italy sent divers to Malta on Wednesday, officials said.", "b"));

        var malta = Assert.Single(store.Queries.TopEntities("country"), e => e.Key == "country:MT");
        Assert.Equal(2, malta.Documents);
        var person = Assert.Single(store.Queries.TopEntities("person"));
        Assert.Equal("Marco Vella", person.Canonical);

        var quotes = store.Queries.Quotes(speaker: "VELLA");
        Assert.Contains(quotes, q => q.Text.Contains("We will find them", StringComparison.Ordinal) && q.Kind == "direct");
        Assert.All(quotes, q => Assert.Equal("a", q.DocumentKey));
        Assert.Single(store.Queries.Quotes(text: "divers"));
        var byKey = store.Queries.Quotes(speakerKey: "person:marco-vella");
        Assert.NotEmpty(byKey);
        Assert.All(byKey, q => Assert.Equal("Marco Vella", q.Speaker));

        // The least confidence filters on the stored value: the surest quotes stay, a bar above all of them leaves none.
        var all = store.Queries.Quotes();
        var bar = all.Max(q => q.Confidence);
        Assert.All(store.Queries.Quotes(minConfidence: bar), q => Assert.Equal(bar, q.Confidence));
        Assert.Equal(all.Count(q => q.Confidence >= bar), store.Queries.Quotes(minConfidence: bar).Count);
        Assert.Empty(store.Queries.Quotes(minConfidence: bar + 0.01));
    }

    private static long Count(ClaimlineStore store, string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>The SQLite file: WAL mode, files that are not stores, a version newer than the program.</summary>
public sealed class SqliteStoreTests() : ClaimlineStoreTests(StoreKind.Sqlite)
{
    [Fact]
    public async Task Several_openers_of_one_new_file_migrate_it_once()
    {
        // Workers started together open the same new store: each must find it migrated or migrate it, never fail
        // on a table another one has just created.
        for (var round = 0; round < 20; round++)
        {
            var path = $"{Fixture.Path}.{round}";
            using var start = new Barrier(8);
            var openers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                using var store = ClaimlineStore.Open(path);
                return store.SchemaVersion;
            })).ToArray();
            Assert.All(await Task.WhenAll(openers), version => Assert.Equal(Migrator.CurrentVersion, version));
        }
    }

    [Fact]
    public void A_new_store_is_in_wal_mode()
    {
        using var store = Fixture.Open();
        using var command = store.Connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void Opening_a_missing_store_for_reading_names_it()
    {
        var missing = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"claimline-missing-{Guid.NewGuid():N}.db");
        var e = Assert.Throws<StoreException>(() => ClaimlineStore.OpenMigrated(missing));
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_refused_with_its_name()
    {
        File.WriteAllText(Fixture.Path, "this is not a database, just some text that is long enough to look like a header");
        var error = Assert.Throws<StoreException>(() => ClaimlineStore.Open(Fixture.Path));
        Assert.Contains("test.db", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_from_a_newer_version_is_refused()
    {
        using (var connection = new SqliteConnection($"Data Source={Fixture.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreException>(() => ClaimlineStore.Open(Fixture.Path));
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_store_for_a_query_is_an_error()
        => Assert.Throws<StoreException>(() => ClaimlineStore.Open(Path.Combine(Fixture.Folder, "none.db"), mustExist: true));
}
