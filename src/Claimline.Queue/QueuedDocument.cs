using System.Text.Json;
using System.Text.Json.Serialization;
using Claimline.Model;
using Claimline.Text;

namespace Claimline.Queue;

/// <summary>
/// One queue message: a document as the reader made it (its text and everything the reader knew about it: id,
/// origin, date, title, source, url, byline, the wire header's span), before any analysis. The publisher runs the
/// reader, so JSONL lines, WARC records and feed items are already split, decoded and given the command line's
/// defaults; a worker rebuilds exactly the <see cref="Document"/> that a plain <c>ingest</c> would have analyzed.
/// </summary>
public sealed record QueuedDocument(
    [property: JsonPropertyName("v")] int Version,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("published")] DateOnly? Published,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("origin")] string? Origin,
    [property: JsonPropertyName("header")] int[]? Header,
    [property: JsonPropertyName("byline")] string? Byline)
{
    /// <summary>The message format this build writes; a worker refuses (and records) a message of another.</summary>
    public const int CurrentVersion = 1;

    public static QueuedDocument From(Document document)
    {
        var meta = document.Meta;
        return new QueuedDocument(
            CurrentVersion, meta.Id, document.Text, meta.Source, meta.Url, meta.Title, meta.Published, meta.Language, meta.Origin,
            meta.Header is { } header ? [header.Start, header.End] : null, meta.Byline);
    }

    public Document ToDocument()
    {
        TextSpan? header = Header is [var start, var end] ? new TextSpan(start, end) : null;
        return new Document(Text, new DocumentMeta(Id, Source, Url, Title, Published, Language, Origin, header, Byline));
    }

    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, QueueJson.Default.QueuedDocument);

    /// <summary>Reads a message body; throws <see cref="QueueMessageException"/> for anything that is not a document of this version.</summary>
    public static QueuedDocument Parse(ReadOnlySpan<byte> utf8)
    {
        QueuedDocument? message;
        try
        {
            message = JsonSerializer.Deserialize(utf8, QueueJson.Default.QueuedDocument);
        }
        catch (JsonException e)
        {
            throw new QueueMessageException($"not a Claimline document message: {e.Message}");
        }

        if (message is null || message.Text is null || message.Id is null)
        {
            throw new QueueMessageException("not a Claimline document message: no id or text");
        }

        if (message.Version != CurrentVersion)
        {
            throw new QueueMessageException($"message format {message.Version}; this worker reads format {CurrentVersion}");
        }

        return message;
    }
}

/// <summary>A message a worker cannot turn into a document (it is recorded and acknowledged, never retried).</summary>
public sealed class QueueMessageException(string message) : Exception(message);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(QueuedDocument))]
internal sealed partial class QueueJson : JsonSerializerContext;
