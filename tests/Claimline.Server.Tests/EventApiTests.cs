using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Claimline.Server.Tests;

/// <summary><c>/api/events</c>, <c>/api/events/counts</c> and <c>/api/events/codes</c> over the fixture's hand-set events.</summary>
public sealed class EventApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Events_filter_by_actor_prefix_code_prefix_and_days()
    {
        var all = await Events("");
        Assert.Equal(4, all.Count(e => e.GetProperty("document").GetInt64() == server.EventsId));

        var korea = await Events("actor=prk");
        Assert.Equal(["074", "100", "195"], Codes(korea));
        Assert.All(korea, e => Assert.Equal("events-wire", e.GetProperty("documentKey").GetString()));
        var fired = korea.Single(e => e.GetProperty("code").GetString() == "195");
        Assert.Equal(("PRK", "North Korea", "19", 4), (fired.GetProperty("sourceCode").GetString(), fired.GetProperty("sourceName").GetString(), fired.GetProperty("root").GetString(), fired.GetProperty("quadClass").GetInt32()));
        Assert.Equal("Employ aerial weapons", fired.GetProperty("description").GetString());
        Assert.Equal("fired", fired.GetProperty("trigger").GetString());

        Assert.Equal(["191", "195"], Codes(await Events("code=19")));
        Assert.Equal(["074"], Codes(await Events("actor=PRK&from=2025-06-01&to=2025-06-01")));
        Assert.True((await Events("actor=PRK&from=2025-06-01&to=2025-06-01"))[0].GetProperty("negated").GetBoolean());
        Assert.Empty(await Events("actor=CHN"));

        var page = await Events("actor=PRK&limit=1&offset=1");
        Assert.Equal(korea[1].GetProperty("id").GetInt64(), Assert.Single(page).GetProperty("id").GetInt64());
        // The page size is bounded like the other lists.
        Assert.True((await Events("limit=100000")).Count <= 200);
    }

    [Fact]
    public async Task Counts_are_per_root_per_day_without_negated_events()
    {
        var counts = await _client.GetFromJsonAsync<JsonElement>("/api/events/counts?actor=PRK");
        Assert.Equal(
            [("2025-06-02", "10", 1), ("2025-06-02", "19", 1)],
            counts.EnumerateArray().Select(c => (c.GetProperty("day").GetString(), c.GetProperty("root").GetString(), c.GetProperty("count").GetInt32())).ToArray());
        Assert.Equal("Fight", counts[1].GetProperty("rootName").GetString());
    }

    [Theory]
    [InlineData("/api/events?from=2025-6-1", "from")]
    [InlineData("/api/events/counts?to=tomorrow", "to")]
    public async Task A_day_that_is_not_YYYY_MM_DD_is_a_400_problem_naming_the_field(string path, string field)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Codes_give_GDELTs_descriptions()
    {
        var codes = await _client.GetFromJsonAsync<JsonElement>("/api/events/codes");
        Assert.Equal("Use conventional military force, not specified below", codes.GetProperty("190").GetString());
        Assert.True(codes.EnumerateObject().Count() > 250);
    }

    private async Task<List<JsonElement>> Events(string query)
    {
        var rows = await _client.GetFromJsonAsync<JsonElement>(query.Contains("limit=", StringComparison.Ordinal) ? $"/api/events?{query}" : $"/api/events?limit=200&{query}");
        return [.. rows.EnumerateArray()];
    }

    private static string[] Codes(IEnumerable<JsonElement> rows) => [.. rows.Select(e => e.GetProperty("code").GetString()!).Order(StringComparer.Ordinal)];
}
