using System.Globalization;
using System.Text.Json;

namespace Claimline.Evaluation;

/// <summary>
/// The JSON Lines gold files of the eval commands (claims, quotes, coreference): one article per line, blank lines
/// skipped, and a line that cannot be read reported as <c>path:line: why</c>. Each reader supplies how one article
/// is read; the shared fields (<c>id</c>, <c>date</c>) are read the same way for all.
/// </summary>
public static class GoldLines
{
    /// <exception cref="FormatException">A line is not valid JSON or lacks what <paramref name="article"/> needs.</exception>
    public static IReadOnlyList<T> Read<T>(string path, Func<JsonElement, int, T> article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var articles = new List<T>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                articles.Add(article(json.RootElement, number));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
            {
                throw new FormatException($"{path}:{number}: {e.Message}", e);
            }
        }

        return articles;
    }

    /// <summary>A string property, or null when it is absent or not a string.</summary>
    public static string? String(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The article's <c>id</c>, or <c>line-N</c>.</summary>
    public static string Id(JsonElement root, int line) => String(root, "id") ?? $"line-{line}";

    /// <summary>The article's <c>date</c> (<c>YYYY-MM-DD</c>), the reference for relative times, or null.</summary>
    public static DateOnly? Date(JsonElement root)
        => String(root, "date") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
