using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Store;
using Npgsql;

namespace Claimline.Server.Tests;

/// <summary>
/// <c>serve --db postgres://…</c>: the same UI and API over a PostgreSQL store, one smoke test (the other server tests
/// run on SQLite). Needs the test database that <c>CLAIMLINE_TEST_POSTGRES</c> names (.ci/run starts one); skips
/// without it. The store gets a schema of its own, dropped afterwards.
/// </summary>
public sealed class PostgresServerTests
{
    [Fact]
    public async Task The_api_and_the_ui_serve_a_postgres_store_and_write_to_it()
    {
        var server = Environment.GetEnvironmentVariable("CLAIMLINE_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip("CLAIMLINE_TEST_POSTGRES is not set: no PostgreSQL server to test against (.ci/run starts a throw-away cluster).");
        }

        var schema = $"server_{Guid.NewGuid():N}";
        Execute(server, $"CREATE SCHEMA {schema}");
        var location = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
        try
        {
            var pipeline = StandardPipeline.Create();
            using (var store = ClaimlineStore.Open(location))
            {
                foreach (var read in new DocumentReader().Read(ServerFixture.ExamplesFile("claims", "articles.jsonl")))
                {
                    store.Writer.Add(pipeline.Run(read.Document!));
                }
            }

            await using var app = ClaimlineServer.Create(new ServerOptions { DatabasePath = location, Urls = "http://127.0.0.1:0", IngestToken = ServerFixture.IngestToken });
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

            var page = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var hits = await client.GetFromJsonAsync<JsonElement>("/api/documents?q=Ethiopian%20troops");
            Assert.True(hits.GetArrayLength() >= 3);
            Assert.Contains("[troops]", hits[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
            var first = hits[0].GetProperty("id").GetInt64();
            var document = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{first}");
            Assert.Equal(first, document.GetProperty("storeId").GetInt64());
            var countries = await client.GetFromJsonAsync<JsonElement>("/api/entities?kind=country");
            Assert.Contains(countries.EnumerateArray(), e => e.GetProperty("key").GetString() == "country:SO");
            var timeline = await client.GetFromJsonAsync<JsonElement>($"/api/concepts/{Uri.EscapeDataString(ServerFixture.TroopConcept)}/timeline");
            Assert.Equal(9, timeline.GetProperty("entries").GetArrayLength()); // as on SQLite (ApiTests)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/events")).StatusCode);

            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
            {
                Content = JsonContent.Create(new[] { new { id = "oslo-1", text = "OSLO (AP) — Snow closed the airport on Monday.", date = "2025-02-03" } }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.IngestToken);
            (await client.SendAsync(request)).EnsureSuccessStatusCode();
            var stored = await client.GetFromJsonAsync<JsonElement>("/api/documents/oslo-1");
            Assert.Equal("2025-02-03", stored.GetProperty("meta").GetProperty("published").GetString());
        }
        finally
        {
            using (var pooled = new NpgsqlConnection(location))
            {
                NpgsqlConnection.ClearPool(pooled);
            }

            Execute(server, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
