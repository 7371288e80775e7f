using System.Text;
using Microsoft.Data.Sqlite;

namespace Claimline.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("claimline-ingest");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }

    [Fact]
    public void Killed_ingest_resumes_and_stores_every_good_document_exactly_once()
    {
        const int Articles = 6000;
        int[] broken = [17, 2500, 5999];
        var corpus = new StringBuilder();
        for (var i = 0; i < Articles; i++)
        {
            corpus.Append(broken.Contains(i)
                ? "{\"id\":\"broken\", \"text\": \n"
                : $"{{\"id\":\"a{i}\",\"date\":\"2025-03-0{1 + (i % 9)}\",\"text\":\"TOWN{i % 50} (AP) — Officials in district {i} said {i % 400} homes were damaged by the storm on Monday. Crews worked through the night to restore power to the {i * 7} households still cut off, the utility said. Schools will stay closed until Wednesday.\"}}\n");
        }

        var input = Path.Combine(_dir.FullName, "storm.jsonl");
        File.WriteAllText(input, corpus.ToString());
        var db = Path.Combine(_dir.FullName, "kill.db");

        using (var first = CliProcess.Start("ingest", input, "--db", db))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (StoredCount(db) < 200 && !first.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }

            Assert.False(first.HasExited, "the first run finished before it could be killed; the corpus is too small for this machine");
            first.Kill(); // SIGKILL on Unix: no chance to clean up
            first.WaitForExit();
        }

        var afterKill = StoredCount(db);
        Assert.InRange(afterKill, 200, Articles - broken.Length - 1);

        var (code, _, stderr) = CliProcess.Run(null, "ingest", input, "--db", db);
        Assert.Equal(3, code);
        foreach (var line in broken)
        {
            Assert.Contains($"storm.jsonl:{line + 1}", stderr, StringComparison.Ordinal);
        }

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), count(DISTINCT doc_key), count(DISTINCT content_hash) FROM documents";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var good = Articles - broken.Length;
        Assert.Equal(good, reader.GetInt64(0));
        Assert.Equal(good, reader.GetInt64(1));
        Assert.Equal(good, reader.GetInt64(2));
    }

    [Fact]
    public void Ingest_then_search_show_and_export_read_the_store()
    {
        var db = Path.Combine(_dir.FullName, "q.db");
        var file = Path.Combine(_dir.FullName, "harbor.txt");
        File.WriteAllText(file, "date 2025-04-01\n\nVALLETTA, Malta (AP) — Divers searched the harbor after 14 containers fell from a ferry.\n");
        Assert.Equal(0, CliProcess.Run(null, "ingest", file, "--db", db).ExitCode);

        var (searchCode, hits, _) = CliProcess.Run(null, "search", "containers", "ferry", "--db", db);
        Assert.Equal(0, searchCode);
        Assert.Contains("harbor", hits, StringComparison.Ordinal);

        var (showCode, shown, _) = CliProcess.Run(null, "show", "harbor", "--db", db, "-f", "text");
        Assert.Equal(0, showCode);
        Assert.Contains("dateline VALLETTA, Malta (AP)", shown, StringComparison.Ordinal);

        var (exportCode, csv, _) = CliProcess.Run(null, "export", "--db", db, "-f", "csv");
        Assert.Equal(0, exportCode);
        Assert.StartsWith("id,key,published", csv, StringComparison.Ordinal);
        Assert.Contains("harbor,2025-04-01", csv, StringComparison.Ordinal);

        var (gkgCode, gkg, _) = CliProcess.Run(null, "export", "--db", db, "-f", "gkg");
        Assert.Equal(0, gkgCode);
        var row = Assert.Single(gkg.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Split('\t');
        Assert.Equal(27, row.Length);
        Assert.Equal("20250401000000", row[1]);
        Assert.Contains("1#Malta#MT#MT#", row[9], StringComparison.Ordinal);
        Assert.Contains("14,containers,", row[24], StringComparison.Ordinal);

        Assert.Equal(4, CliProcess.Run(null, "show", "nothing-here", "--db", db).ExitCode);
        Assert.Equal(4, CliProcess.Run(null, "search", "x", "--db", Path.Combine(_dir.FullName, "missing.db")).ExitCode);
    }

    [Fact]
    public void Ingest_stores_nothing_for_empty_or_oversized_documents_and_records_them()
    {
        var db = Path.Combine(_dir.FullName, "e.db");
        var good = Path.Combine(_dir.FullName, "good.txt");
        File.WriteAllText(good, "date 2025-04-01\n\nVALLETTA, Malta (AP) — Divers searched the harbor on Monday.\n");
        var empty = Path.Combine(_dir.FullName, "empty.txt");
        File.WriteAllText(empty, "\n  \n");
        var big = Path.Combine(_dir.FullName, "big.txt");
        File.WriteAllText(big, string.Concat(Enumerable.Repeat("The council met again on Friday. ", 100)));

        var (code, _, stderr) = CliProcess.Run(null, "ingest", good, empty, big, "--db", db, "--max-document-bytes", "2000");

        Assert.Equal(3, code);
        Assert.Contains($"{empty}: empty document", stderr, StringComparison.Ordinal);
        Assert.Contains($"{big}: 3300 bytes of text, over the limit", stderr, StringComparison.Ordinal);
        Assert.Equal(1, StoredCount(db));
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM ingest_errors";
        Assert.Equal(2L, (long)command.ExecuteScalar()!);
    }

    private static long StoredCount(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM documents";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // not created yet
        }
    }
}
