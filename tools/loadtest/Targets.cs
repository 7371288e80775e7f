using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Claimline.LoadTest;

/// <summary>What the clients ask for, picked at random with fixed weights.</summary>
internal sealed class Targets
{
    public static readonly string[] Endpoints = ["list", "document", "search", "entity", "timeline", "analyze 1 KB", "analyze 20 KB", "analyze 200 KB", "analyze 1.5 MiB (413)"];

    private static readonly string[] s_words = ["maize", "flood", "troops", "tariffs", "strike", "coffee", "ceasefire", "shelters", "Somalia", "district"];

    private static readonly (string Name, int Weight)[] s_weights =
        [("list", 20), ("document", 20), ("search", 15), ("entity", 15), ("timeline", 10), ("analyze 1 KB", 8), ("analyze 20 KB", 6), ("analyze 200 KB", 3), ("analyze 1.5 MiB (413)", 3)];

    private readonly Dictionary<string, byte[]> _bodies;

    private Targets(int documents, List<string> entities, List<string> concepts)
    {
        DocumentCount = documents;
        Entities = entities;
        Concepts = concepts;
        const string Paragraph = "NAIROBI, Kenya (AP) — The agriculture ministry said Tuesday that up to 500,000 metric tons of maize could be imported duty-free, and millers warned that prices had risen by about 25% since January. “This measure buys us time,” Agriculture Secretary Joseph Mwangi told reporters.\n\n";
        _bodies = new Dictionary<string, byte[]>
        {
            ["analyze 1 KB"] = Body(Paragraph, 1_000),
            ["analyze 20 KB"] = Body(Paragraph, 20_000),
            ["analyze 200 KB"] = Body(Paragraph, 200_000),
            ["analyze 1.5 MiB (413)"] = Body(Paragraph, 1_500_000),
        };
    }

    public int DocumentCount { get; }

    public List<string> Entities { get; }

    public List<string> Concepts { get; }

    public static async Task<Targets> Discover(HttpClient client)
    {
        var entities = (await client.GetFromJsonAsync<JsonElement>("/api/entities?limit=100")).EnumerateArray().Select(e => e.GetProperty("key").GetString()!).ToList();
        var concepts = (await client.GetFromJsonAsync<JsonElement>("/api/concepts?limit=50")).EnumerateArray().Select(e => e.GetProperty("key").GetString()!).ToList();
        var count = 0;
        for (var offset = 0; ; offset += 200)
        {
            var page = (await client.GetFromJsonAsync<JsonElement>($"/api/documents?limit=200&offset={offset}")).GetArrayLength();
            count += page;
            if (page < 200)
            {
                break;
            }
        }

        return new Targets(count, entities, concepts);
    }

    public (string Name, HttpRequestMessage Request) Next(Random random)
    {
        var pick = random.Next(s_weights.Sum(w => w.Weight));
        var name = s_weights.First(w => (pick -= w.Weight) < 0).Name;
        var request = name switch
        {
            "list" => Get($"/api/documents?limit=50&offset={random.Next(Math.Max(1, DocumentCount - 50))}"),
            "document" => Get($"/api/documents/{1 + random.Next(DocumentCount)}"),
            "search" => Get($"/api/documents?q={s_words[random.Next(s_words.Length)]}"),
            "entity" => Get($"/api/entities/{Uri.EscapeDataString(Entities[random.Next(Entities.Count)])}"),
            "timeline" => Get($"/api/concepts/{Uri.EscapeDataString(Concepts[random.Next(Concepts.Count)])}/timeline"),
            _ => new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = new ByteArrayContent(_bodies[name]) { Headers = { ContentType = new("application/json") } } },
        };
        return (name, request);
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static byte[] Body(string paragraph, int bytes)
    {
        var text = new StringBuilder();
        while (text.Length + paragraph.Length <= bytes)
        {
            text.Append(paragraph);
        }

        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { text = text.ToString(), date = "2025-04-22" }));
    }
}
