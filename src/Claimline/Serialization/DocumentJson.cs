using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Claimline.Claims;
using Claimline.Entities;
using Claimline.Entities.Coreference;
using Claimline.Entities.Resolution;
using Claimline.Events;
using Claimline.Model;
using Claimline.Quantities;
using Claimline.Quotes;
using Claimline.Structure;
using Claimline.Syntax;
using Claimline.Text;
using Claimline.Time;

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

    /// <summary>The options documents are read with: source-generated metadata, no reflection.</summary>
    internal static JsonSerializerOptions ReadOptions => DocumentJsonContext.Default.Options;

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

        var meta = root.GetProperty("meta").Deserialize(DocumentJsonContext.Default.DocumentMeta)
            ?? throw new JsonException("'meta' is null");
        text ??= root.TryGetProperty("text", out var t) ? t.GetString() : null;
        var document = new Document(text ?? throw new JsonException("no 'text'"), meta);
        if (root.TryGetProperty("layers", out var layers))
        {
            foreach (var layer in layers.EnumerateObject())
            {
                var key = Layers.ByName(layer.Name) ?? throw new JsonException($"unknown layer '{layer.Name}'");
                var array = (System.Collections.IList)(layer.Value.Deserialize(ArrayOf(key))
                    ?? throw new JsonException($"layer '{layer.Name}' is null"));
                var items = new IAnnotation[array.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = array[i] as IAnnotation ?? throw new JsonException($"a null item in layer '{layer.Name}'");
                }

                document.SetUntyped(key, items);
            }
        }

        return document;
    }

    /// <summary>The source-generated metadata of an array of the layer's items.</summary>
    private static JsonTypeInfo ArrayOf(LayerKey key)
    {
        var context = DocumentJsonContext.Default;
        return key switch
        {
            LayerKey<Token> => context.TokenArray,
            LayerKey<Paragraph> => context.ParagraphArray,
            LayerKey<Section> => context.SectionArray,
            LayerKey<Dateline> => context.DatelineArray,
            LayerKey<Sentence> => context.SentenceArray,
            LayerKey<TaggedSentence> => context.TaggedSentenceArray,
            LayerKey<DependencyTree> => context.DependencyTreeArray,
            LayerKey<EntityMention> => context.EntityMentionArray,
            LayerKey<Referent> => context.ReferentArray,
            LayerKey<Anaphor> => context.AnaphorArray,
            LayerKey<TimeExpression> => context.TimeExpressionArray,
            LayerKey<SentenceTime> => context.SentenceTimeArray,
            LayerKey<Quote> => context.QuoteArray,
            LayerKey<Quantity> => context.QuantityArray,
            LayerKey<Claim> => context.ClaimArray,
            LayerKey<Event> => context.EventArray,
            _ => throw new NotSupportedException($"no JSON metadata for layer '{key.Name}': add its items to {nameof(DocumentJsonContext)}"),
        };
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
        var buffer = new ArrayBufferWriter<byte>(FlushBytes);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions(indented));
        foreach (var _ in Chunks(document, writer, buffer, includeText, withDocumentText: true, trailer))
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
        var buffer = new ArrayBufferWriter<byte>(FlushBytes);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions(indented));
        foreach (var _ in Chunks(document, writer, buffer, includeText, withDocumentText, trailer: null))
        {
            writer.Flush();
            output.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
        }
    }

    /// <summary>
    /// Writes the document to <paramref name="writer"/>, which writes to <paramref name="buffer"/>, and stops whenever
    /// <see cref="FlushBytes"/> or more are waiting, and once at the end, so that the caller hands the buffer on,
    /// synchronously or not. The meta and the items are written by <see cref="DocumentJsonWriter"/>, not by the
    /// serializer (start-up: issue #17, session 11).
    /// </summary>
    private static IEnumerable<bool> Chunks(
        Document document, Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, bool includeText, bool withDocumentText, Action<Utf8JsonWriter>? trailer)
    {
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        writer.WriteString("schema", SchemaId);
        writer.WritePropertyName("meta");
        DocumentJsonWriter.Write(writer, document.Meta);
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
            var (count, write) = DocumentJsonWriter.ItemsOf(document.GetLayerObject(key));

            // Every item except tokens carries the text it covers when asked.
            var text = includeText && key != Layers.Tokens ? document.Text : null;
            writer.WriteStartArray();
            for (var i = 0; i < count; i++)
            {
                write(writer, i, text);
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

    private static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,

        // Article text is written as is (curly quotes, dashes, accents); HTML-safety is the web UI's job.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
