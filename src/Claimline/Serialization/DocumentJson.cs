using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Claimline.Model;

namespace Claimline.Serialization;

/// <summary>
/// The JSON form of a document and all its layers, as specified in <c>docs/schema.md</c>
/// (schema id <see cref="SchemaId"/>). Spans are <c>[start, end]</c> character offsets into <c>text</c>
/// (UTF-16 code units, as in .NET and JavaScript strings).
/// </summary>
public static class DocumentJson
{
    /// <summary>The schema identifier written into every document; bump the number on an incompatible change.</summary>
    public const string SchemaId = "claimline.document/1";

    private static readonly JsonSerializerOptions s_options = CreateOptions(indented: false);
    private static readonly JsonSerializerOptions s_indented = CreateOptions(indented: true);

    /// <summary>Serializes a document. With <paramref name="includeText"/>, every item except tokens also carries a <c>text</c> field with the text it covers, for readers; it is ignored on reading.</summary>
    public static string Serialize(Document document, bool indented = true, bool includeText = true)
        => ToNode(document, includeText).ToJsonString(indented ? s_indented : s_options);

    public static JsonObject ToNode(Document document, bool includeText = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        var layers = new JsonObject();
        foreach (var key in Layers.All)
        {
            if (!document.Has(key))
            {
                continue;
            }

            var items = new JsonArray();
            foreach (var item in document.GetUntyped(key))
            {
                var node = JsonSerializer.SerializeToNode(item, key.ItemType, s_options)!.AsObject();
                if (includeText && key != Layers.Tokens)
                {
                    node["text"] = item.Span.Of(document.Text);
                }

                items.Add(node);
            }

            layers[key.Name] = items;
        }

        return new JsonObject
        {
            ["schema"] = SchemaId,
            ["meta"] = JsonSerializer.SerializeToNode(document.Meta, s_options),
            ["text"] = document.Text,
            ["layers"] = layers,
        };
    }

    /// <summary>Reads a document written by <see cref="Serialize"/>. Throws <see cref="JsonException"/> for other input.</summary>
    public static Document Deserialize(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        var schema = root.TryGetProperty("schema", out var s) ? s.GetString() : null;
        if (schema != SchemaId)
        {
            throw new JsonException($"expected schema '{SchemaId}', found '{schema ?? "none"}'");
        }

        var meta = root.GetProperty("meta").Deserialize<DocumentMeta>(s_options)
            ?? throw new JsonException("'meta' is null");
        var text = root.GetProperty("text").GetString() ?? throw new JsonException("'text' is null");
        var document = new Document(text, meta);
        if (root.TryGetProperty("layers", out var layers))
        {
            foreach (var layer in layers.EnumerateObject())
            {
                var key = Layers.ByName(layer.Name) ?? throw new JsonException($"unknown layer '{layer.Name}'");
                var items = (Array)(layer.Value.Deserialize(key.ItemType.MakeArrayType(), s_options)
                    ?? throw new JsonException($"layer '{layer.Name}' is null"));
                document.SetUntyped(key, items.Cast<IAnnotation>());
            }
        }

        return document;
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Article text is written as is (curly quotes, dashes, accents); HTML-safety is the web UI's job.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new TextSpanJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
