using Claimline.Store.Backends;

namespace Claimline.Store.Tests;

/// <summary>
/// The PostgreSQL backend: every test of <see cref="ClaimlineStoreTests"/>, plus what only a shared server has: the
/// schema_version table, a database without Claimline tables, several writers at once.
/// </summary>
public sealed class PostgresStoreTests() : ClaimlineStoreTests(StoreKind.Postgres)
{
    [Fact]
    public void A_store_from_a_newer_version_is_refused()
    {
        using (var store = Fixture.Open())
        {
            ClaimlineStore.Execute(store.Connection, "UPDATE schema_version SET version = 999");
        }

        var error = Assert.Throws<StoreException>(() => Fixture.Open());
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("postgres://", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_without_claimline_tables_is_not_a_store_for_a_query()
    {
        var error = Assert.Throws<StoreException>(() => ClaimlineStore.Open(Fixture.Location, mustExist: true));
        Assert.Contains("no Claimline store", error.Message, StringComparison.Ordinal);
        using var store = Fixture.Open(); // without mustExist, the same database becomes one
        Assert.Equal(Migrator.CurrentVersion, store.SchemaVersion);
    }

    [Fact]
    public async Task Two_writers_offering_the_same_documents_at_once_store_each_once()
    {
        // Different texts that share concepts (roads, ferries), so that the writers also race on the concepts table.
        var documents = Enumerable.Range(0, 12)
            .Select(i => StoreFixture.Analyze($"date 2025-05-{10 + i}\n\nOSLO (AP) — Storm {i} closed {i + 3} roads and {i + 2} ferries on Monday, officials said.", $"race-{i}"))
            .ToList();
        using var first = Fixture.Open();
        using var second = Fixture.Open();
        using var barrier = new Barrier(2);

        // Each writer offers every document at the same moment as the other (the barrier), in its own thread.
        List<StoreResult> Offer(ClaimlineStore store)
        {
            var results = new List<StoreResult>();
            foreach (var document in documents)
            {
                barrier.SignalAndWait();
                results.Add(store.Writer.Add(document));
            }

            return results;
        }

        var a = Task.Factory.StartNew(() => Offer(first), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var b = Task.Factory.StartNew(() => Offer(second), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var results = await Task.WhenAll(a, b);

        for (var i = 0; i < documents.Count; i++)
        {
            var pair = new[] { results[0][i], results[1][i] };
            Assert.Single(pair, r => r.Outcome == StoreOutcome.AlreadyStored);
            Assert.Equal(pair[0].Id, pair[1].Id);
        }

        Assert.Equal(documents.Count, first.Queries.CountDocuments());
        Assert.Equal(documents.Count, first.Queries.List(limit: 100).Select(d => d.Key).Distinct().Count());
    }
}

/// <summary>What <c>--db</c> accepts, and a database that cannot be reached: needs no server.</summary>
public sealed class StoreLocationTests
{
    [Fact]
    public void A_postgres_uri_becomes_a_connection_string_and_is_shown_without_its_password()
    {
        var location = StoreLocation.Parse("postgres://ana:s%40cret@db.example:5433/news?sslmode=disable&search_path=claimline");
        Assert.Equal(StoreKind.Postgres, location.Kind);
        Assert.Equal("postgres://ana@db.example:5433/news?search_path=claimline", location.Display);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(location.Target);
        Assert.Equal(("db.example", 5433, "news", "ana", "s@cret"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
        Assert.Equal((Npgsql.SslMode.Disable, "claimline"), (builder.SslMode, builder.SearchPath));
    }

    [Fact]
    public void Server_options_pass_through_the_uri()
    {
        var location = StoreLocation.Parse("postgres://ana@localhost/news?options=-c%20synchronous_commit%3Doff");
        Assert.Equal("-c synchronous_commit=off", new Npgsql.NpgsqlConnectionStringBuilder(location.Target).Options);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Database=news;Username=ana", StoreKind.Postgres)]
    [InlineData("postgresql://ana@localhost/news", StoreKind.Postgres)]
    [InlineData("claimline.db", StoreKind.Sqlite)]
    [InlineData("data/a=b.db", StoreKind.Sqlite)]
    public void Files_and_databases_are_told_apart(string given, StoreKind kind) => Assert.Equal(kind, StoreLocation.Parse(given).Kind);

    [Fact]
    public void A_database_that_is_down_is_named_with_the_reason_and_without_the_password()
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        var error = Assert.Throws<StoreException>(() => ClaimlineStore.Open("postgres://ana:secret@127.0.0.1:1/news"));
        Assert.StartsWith("postgres://ana@127.0.0.1:1/news: cannot connect: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_backends_have_their_migrations_up_to_the_same_version()
    {
        Assert.Equal(Migrator.Sqlite.Available.Select(m => m.Name), Migrator.Postgres.Available.Select(m => m.Name));
        Assert.Equal(Migrator.CurrentVersion, Migrator.Postgres.CurrentVersion);
    }
}
