using System.Collections.Concurrent;
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
    private static readonly ConcurrentDictionary<Type, Type> s_listTypes = new();

    /// <summary>
    /// Serializes a document. With <paramref name="includeText"/>, every item except tokens also carries a <c>text</c>
    /// field with the text it covers, for people reading the output; it is ignored on reading.
    /// </summary>
    public static string Serialize(Document document, bool indented = true, bool includeText = true)
        => Write(document, indented, includeText, withDocumentText: true);

    /// <summary>
    /// The document without its text: schema, meta and layers, compact — what a store keeps beside the text it
    /// already holds. Read it back with <see cref="Deserialize(string, string?)"/> and the text.
    /// </summary>
    public static string SerializeAnnotations(Document document)
        => Write(document, indented: false, includeText: false, withDocumentText: false);

    public static JsonObject ToNode(Document document, bool includeText = true)
        => JsonNode.Parse(Serialize(document, indented: false, includeText))!.AsObject();

    /// <summary>
    /// Reads a document written by <see cref="Serialize"/>, or by <see cref="SerializeAnnotations"/> when
    /// <paramref name="text"/> is given. Throws <see cref="JsonException"/> for other input.
    /// </summary>
    public static Document Deserialize(string json, string? text = null)
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
        text ??= root.TryGetProperty("text", out var t) ? t.GetString() : null;
        var document = new Document(text ?? throw new JsonException("no 'text'"), meta);
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

    private static string Write(Document document, bool indented, bool includeText, bool withDocumentText)
    {
        ArgumentNullException.ThrowIfNull(document);
        var options = indented ? s_indented : s_options;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", SchemaId);
            writer.WritePropertyName("meta");
            JsonSerializer.Serialize(writer, document.Meta, options);
            if (withDocumentText)
            {
                writer.WriteString("text", document.Text);
            }

            writer.WritePropertyName("layers");
            writer.WriteStartObject();
            foreach (var key in Layers.All)
            {
                if (!document.Has(key))
                {
                    continue;
                }

                writer.WritePropertyName(key.Name);
                if (!includeText || key == Layers.Tokens)
                {
                    // The whole layer in one call, typed as its item list: the fast path (stores, JSON Lines).
                    var listType = s_listTypes.GetOrAdd(key.ItemType, static t => typeof(IReadOnlyList<>).MakeGenericType(t));
                    JsonSerializer.Serialize(writer, document.GetLayerObject(key), listType, options);
                    continue;
                }

                writer.WriteStartArray();
                foreach (var item in document.GetUntyped(key))
                {
                    var node = JsonSerializer.SerializeToNode(item, key.ItemType, options)!.AsObject();
                    node["text"] = item.Span.Of(document.Text);
                    node.WriteTo(writer, options);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
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
