using System.Text.Json;
using System.Text.Json.Serialization;

namespace Claimline.Learning;

/// <summary>
/// The JSON form every model manifest shares (the NER, POS and parser models'): camel-case names, indented, nulls left
/// out, a final newline, so that a retrained model's manifest diffs cleanly.
/// </summary>
internal static class ManifestJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T manifest) => JsonSerializer.Serialize(manifest, s_options) + "\n";

    public static T Read<T>(string json)
        => JsonSerializer.Deserialize<T>(json, s_options) ?? throw new JsonException("the manifest is null");
}
