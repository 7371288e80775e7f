using System.Globalization;
using System.Text.Json;
using Claimline.Model;

namespace Claimline.Reading;

/// <summary>
/// JSON Lines, one article per line: <c>{"id", "date", "title", "text", "url", "source"}</c>; only <c>text</c> is
/// required. A bad line (invalid JSON, invalid UTF-8, no text, a bad date, too long) is reported with its line
/// number and the reader goes on with the next. Lines are read as bytes and decoded one at a time, so a file of
/// any size streams in bounded memory.
/// </summary>
public static class JsonlReader
{
    public static IEnumerable<ReadResult> Read(Stream stream, string origin, string idPrefix, int maxLineBytes)
    {
        var lineNumber = 0;
        foreach (var (line, lineOffset, tooLong) in ByteLines.Read(stream, maxLineBytes))
        {
            lineNumber++;
            var offset = lineOffset;
            var lineOrigin = $"{origin}:{lineNumber}";
            if (tooLong)
            {
                yield return ReadResult.Failed(new InputException(lineOrigin, $"line longer than {maxLineBytes} bytes; skipped", offset));
                continue;
            }

            var bytes = line.Span;
            if (lineNumber == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
                offset += 3;
            }

            if (bytes.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r']).IsEmpty)
            {
                continue;
            }

            yield return ParseLine(bytes, offset, lineOrigin, $"{idPrefix}:{lineNumber}");
        }
    }

    private static ReadResult ParseLine(ReadOnlySpan<byte> bytes, long offset, string origin, string fallbackId)
    {
        try
        {
            // Decoding first gives the exact byte offset of bad bytes; the JSON parser would only say "invalid".
            // JSON Lines is UTF-8 (RFC 8259): a byte-order mark is honoured at the start of the file only.
            var json = TextDecoder.DecodeUtf8(bytes, origin, 0);
            using var parsed = JsonDocument.Parse(json);
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException(origin, "a line must hold one JSON object");
            }

            var text = String(root, "text", origin, allowNumber: false) ?? throw new InputException(origin, "no 'text' field");
            var id = String(root, "id", origin) ?? fallbackId;
            var meta = new DocumentMeta(
                id,
                Source: String(root, "source", origin),
                Url: String(root, "url", origin),
                Title: String(root, "title", origin),
                Published: Date(String(root, "date", origin), origin),
                Origin: origin);
            return ReadResult.Ok(new Document(text, meta));
        }
        catch (InputException e)
        {
            return e.ByteOffset is { } at
                ? ReadResult.Failed(new InputException(e.Origin, e.Problem, offset + at))
                : ReadResult.Failed(e);
        }
        catch (JsonException e)
        {
            return ReadResult.Failed(new InputException(origin, $"invalid JSON: {e.Message}"));
        }
    }

    /// <summary>A string field; a number is taken as its text only where <paramref name="allowNumber"/> (ids often are numbers).</summary>
    private static string? String(JsonElement root, string name, string origin, bool allowNumber = true)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            JsonValueKind.Number when allowNumber => value.GetRawText(),
            _ => throw new InputException(origin, $"field '{name}' must be a string"),
        };
    }

    /// <summary>A date as <c>YYYY-MM-DD</c>, or an ISO 8601 timestamp whose date part is taken.</summary>
    private static DateOnly? Date(string? value, string origin)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var datePart = value.Length > 10 && value[10] is 'T' or ' ' ? value[..10] : value;
        return DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InputException(origin, $"field 'date' is '{value}', not a date (YYYY-MM-DD)");
    }
}
