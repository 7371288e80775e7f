using System.Globalization;
using System.Text.Json;

namespace Claimline.LoadTest;

/// <summary>Invented documents: the shipped example articles, each copy with its own closing sentence and date.</summary>
internal static class Corpus
{
    public static string Write(string path, int count)
    {
        var examples = Path.Combine(AppContext.BaseDirectory, "examples");
        var bases = new List<JsonElement>();
        foreach (var file in new[] { "articles.jsonl", Path.Combine("claims", "articles.jsonl") })
        {
            foreach (var line in File.ReadLines(Path.Combine(examples, file)).Where(l => l.Trim().Length > 0))
            {
                bases.Add(JsonDocument.Parse(line).RootElement.Clone());
            }
        }

        using var output = new StreamWriter(path);
        var start = new DateOnly(2025, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var b = bases[i % bases.Count];
            var text = b.GetProperty("text").GetString() + $"\n\nOfficials in district {i} said {3 + (i % 97)} roads were closed on Monday.";
            output.WriteLine(JsonSerializer.Serialize(new
            {
                id = $"{b.GetProperty("id").GetString()}-{i}",
                date = start.AddDays(i % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                title = b.TryGetProperty("title", out var t) ? t.GetString() : null,
                source = b.TryGetProperty("source", out var s) ? s.GetString() : null,
                text,
            }));
        }

        return path;
    }
}
