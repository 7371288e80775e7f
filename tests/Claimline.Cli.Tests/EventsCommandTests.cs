using System.Text.Json;

namespace Claimline.Cli.Tests;

/// <summary>
/// <c>claimline events</c> and <c>export -f gdelt-events</c> on an ingested store (the demo articles): the filters
/// hold for every row, whatever the coder finds, and the export has one 61-field row per event that is not negated.
/// </summary>
public sealed class EventsCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("claimline-events");
    private readonly string _db;

    public EventsCommandTests()
    {
        _db = Path.Combine(_dir.FullName, "demo.db");
        var demo = CliProcess.Run(null, "demo", "--db", _db);
        Assert.True(demo.ExitCode == 0, demo.Stderr);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }

    [Fact]
    public void Events_lists_the_stored_events_and_every_filter_holds_for_every_row()
    {
        var all = Events();
        Assert.NotEmpty(all);
        Assert.All(all, e => Assert.StartsWith(e.GetProperty("root").GetString()!, e.GetProperty("code").GetString()!, StringComparison.Ordinal));
        // Newest day first.
        var days = all.Select(e => e.GetProperty("day").GetString()).OfType<string>().ToList();
        Assert.Equal(days.OrderDescending(StringComparer.Ordinal), days);

        var actor = all[0].GetProperty("sourceCode").GetString()![..3];
        var byActor = Events("--actor", actor.ToLowerInvariant());
        Assert.NotEmpty(byActor);
        Assert.All(byActor, e => Assert.True(
            e.GetProperty("sourceCode").GetString()!.StartsWith(actor, StringComparison.Ordinal) || e.GetProperty("targetCode").GetString()!.StartsWith(actor, StringComparison.Ordinal)));
        Assert.Equal(all.Count(e => e.GetProperty("sourceCode").GetString()!.StartsWith(actor, StringComparison.Ordinal) || e.GetProperty("targetCode").GetString()!.StartsWith(actor, StringComparison.Ordinal)), byActor.Count);

        var root = all[0].GetProperty("root").GetString()!;
        Assert.Equal(all.Count(e => e.GetProperty("root").GetString() == root), Events("--code", root).Count);

        var day = days[^1];
        var onDay = Events("--from", day, "--to", day);
        Assert.Equal(days.Count(d => d == day), onDay.Count);
        Assert.Empty(Events("--code", "99"));
    }

    [Fact]
    public void Events_prints_a_table_with_codes_and_their_descriptions()
    {
        var first = Events()[0];
        var (code, stdout, _) = CliProcess.Run(null, "events", "--db", _db);
        Assert.Equal(0, code);
        foreach (var header in new[] { "date", "source", "code", "target", "flags", "document" })
        {
            Assert.Contains(header, stdout, StringComparison.Ordinal);
        }

        Assert.Contains($"{first.GetProperty("code").GetString()} {first.GetProperty("description").GetString()![..10]}", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2025-3-1")]
    [InlineData("--to", "yesterday")]
    public void A_day_that_is_not_YYYY_MM_DD_is_a_usage_error(string option, string value)
    {
        var (code, _, stderr) = CliProcess.Run(null, "events", "--db", _db, option, value);
        Assert.Equal(2, code);
        Assert.Contains("YYYY-MM-DD", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_gdelt_events_writes_one_61_field_row_per_event_that_happened()
    {
        var all = Events();
        var (code, stdout, _) = CliProcess.Run(null, "export", "-f", "gdelt-events", "--db", _db);
        Assert.Equal(0, code);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(all.Count(e => !e.GetProperty("negated").GetBoolean()), rows.Count);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        // GLOBALEVENTID is the store's event id: the same ids as the events command's.
        Assert.Equal(
            all.Where(e => !e.GetProperty("negated").GetBoolean()).Select(e => e.GetProperty("id").GetInt64()).Order(),
            rows.Select(r => long.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.All(rows, r => Assert.Matches("^[0-9]{14}$", r[59]));
    }

    private List<JsonElement> Events(params string[] filter)
    {
        var (code, stdout, stderr) = CliProcess.Run(null, ["events", "--db", _db, "--json", "--limit", "1000", .. filter]);
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
