using System.Globalization;
using System.Text.Json;
using Claimline.Evaluation;

namespace Claimline.Claims.Evaluation;

/// <summary>Reads a claims gold file: JSON Lines, one article per line (docs/claims.md).</summary>
public static class ClaimGoldReader
{
    /// <exception cref="FormatException">A line is not valid JSON, or lacks text, or a claim lacks a field or its evidence is not in the text.</exception>
    public static IReadOnlyList<GoldArticle> Read(string path) => GoldLines.Read(path, Article);

    private static GoldArticle Article(JsonElement root, int line)
    {
        var text = root.GetProperty("text").GetString() ?? throw new FormatException($"line {line}: text is null");
        var id = GoldLines.Id(root, line);
        var date = GoldLines.Date(root);
        var claims = new List<GoldClaim>();
        foreach (var claim in root.TryGetProperty("claims", out var list) ? list.EnumerateArray() : default)
        {
            var evidence = claim.GetProperty("evidence").GetString()!;
            if (!text.Contains(evidence, StringComparison.Ordinal))
            {
                throw new FormatException($"line {line} ({id}): evidence not in the text: {evidence}");
            }

            double? value = claim.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
            var low = value ?? claim.GetProperty("low").GetDouble();
            var high = value ?? claim.GetProperty("high").GetDouble();
            claims.Add(new GoldClaim(
                claim.GetProperty("holder").GetString()!,
                String(claim, "via"),
                claim.GetProperty("quantity").GetString()!,
                String(claim, "location"),
                value,
                low,
                high,
                String(claim, "qualifier") ?? "exact",
                String(claim, "as_of"),
                evidence,
                !claim.TryGetProperty("required", out var required) || required.ValueKind != JsonValueKind.False));
        }

        var nonClaims = new List<string>();
        foreach (var phrase in root.TryGetProperty("non_claims", out var phrases) ? phrases.EnumerateArray() : default)
        {
            var words = phrase.GetString() ?? string.Empty;
            if (words.Length == 0 || !text.Contains(words, StringComparison.Ordinal))
            {
                throw new FormatException($"line {line} ({id}): non-claim not in the text: {words}");
            }

            nonClaims.Add(words);
        }

        return new GoldArticle(id, date, String(root, "source"), text, claims, nonClaims);
    }

    private static string? String(JsonElement element, string name) => GoldLines.String(element, name);
}
