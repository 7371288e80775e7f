using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Store.Backends;
using Claimline.Store.Ingestion;

namespace Claimline.Store.Tests;

/// <summary>The parallel, resumable ingest, on both backends (the classes at the end).</summary>
public abstract class IngestRunnerTests(StoreKind kind) : IDisposable
{
    private readonly StoreFixture _fixture = new(kind);

    public void Dispose()
    {
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Mixed_folder_stores_good_documents_and_records_bad_ones()
    {
        _fixture.WriteFile("in/a.txt", "OSLO (AP) — Snow closed the airport on Monday.");
        _fixture.WriteFile("in/b.txt", "date 2025-02-03\n\nBERGEN (AP) — Ferries ran late.");
        _fixture.WriteFile("in/c.jsonl", "{\"id\":\"c1\",\"text\":\"Trains stopped.\"}\nnot json\n{\"id\":\"c3\",\"text\":\"Buses ran.\"}\n");
        File.WriteAllBytes(Path.Combine(_fixture.Folder, "in", "d.txt"), [0x61, 0xFF, 0x62]);
        _fixture.WriteFile("in/e.txt", "date 2025-02-31 impossible date\n\nText.");

        using var store = _fixture.Open();
        var runner = new IngestRunner(store, StandardPipeline.Create(), new DocumentReader(), 2);
        await runner.RunAsync([Path.Combine(_fixture.Folder, "in")]);

        Assert.Equal(4, runner.Progress.Stored);
        Assert.Equal(3, runner.Progress.Failed);
        Assert.Equal(4, store.Queries.CountDocuments());
        Assert.Contains(runner.Errors, e => e.Contains("c.jsonl:2", StringComparison.Ordinal));
        Assert.Contains(runner.Errors, e => e.Contains("d.txt", StringComparison.Ordinal) && e.Contains("byte offset 1", StringComparison.Ordinal));
        Assert.Contains(runner.Errors, e => e.Contains("e.txt", StringComparison.Ordinal));
        Assert.Equal(3, store.Queries.Errors().Count);
    }

    [Fact]
    public async Task Empty_and_oversized_documents_are_recorded_as_errors_and_nothing_of_them_is_stored()
    {
        _fixture.WriteFile("in/a.txt", "OSLO (AP) — Snow closed the airport on Monday.");
        _fixture.WriteFile("in/b.txt", "");
        _fixture.WriteFile("in/c.txt", "  \n\n\t ");
        _fixture.WriteFile("in/d.jsonl", "{\"id\":\"d1\",\"text\":\"\"}\n{\"id\":\"d2\",\"text\":\"Trains stopped on Tuesday.\"}\n");
        _fixture.WriteFile("in/e.txt", string.Concat(Enumerable.Repeat("The council met again on Friday. ", 100)));

        using var store = _fixture.Open();
        var runner = new IngestRunner(store, StandardPipeline.Create(), new DocumentReader { MaxTextBytes = 2000 }, 2);
        await runner.RunAsync([Path.Combine(_fixture.Folder, "in")]);

        Assert.Equal(2, runner.Progress.Stored);
        Assert.Equal(4, runner.Progress.Failed);
        Assert.Equal(["a", "d2"], store.Queries.List(limit: 10).Select(d => d.Key).Order(StringComparer.Ordinal));
        Assert.Equal(3, runner.Errors.Count(e => e.Contains("empty document", StringComparison.Ordinal)));
        Assert.Contains(runner.Errors, e => e.Contains("e.txt", StringComparison.Ordinal) && e.Contains("over the limit of 2000 bytes", StringComparison.Ordinal));
        Assert.Contains(runner.Errors, e => e.Contains("d.jsonl:1", StringComparison.Ordinal));
        Assert.Equal(4, store.Queries.Errors().Count);
    }

    [Fact]
    public async Task Given_date_title_and_source_are_stored_for_inputs_that_carry_none()
    {
        var plain = _fixture.WriteFile("in/a.txt", "OSLO — Snow closed the airport on Monday.");
        var jsonl = _fixture.WriteFile("in/b.jsonl", "{\"id\":\"b1\",\"date\":\"2024-12-01\",\"title\":\"Own title\",\"text\":\"Trains stopped on Tuesday.\"}\n");

        using var store = _fixture.Open();
        var reader = new DocumentReader { Defaults = new DocumentDefaults(new DateOnly(2025, 2, 5), "Given title", "Given source") };
        await new IngestRunner(store, StandardPipeline.Create(), reader, 2).RunAsync([plain, jsonl]);

        var a = store.Queries.Get("a")!.Document.Meta;
        Assert.Equal((new DateOnly(2025, 2, 5), "Given title", "Given source"), (a.Published, a.Title, a.Source));
        var b = store.Queries.Get("b1")!.Document.Meta;
        Assert.Equal((new DateOnly(2024, 12, 1), "Own title", "Given source"), (b.Published, b.Title, b.Source));
    }

    [Fact]
    public async Task Running_again_stores_nothing_twice()
    {
        var jsonl = string.Join('\n', Enumerable.Range(0, 50).Select(i => $"{{\"id\":\"n{i}\",\"text\":\"Item {i} reported on Tuesday.\"}}"));
        var input = _fixture.WriteFile("n.jsonl", jsonl);
        using var store = _fixture.Open();

        var first = new IngestRunner(store, StandardPipeline.Create(), new DocumentReader(), 2);
        await first.RunAsync([input]);
        var second = new IngestRunner(store, StandardPipeline.Create(), new DocumentReader(), 2);
        await second.RunAsync([input]);

        Assert.Equal(new FileInfo(input).Length, first.Progress.BytesTotal);
        Assert.Equal(first.Progress.BytesTotal, first.Progress.BytesDone);
        Assert.Equal(50, first.Progress.Stored);
        Assert.Equal(0, second.Progress.Stored);
        Assert.Equal(50, second.Progress.AlreadyStored);
        Assert.Equal(0, second.Progress.Words);
        Assert.Equal(50, store.Queries.CountDocuments());
    }
}

public sealed class SqliteIngestRunnerTests() : IngestRunnerTests(StoreKind.Sqlite);

public sealed class PostgresIngestRunnerTests() : IngestRunnerTests(StoreKind.Postgres);
