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

    /// <summary>
    /// Writes the document as <see cref="Serialize"/> does, straight to <paramref name="output"/> as it goes: a long
    /// document's JSON (about sixteen bytes per byte of text, most of it tokens) is never held whole in memory.
    /// </summary>
    public static void Write(Document document, TextWriter output, bool indented = true, bool includeText = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new Utf8TextWriterStream(output);
        Write(document, stream, indented, includeText, withDocumentText: true);
    }

    private static string Write(Document document, bool indented, bool includeText, bool withDocumentText)
    {
        using var buffer = new MemoryStream();
        Write(document, buffer, indented, includeText, withDocumentText);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The writer's buffer is handed to the stream whenever it holds this many bytes.</summary>
    private const int FlushBytes = 1 << 16;

    private static void Write(Document document, Stream output, bool indented, bool includeText, bool withDocumentText)
    {
        ArgumentNullException.ThrowIfNull(document);
        var options = indented ? s_indented : s_options;
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = options.Encoder }))
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
                var layer = document.GetLayerObject(key);
                if (!includeText || key == Layers.Tokens)
                {
                    // Item by item with the type's own serializer (the fast path: stores, JSON Lines), flushed as it goes.
                    s_itemWriters.GetOrAdd(key.ItemType, CreateItemWriter)(writer, layer, options);
                    continue;
                }

                writer.WriteStartArray();
                foreach (var item in ((System.Collections.IEnumerable)layer).Cast<IAnnotation>())
                {
                    var node = JsonSerializer.SerializeToNode(item, key.ItemType, options)!.AsObject();
                    node["text"] = item.Span.Of(document.Text);
                    node.WriteTo(writer, options);
                    FlushIfFull(writer);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }

    private static readonly ConcurrentDictionary<Type, Action<Utf8JsonWriter, object, JsonSerializerOptions>> s_itemWriters = new();

    private static Action<Utf8JsonWriter, object, JsonSerializerOptions> CreateItemWriter(Type itemType)
        => typeof(DocumentJson).GetMethod(nameof(WriteItems), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(itemType)
            .CreateDelegate<Action<Utf8JsonWriter, object, JsonSerializerOptions>>();

    private static void WriteItems<T>(Utf8JsonWriter writer, object layer, JsonSerializerOptions options)
        where T : IAnnotation
    {
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in ((Layer<T>)layer).AsSpan())
        {
            JsonSerializer.Serialize(writer, item, info);
            FlushIfFull(writer);
        }

        writer.WriteEndArray();
    }

    private static void FlushIfFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= FlushBytes)
        {
            writer.Flush();
        }
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
