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
        Assert.Equal(Math.Min(2, all.GetArrayLength() - 2), next.GetArrayLength());
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
        var sure = await _client.GetFromJsonAsync<JsonElement>("/api/quotes?minConfidence=0.8");
        Assert.All(sure.EnumerateArray(), q => Assert.True(q.GetProperty("confidence").GetDouble() >= 0.8));
        Assert.DoesNotContain((await _client.GetFromJsonAsync<JsonElement>("/api/quotes?minConfidence=1.5")).EnumerateArray(), q => q.GetProperty("confidence").GetDouble() < 1);
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
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("64 KiB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
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
        foreach (var path in new[] { "/api/claims", "/api/concepts", "/api/concepts/{key}/timeline", "/api/entities/{key}/claims" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        var timeline = paths.GetProperty("/api/concepts/{key}/timeline").GetProperty("get").GetProperty("responses");
        Assert.True(timeline.TryGetProperty("404", out _));
        Assert.Equal("#/components/schemas/TimelineView", timeline.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var qualifiers = openApi.GetProperty("components").GetProperty("schemas").GetProperty("Qualifier").GetProperty("enum");
        Assert.Contains("at_most", qualifiers.EnumerateArray().Select(q => q.GetString()));
    }

    [Fact]
    public async Task Concepts_are_listed_by_claims_with_holders_documents_and_dates_and_paged()
    {
        // By holders, then documents, then claims: generic heads counted once in many articles do not lead.
        var concepts = await _client.GetFromJsonAsync<JsonElement>("/api/concepts?limit=200");
        var counts = concepts.EnumerateArray().Select(c => (c.GetProperty("holders").GetInt32(), c.GetProperty("documents").GetInt32(), c.GetProperty("claims").GetInt32())).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        var troops = concepts[0];
        Assert.Equal(ServerFixture.TroopConcept, troops.GetProperty("key").GetString());
        Assert.Equal("ET troops in SO", troops.GetProperty("label").GetString());
        Assert.Equal(9, troops.GetProperty("claims").GetInt32());
        Assert.Equal(4, troops.GetProperty("documents").GetInt32());
        Assert.True(troops.GetProperty("holders").GetInt32() >= 3);
        Assert.Equal("2025-03-03", troops.GetProperty("first").GetString());

        var searched = await _client.GetFromJsonAsync<JsonElement>("/api/concepts?q=et%20TROOPS");
        Assert.Equal(ServerFixture.TroopConcept, Assert.Single(searched.EnumerateArray()).GetProperty("key").GetString());
        var second = await _client.GetFromJsonAsync<JsonElement>("/api/concepts?limit=1&offset=1");
        Assert.Equal(concepts[1].GetProperty("key").GetString(), Assert.Single(second.EnumerateArray()).GetProperty("key").GetString());
        Assert.Single((await _client.GetFromJsonAsync<JsonElement>("/api/concepts?limit=0")).EnumerateArray());
        Assert.Empty((await _client.GetFromJsonAsync<JsonElement>("/api/concepts?q=no%20such%20thing")).EnumerateArray());
    }

    [Fact]
    public async Task Concept_timeline_takes_a_url_encoded_key_and_gives_series_intervals_and_comparisons()
    {
        var timeline = await _client.GetFromJsonAsync<JsonElement>($"/api/concepts/{Uri.EscapeDataString(ServerFixture.TroopConcept)}/timeline");
        Assert.Equal(ServerFixture.TroopConcept, timeline.GetProperty("concept").GetProperty("key").GetString());
        Assert.NotEmpty(timeline.GetProperty("concept").GetProperty("evidence").EnumerateArray());
        var entries = timeline.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(9, entries.Count);
        var dates = entries.Select(e => e.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);

        // Each entry sits in exactly one holder's series.
        var series = timeline.GetProperty("holders").EnumerateArray().ToList();
        Assert.True(series.Count >= 3);
        Assert.Equal(Enumerable.Range(0, entries.Count), series.SelectMany(h => h.GetProperty("entries").EnumerateArray().Select(i => i.GetInt32())).Order());
        Assert.Contains(series, h => h.GetProperty("key").GetString() == "country:SO" && h.GetProperty("movement").GetString() == "rose");

        // Qualifiers by name, and the intervals the chart draws (FigureInterval).
        var upTo = Assert.Single(entries, e => e.GetProperty("qualifier").GetString() == "at_most");
        Assert.Equal("up to 6,000", upTo.GetProperty("figure").GetString());
        Assert.Equal(0, upTo.GetProperty("intervalLow").GetDouble());
        Assert.Equal(6000, upTo.GetProperty("intervalHigh").GetDouble());
        var about = entries.First(e => e.GetProperty("qualifier").GetString() == "approx");
        Assert.Equal(about.GetProperty("low").GetDouble() * 0.9, about.GetProperty("intervalLow").GetDouble(), 6);
        Assert.Equal(about.GetProperty("high").GetDouble() * 1.1, about.GetProperty("intervalHigh").GetDouble(), 6);
        var denial = Assert.Single(entries, e => e.GetProperty("denied").GetBoolean());
        Assert.Equal("denies", denial.GetProperty("modality").GetString());
        Assert.Equal("0 (denied)", denial.GetProperty("figure").GetString());

        var comparisons = timeline.GetProperty("comparisons").EnumerateArray().ToList();
        Assert.Equal(timeline.GetProperty("comparisonCount").GetInt32(), comparisons.Count);
        Assert.Contains(comparisons, c => c.GetProperty("agree").GetBoolean());
        Assert.Contains(comparisons, c => !c.GetProperty("agree").GetBoolean());
        Assert.All(comparisons, c => Assert.InRange(c.GetProperty("second").GetInt32(), 0, entries.Count - 1));

        // Each entry points to its stored article and to the evidence in it.
        foreach (var entry in entries)
        {
            var doc = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{entry.GetProperty("document").GetInt64()}");
            var text = doc.GetProperty("text").GetString()!;
            Assert.Equal(entry.GetProperty("evidence").GetString(), text[entry.GetProperty("start").GetInt32()..entry.GetProperty("end").GetInt32()]);
        }
    }

    [Theory]
    [InlineData("troop%7CXX%7CYY")]
    [InlineData("nothing")]
    public async Task Unknown_concept_timeline_is_a_404_problem(string key)
    {
        var response = await _client.GetAsync($"/api/concepts/{key}/timeline");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(Uri.UnescapeDataString(key), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_filter_by_concept_and_holder_and_page()
    {
        var byConcept = await _client.GetFromJsonAsync<JsonElement>($"/api/claims?concept={Uri.EscapeDataString(ServerFixture.TroopConcept)}&limit=200");
        Assert.Equal(9, byConcept.GetArrayLength());
        var claim = byConcept[0];
        foreach (var field in new[] { "id", "document", "documentKey", "holder", "modality", "figure", "low", "high", "qualifier", "concept", "conceptLabel", "evidence", "start", "end", "confidence" })
        {
            Assert.True(claim.TryGetProperty(field, out _), field);
        }

        var byHolder = await _client.GetFromJsonAsync<JsonElement>("/api/claims?holder=country:SO&limit=200");
        Assert.True(byHolder.GetArrayLength() >= 4);
        Assert.All(byHolder.EnumerateArray(), c => Assert.Equal("country:SO", c.GetProperty("holderKey").GetString()));
        var first = await _client.GetFromJsonAsync<JsonElement>("/api/claims?holder=country:SO&limit=2");
        var next = await _client.GetFromJsonAsync<JsonElement>("/api/claims?holder=country:SO&limit=2&offset=2");
        Assert.Equal(2, first.GetArrayLength());
        Assert.Empty(first.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).Intersect(next.EnumerateArray().Select(c => c.GetProperty("id").GetInt64())));
        Assert.Equal(0, (await _client.GetFromJsonAsync<JsonElement>("/api/claims?concept=no%20such%20concept")).GetArrayLength());
    }

    [Fact]
    public async Task An_entity_lists_the_claims_it_holds()
    {
        var held = await _client.GetFromJsonAsync<JsonElement>("/api/entities/country%3ASO/claims?limit=200");
        var byHolder = await _client.GetFromJsonAsync<JsonElement>("/api/claims?holder=country:SO&limit=200");
        Assert.Equal(byHolder.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).Order(), held.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).Order());
        Assert.Equal(1, (await _client.GetFromJsonAsync<JsonElement>("/api/entities/country%3ASO/claims?limit=1")).GetArrayLength());
        Assert.Equal(0, (await _client.GetFromJsonAsync<JsonElement>("/api/entities/person%3Anobody/claims")).GetArrayLength());
    }

    [Fact]
    public async Task A_person_page_lists_the_claims_they_voice_for_their_country()
    {
        // Somalia's figures given by its foreign minister: held by Somalia, shown on Ahmed Farah's page too.
        var voiced = await _client.GetFromJsonAsync<JsonElement>("/api/entities/person%3Aahmed-farah/claims?limit=200");
        Assert.NotEmpty(voiced.EnumerateArray());
        Assert.All(voiced.EnumerateArray(), c => Assert.Equal("country:SO", c.GetProperty("holderKey").GetString()));
        Assert.Contains(voiced.EnumerateArray(), c => c.GetProperty("via").GetString() == "Ahmed Farah");
    }

    [Fact]
    public async Task Concepts_no_holder_states_are_hidden_unless_all_are_asked_for()
    {
        var stated = await _client.GetFromJsonAsync<JsonElement>("/api/concepts?limit=200");
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/concepts?limit=200&all=true");
        Assert.True(all.GetArrayLength() > stated.GetArrayLength());
        var hidden = all.EnumerateArray().Select(c => c.GetProperty("key").GetString()!).Except(stated.EnumerateArray().Select(c => c.GetProperty("key").GetString()!)).ToList();
        foreach (var key in hidden)
        {
            var claims = await _client.GetFromJsonAsync<JsonElement>($"/api/claims?concept={Uri.EscapeDataString(key)}&limit=200");
            Assert.All(claims.EnumerateArray(), c => Assert.True(c.GetProperty("holderKind").GetString() == "outlet" || c.GetProperty("holder").GetString() == "(unknown speaker)", key));
        }
    }

    [Fact]
    public async Task A_document_without_a_given_title_is_listed_under_its_headline()
    {
        var rows = await _client.GetFromJsonAsync<JsonElement>("/api/documents?limit=200");
        var brussels = Assert.Single(rows.EnumerateArray(), d => d.GetProperty("key").GetString() == "brussels");
        Assert.Equal(ServerFixture.BrusselsHeadline, brussels.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_read_token_guards_every_read_endpoint()
    {
        await using var app = ClaimlineServer.Create(new ServerOptions { DatabasePath = server.DatabasePath, Urls = "http://127.0.0.1:0", ReadToken = "read-secret" });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        foreach (var path in new[] { "/api/documents", "/api/entities", "/api/quotes", "/api/places", "/api/claims", "/api/concepts", "/api/concepts/troop%7CET%7CSO/timeline", "/api/entities/country%3ASO/claims", "/api/events", "/api/events/counts" })
        {
            var anonymous = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "read-secret");
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/analyze", new { text = "ROME (AP) — Talks ended." })).StatusCode);
    }
}
