namespace Claimline.Cli.Tests;

/// <summary>
/// <c>--db postgres://…</c> on the command line: a database that is down is one line naming it and why, not a stack
/// trace (needs no server: nothing listens on port 1).
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
}
