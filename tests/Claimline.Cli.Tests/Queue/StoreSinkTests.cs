using System.Data.Common;
using Claimline.Pipeline;
using Claimline.Queue;
using Claimline.Reading;
using Claimline.Store;

namespace Claimline.Cli.Tests.Queue;

/// <summary>The worker's store entry when the database drops its connection (a restart, a failover).</summary>
public sealed class StoreSinkTests
{
    [Fact]
    public void A_dropped_postgresql_connection_fails_one_write_and_the_retry_reopens_and_stores()
    {
        // Its own application name, so that only this test's connections are cut (other tests share the server).
        var application = $"claimline-sink-{Guid.NewGuid():N}";
        using var schema = TestPostgresSchema.Create("sink", application);
        var location = schema.ConnectionString;
        var pipeline = StandardPipeline.Create();
        Claimline.Model.Document Analyze(string text, string id) => pipeline.Run(DocumentReader.FromText(text, id, new DateOnly(2025, 5, 2)));

        using var sink = new StoreDocumentSink(ClaimlineStore.Open(location), () => ClaimlineStore.Open(location));
        Assert.Equal(StoreOutcome.Stored, sink.Add(Analyze("The port of Tallinn reopened on Friday, officials said.", "one")));

        schema.ExecuteOnServer($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{application}'");
        var second = Analyze("Ferries to Helsinki ran again on Saturday, the operator said.", "two");
        Assert.ThrowsAny<DbException>(() => sink.Add(second));
        Assert.Equal(StoreOutcome.Stored, sink.Add(second));
        Assert.Equal(StoreOutcome.AlreadyStored, sink.Add(second));

        using var check = ClaimlineStore.Open(location, mustExist: true);
        Assert.Equal(2, check.Queries.CountDocuments());
    }
}
