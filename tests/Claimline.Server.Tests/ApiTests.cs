using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Claimline.Server.Tests;

public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Documents_are_listed_newest_first_and_paged()
    {
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/documents?limit=200");
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/documents?limit=2");
        Assert.Equal(2, page.GetArrayLength());
        var dates = all.EnumerateArray().Select(d => d.GetProperty("published").ValueKind == JsonValueKind.String ? d.GetProperty("published").GetString() : null).ToArray();
        Assert.Equal(dates.Where(d => d is not null).OrderDescending(StringComparer.Ordinal), dates.Where(d => d is not null));
        var next = await _client.GetFromJsonAsync<JsonElement>("/api/documents?limit=2&offset=2");
        Assert.Equal(all.GetArrayLength() - 2, next.GetArrayLength());
        Assert.DoesNotContain(next.EnumerateArray().Select(d => d.GetProperty("id").GetInt64()), page.EnumerateArray().Select(d => d.GetProperty("id").GetInt64()).Contains);
    }

    [Fact]
    public async Task Search_returns_matching_documents_with_snippets()
    {
        var hits = await _client.GetFromJsonAsync<JsonElement>("/api/documents?q=fertilizer");
        Assert.Equal("geneva", hits[0].GetProperty("key").GetString());
        Assert.Contains("[fertilizer]", hits[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_document_comes_with_all_its_layers()
    {
        var doc = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{server.WireId}");
        Assert.Equal("claimline.document/1", doc.GetProperty("schema").GetString());
        Assert.Equal("DHAKA", doc.GetProperty("layers").GetProperty("datelines")[0].GetProperty("place").GetString());
        Assert.Equal(server.WireId, doc.GetProperty("storeId").GetInt64());
    }

    [Fact]
    public async Task Entities_and_one_entity_with_its_quotes()
    {
        var people = await _client.GetFromJsonAsync<JsonElement>("/api/entities?kind=person");
        var person = people.EnumerateArray().Single(p => p.GetProperty("canonical").GetString() == "Nadia Rahman");
        var key = person.GetProperty("key").GetString()!;
        var detail = await _client.GetFromJsonAsync<JsonElement>($"/api/entities/{Uri.EscapeDataString(key)}");
        Assert.Equal("relief minister", detail.GetProperty("entity").GetProperty("roles").GetString());
        Assert.Contains(detail.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("text").GetString()!.Contains("We need boats", StringComparison.Ordinal));
        Assert.Equal(server.WireId, detail.GetProperty("documents")[0].GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/entities/person:nobody")).StatusCode);
        var quotes = await _client.GetFromJsonAsync<JsonElement>("/api/quotes?speaker=rahman");
        Assert.True(quotes.GetArrayLength() >= 1);
    }

    [Fact]
    public async Task Places_come_with_coordinates()
    {
        var places = await _client.GetFromJsonAsync<JsonElement>("/api/places");
        var bangladesh = places.EnumerateArray().Single(p => p.GetProperty("key").GetString() == "country:BD");
        Assert.InRange(bangladesh.GetProperty("latitude").GetDouble(), 20, 27);
        Assert.InRange(bangladesh.GetProperty("longitude").GetDouble(), 88, 93);
    }

    [Fact]
    public async Task Missing_document_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/documents/does-not-exist");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Analyze_runs_the_pipeline_without_storing()
    {
        var response = await _client.PostAsJsonAsync("/api/analyze", new { text = "ROME (AP) — Talks ended on Monday.", date = "2025-01-06" });
        response.EnsureSuccessStatusCode();
        var doc = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2025-01-06", doc.GetProperty("meta").GetProperty("published").GetString());
        Assert.Equal("Talks ended on Monday.", doc.GetProperty("layers").GetProperty("sentences")[0].GetProperty("text").GetString());
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/documents?q=Talks%20ended");
        Assert.Equal(0, list.GetArrayLength());
    }

    [Theory]
    [InlineData("{\"text\": \"\"}")]
    [InlineData("{\"text\": \"x\", \"date\": \"yesterday\"}")]
    [InlineData("{\"text\": ")]
    public async Task Bad_input_is_a_400_problem_without_internals(string body)
    {
        var response = await _client.PostAsync("/api/analyze", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_request_is_refused()
    {
        var response = await _client.PostAsJsonAsync("/api/analyze", new { text = new string('a', 100_000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_requires_the_token_and_stores_with_it()
    {
        var article = new { id = "oslo-1", text = "OSLO (AP) — Snow closed the airport on Monday.", date = "2025-02-03" };
        var anonymous = await _client.PostAsJsonAsync("/api/documents", article);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new[] { article }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.IngestToken);
        var response = await _client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var outcome = (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal("oslo-1", outcome.GetProperty("key").GetString());
        var stored = await _client.GetFromJsonAsync<JsonElement>("/api/documents/oslo-1");
        Assert.Equal("2025-02-03", stored.GetProperty("meta").GetProperty("published").GetString());
    }

    [Fact]
    public async Task Cors_is_off_and_pages_carry_a_strict_content_security_policy()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        request.Headers.Add("Origin", "https://evil.example");
        var response = await _client.SendAsync(request);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        var page = await _client.GetAsync("/");
        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_endpoints()
    {
        var openApi = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = openApi.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/analyze", out _));
        Assert.True(paths.TryGetProperty("/api/documents/{id}", out _));
    }
}
