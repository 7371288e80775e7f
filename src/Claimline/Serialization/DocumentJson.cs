using System.Buffers;
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

    /// <summary>
    /// Writes the document as <see cref="Serialize"/> does, as UTF-8 to <paramref name="output"/> with asynchronous
    /// writes of about 64 KB each (an HTTP response body, which takes no synchronous writes): the server's answer is
    /// never held whole in memory. <paramref name="trailer"/> may add properties after <c>layers</c>.
    /// </summary>
    public static async Task WriteAsync(
        Document document, Stream output, bool indented = true, bool includeText = true, Action<Utf8JsonWriter>? trailer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var options = indented ? s_indented : s_options;
        var buffer = new ArrayBufferWriter<byte>(FlushBytes);
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = options.Encoder });
        foreach (var _ in Chunks(document, writer, buffer, options, includeText, withDocumentText: true, trailer))
        {
            writer.Flush();
            await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            buffer.ResetWrittenCount();
        }
    }

    /// <summary>
    /// Writes the document as <see cref="Serialize"/> does, as UTF-8 straight to <paramref name="output"/> in writes
    /// of about 64 KB: a command line's standard output takes the bytes as they are, with no text writer between.
    /// </summary>
    public static void Write(Document document, Stream output, bool indented = true, bool includeText = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        Write(document, output, indented, includeText, withDocumentText: true);
    }

    /// <summary>
    /// Builds the serializer's description of every layer's items now (reflection over about fifty types, a few
    /// hundred milliseconds on first use), so that a command line can do it on a spare core while the models load
    /// instead of on the first document it writes.
    /// </summary>
    public static void Prepare(bool indented = false)
    {
        var options = indented ? s_indented : s_options;
        _ = options.GetTypeInfo(typeof(DocumentMeta));
        foreach (var key in Layers.All)
        {
            _ = options.GetTypeInfo(key.ItemType);
            _ = s_itemWriters.GetOrAdd(key.ItemType, CreateItemWriter);
        }
    }

    private static string Write(Document document, bool indented, bool includeText, bool withDocumentText)
    {
        using var buffer = new MemoryStream();
        Write(document, buffer, indented, includeText, withDocumentText);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The JSON is handed to the output whenever this many bytes of it are waiting.</summary>
    private const int FlushBytes = 1 << 16;

    private static void Write(Document document, Stream output, bool indented, bool includeText, bool withDocumentText)
    {
        var options = indented ? s_indented : s_options;
        var buffer = new ArrayBufferWriter<byte>(FlushBytes);
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = options.Encoder });
        foreach (var _ in Chunks(document, writer, buffer, options, includeText, withDocumentText, trailer: null))
        {
            writer.Flush();
            output.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
        }
    }

    /// <summary>
    /// Writes the document to <paramref name="writer"/>, which writes to <paramref name="buffer"/> (never to the
    /// output itself: the serializer flushes its writer after every value), and stops whenever
    /// <see cref="FlushBytes"/> or more are waiting, and once at the end, so that the caller hands the buffer on,
    /// synchronously or not.
    /// </summary>
    private static IEnumerable<bool> Chunks(
        Document document, Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, JsonSerializerOptions options, bool includeText, bool withDocumentText, Action<Utf8JsonWriter>? trailer)
    {
        ArgumentNullException.ThrowIfNull(document);
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
                // Item by item with the type's own serializer (the fast path: stores, JSON Lines).
                foreach (var full in s_itemWriters.GetOrAdd(key.ItemType, CreateItemWriter)(writer, buffer, layer, options))
                {
                    yield return full;
                }

                continue;
            }

            writer.WriteStartArray();
            foreach (var item in ((System.Collections.IEnumerable)layer).Cast<IAnnotation>())
            {
                var node = JsonSerializer.SerializeToNode(item, key.ItemType, options)!.AsObject();
                node["text"] = item.Span.Of(document.Text);
                node.WriteTo(writer, options);
                if (IsFull(writer, buffer))
                {
                    yield return true;
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        trailer?.Invoke(writer);
        writer.WriteEndObject();
        yield return true;
    }

    private static bool IsFull(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer) => writer.BytesPending + buffer.WrittenCount >= FlushBytes;

    private delegate IEnumerable<bool> ItemWriter(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, object layer, JsonSerializerOptions options);

    private static readonly ConcurrentDictionary<Type, ItemWriter> s_itemWriters = new();

    private static ItemWriter CreateItemWriter(Type itemType)
        => typeof(DocumentJson).GetMethod(nameof(WriteItems), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(itemType)
            .CreateDelegate<ItemWriter>();

    /// <summary>Writes a layer's items as an array, stopping whenever the buffer is full (see <see cref="Chunks"/>).</summary>
    private static IEnumerable<bool> WriteItems<T>(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, object layer, JsonSerializerOptions options)
        where T : IAnnotation
    {
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = (Layer<T>)layer;
        writer.WriteStartArray();
        for (var i = 0; i < items.Count; i++)
        {
            JsonSerializer.Serialize(writer, items[i], info);
            if (IsFull(writer, buffer))
            {
                yield return true;
            }
        }

        writer.WriteEndArray();
    }

    internal static JsonSerializerOptions CreateOptions(bool indented)
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

        // Locked with the reflection resolver the serializer would pick on first use: options that are still mutable
        // have no resolver, and GetTypeInfo on them throws, so Prepare (run on a spare core, its exception unseen) built
        // nothing and the first document paid for the metadata (issue #17, session 9).
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
