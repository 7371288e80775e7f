using System.Globalization;
using System.Text.Json;
using Claimline.Evaluation;

namespace Claimline.Entities.Coreference.Evaluation;

/// <summary>Reads a coreference gold file: JSON Lines, one article per line (docs/coreference.md).</summary>
public static class CorefGoldReader
{
    /// <exception cref="FormatException">A line is not valid JSON, lacks text, or a link's anaphor is not at its offset.</exception>
    public static IReadOnlyList<CorefGoldArticle> Read(string path) => GoldLines.Read(path, Article);

    private static CorefGoldArticle Article(JsonElement root, int line)
    {
        var text = root.GetProperty("text").GetString() ?? throw new FormatException($"line {line}: text is null");
        var id = GoldLines.Id(root, line);
        var date = GoldLines.Date(root);
        var links = new List<CorefGoldLink>();
        foreach (var link in root.TryGetProperty("links", out var list) ? list.EnumerateArray() : default)
        {
            var anaphor = link.GetProperty("anaphor").GetString() ?? throw new FormatException($"line {line} ({id}): anaphor is null");
            var offset = link.GetProperty("offset").GetInt32();
            if (offset < 0 || offset + anaphor.Length > text.Length || string.CompareOrdinal(text, offset, anaphor, 0, anaphor.Length) != 0)
            {
                throw new FormatException($"line {line} ({id}): '{anaphor}' is not at offset {offset}");
            }

            links.Add(new CorefGoldLink(anaphor, offset, Kind(String(link, "kind") ?? "pronoun", line), String(link, "referent")));
        }

        return new CorefGoldArticle(id, date, text, links);
    }

    private static AnaphorKind Kind(string kind, int line) => kind switch
    {
        "pronoun" => AnaphorKind.Pronoun,
        "role" or "role-noun" => AnaphorKind.Role,
        "description" => AnaphorKind.Description,
        _ => throw new FormatException($"line {line}: unknown kind '{kind}' (pronoun, role, description)"),
    };

    private static string? String(JsonElement element, string name) => GoldLines.String(element, name);
}
