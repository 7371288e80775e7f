namespace Claimline.Cli.Tests;

/// <summary>
/// <c>--db postgres://…</c> on the command line: a database that is down is one line naming it and why, not a stack
/// trace (needs no server: nothing listens on port 1); two ingest processes writing the same input at once store
/// each document once (needs the test database of <c>CLAIMLINE_TEST_POSTGRES</c>; skips without it).
/// </summary>
public sealed class PostgresCommandTests
{
    private const string Down = "postgres://claimline@127.0.0.1:1/claimline";

    [Theory]
    [InlineData("entities")]
    [InlineData("search", "troops")]
    [InlineData("ingest", "-")]
    public void A_database_that_is_down_is_named_with_the_reason(params string[] command)
    {
        var (exitCode, _, stderr) = CliProcess.Run("OSLO (AP) — Snow closed the airport on Monday.", [.. command, "--db", Down]);
        Assert.NotEqual(0, exitCode);
        Assert.StartsWith($"claimline: {Down}: cannot connect: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_ingest_processes_writing_the_same_input_at_once_store_each_document_once()
    {
        using var schema = TestPostgresSchema.Create("cli");
        var db = schema.ConnectionString;
        var input = Path.Combine(AppContext.BaseDirectory, "examples");
        using (var first = CliProcess.Start("ingest", input, "--db", db, "--parallel", "1"))
        using (var second = CliProcess.Start("ingest", input, "--db", db, "--parallel", "1"))
        {
            Assert.True(first.WaitForExit(TimeSpan.FromSeconds(120)) && second.WaitForExit(TimeSpan.FromSeconds(120)), "ingest did not finish within 120 s");
            Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        }

        var (code, stdout, stderr) = CliProcess.Run(null, "export", "-f", "jsonl", "--db", db);
        Assert.True(code == 0, stderr);
        var texts = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()).ToList();
        Assert.True(texts.Count >= 10, $"{texts.Count} documents stored");
        Assert.Equal(texts.Count, texts.Distinct().Count());
    }
}
