using System.Text.Json;
using System.Text.Json.Serialization;

namespace Claimline.Syntax;

/// <summary>Writes UPOS tags as the treebanks spell them (<c>["PROPN","VERB"]</c>), not as camel-cased enum names.</summary>
internal sealed class UposArrayJsonConverter : JsonConverter<Upos[]>
{
    public override Upos[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("expected an array of UPOS tags");
        }

        var tags = new List<Upos>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            tags.Add(UposNames.Parse(reader.GetString() ?? ""));
        }

        return [.. tags];
    }

    public override void Write(Utf8JsonWriter writer, Upos[] value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var tag in value)
        {
            writer.WriteStringValue(tag.Name());
        }

        writer.WriteEndArray();
    }
}
