using System.Globalization;
using System.IO.Compression;
using System.Text;
using Claimline.Model;

namespace Claimline.Reading;

/// <summary>
/// Reads WARC files (ISO 28500, WARC/1.0 and 1.1, as written by web crawlers and news crawls such as CC-NEWS),
/// gzip-compressed per record or not (decompression happens before, in <see cref="DocumentReader"/>).
/// Each <c>response</c> record with an HTML page becomes a document through <see cref="HtmlArticleReader"/>;
/// <c>resource</c> and <c>conversion</c> records with HTML or plain text become documents too. Requests, metadata,
/// redirects and non-text payloads are passed over silently. A record that is too large or cannot be parsed is an
/// error naming the file and record number; a truncated file ends with an error for its last record.
/// No WARC library is served here, and the format is simple enough to read by hand (headers, Content-Length, block).
/// </summary>
public static class WarcReader
{
    public static IEnumerable<ReadResult> Read(Stream stream, string origin, int maxRecordBytes)
    {
        var input = new BufferedStream(stream, 64 * 1024);
        var number = 0;
        while (true)
        {
            number++;
            var recordOrigin = $"{origin}#record{number}";
            Dictionary<string, string>? headers;
            byte[]? block;
            InputException? error = null;
            try
            {
                headers = ReadHeaders(input, recordOrigin);
                if (headers is null)
                {
                    yield break;
                }

                block = ReadBlock(input, headers, recordOrigin, maxRecordBytes);
            }
            catch (InputException e)
            {
                headers = null;
                block = null;
                error = e;
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                headers = null;
                block = null;
                error = new InputException(recordOrigin, $"the file is damaged or truncated: {e.Message}");
            }

            if (error is not null)
            {
                yield return ReadResult.Failed(error);
                if (error.Problem.StartsWith("the file is damaged", StringComparison.Ordinal) || error.Problem.StartsWith("truncated", StringComparison.Ordinal))
                {
                    yield break;
                }

                continue;
            }

            if (block is not null && ToDocument(headers!, block, recordOrigin) is { } result)
            {
                yield return result;
            }
        }
    }

    private static ReadResult? ToDocument(Dictionary<string, string> headers, byte[] block, string origin)
    {
        var type = headers.GetValueOrDefault("WARC-Type", "");
        var uri = headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>');
        DateOnly? date = DateTimeOffset.TryParse(headers.GetValueOrDefault("WARC-Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? DateOnly.FromDateTime(d.UtcDateTime)
            : null;
        var id = uri ?? headers.GetValueOrDefault("WARC-Record-ID") ?? origin;
        try
        {
            switch (type)
            {
                case "response" when headers.GetValueOrDefault("Content-Type", "").StartsWith("application/http", StringComparison.OrdinalIgnoreCase):
                    var http = HttpMessage.Parse(block, origin);
                    if (http.Status is < 200 or >= 300 || !IsHtml(http.ContentType))
                    {
                        return null;
                    }

                    return ReadResult.Ok(HtmlArticleReader.Read(new MemoryStream(http.Body), id, origin, uri, date));
                case "resource" or "conversion":
                    var contentType = headers.GetValueOrDefault("Content-Type", "");
                    if (IsHtml(contentType))
                    {
                        return ReadResult.Ok(HtmlArticleReader.Read(new MemoryStream(block), id, origin, uri, date));
                    }

                    if (contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
                    {
                        var text = TextDecoder.Decode(block, origin);
                        return ReadResult.Ok(new Document(text, new DocumentMeta(id, Url: uri, Published: date, Origin: origin)));
                    }

                    return null;
                default:
                    return null;
            }
        }
        catch (InputException e)
        {
            return ReadResult.Failed(e);
        }
    }

    private static bool IsHtml(string? contentType)
        => contentType is not null
            && (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("application/xhtml", StringComparison.OrdinalIgnoreCase));

    /// <summary>The header fields of the next record, or null at the end of the file.</summary>
    private static Dictionary<string, string>? ReadHeaders(Stream input, string origin)
    {
        string? line;
        do
        {
            line = ReadLine(input);
            if (line is null)
            {
                return null;
            }
        }
        while (line.Length == 0);

        if (!line.StartsWith("WARC/", StringComparison.Ordinal))
        {
            throw new InputException(origin, $"the file is damaged or truncated: expected a 'WARC/' version line, found '{Shorten(line)}'");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while ((line = ReadLine(input)) is { Length: > 0 })
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        if (line is null)
        {
            throw new InputException(origin, "truncated: the file ends inside a record header");
        }

        return headers;
    }

    private static byte[]? ReadBlock(Stream input, Dictionary<string, string> headers, string origin, int maxRecordBytes)
    {
        if (!long.TryParse(headers.GetValueOrDefault("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            throw new InputException(origin, "the file is damaged or truncated: a record without a valid Content-Length");
        }

        if (length > maxRecordBytes)
        {
            Skip(input, length, origin);
            throw new InputException(origin, $"record of {length} bytes is over the limit of {maxRecordBytes} bytes; skipped");
        }

        var block = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = input.Read(block, read, (int)length - read);
            if (n == 0)
            {
                throw new InputException(origin, $"truncated: the file ends {length - read} bytes before the end of the record");
            }

            read += n;
        }

        return block;
    }

    private static void Skip(Stream input, long length, string origin)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var n = input.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (n == 0)
            {
                throw new InputException(origin, "truncated: the file ends inside a record");
            }

            length -= n;
        }
    }

    /// <summary>A line of ASCII header text ending in CRLF or LF, or null at the end of the stream. Lines are capped at 64 KiB.</summary>
    private static string? ReadLine(Stream input)
    {
        var line = new StringBuilder();
        int b;
        while ((b = input.ReadByte()) >= 0)
        {
            if (b == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            if (line.Length < 65536)
            {
                line.Append((char)b);
            }
        }

        return line.Length == 0 ? null : line.ToString();
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    /// <summary>The HTTP response inside a WARC response record: status, content type, and the decoded body.</summary>
    private sealed record HttpMessage(int Status, string? ContentType, byte[] Body)
    {
        public static HttpMessage Parse(byte[] block, string origin)
        {
            var end = block.AsSpan().IndexOf("\r\n\r\n"u8);
            var separator = 4;
            if (end < 0)
            {
                end = block.AsSpan().IndexOf("\n\n"u8);
                separator = 2;
            }

            if (end < 0)
            {
                throw new InputException(origin, "the HTTP response in the record has no end of headers");
            }

            var lines = Encoding.Latin1.GetString(block, 0, end).Split('\n');
            var status = lines[0].Split(' ') is [_, var code, ..] && int.TryParse(code, CultureInfo.InvariantCulture, out var s) ? s : 0;
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines.Skip(1))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
            }

            var body = block.AsSpan(end + separator).ToArray();
            if (headers.GetValueOrDefault("Transfer-Encoding", "").Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                body = Dechunk(body, origin);
            }

            body = headers.GetValueOrDefault("Content-Encoding", "").Trim().ToLowerInvariant() switch
            {
                "gzip" or "x-gzip" => Decompress(new GZipStream(new MemoryStream(body), CompressionMode.Decompress), origin),
                "deflate" => Decompress(new ZLibStream(new MemoryStream(body), CompressionMode.Decompress), origin),
                "br" => Decompress(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress), origin),
                _ => body,
            };
            return new HttpMessage(status, headers.GetValueOrDefault("Content-Type"), body);
        }

        private static byte[] Dechunk(byte[] body, string origin)
        {
            var output = new MemoryStream();
            var position = 0;
            while (position < body.Length)
            {
                var lineEnd = body.AsSpan(position).IndexOf((byte)'\n');
                if (lineEnd < 0)
                {
                    break;
                }

                var sizeText = Encoding.ASCII.GetString(body, position, lineEnd).Trim().Split(';')[0];
                if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0)
                {
                    throw new InputException(origin, "bad chunk size in a chunked HTTP response");
                }

                position += lineEnd + 1;
                if (size == 0)
                {
                    break;
                }

                size = Math.Min(size, body.Length - position);
                output.Write(body, position, size);
                position += size;
                while (position < body.Length && body[position] is (byte)'\r' or (byte)'\n')
                {
                    position++;
                }
            }

            return output.ToArray();
        }

        private static byte[] Decompress(Stream stream, string origin)
        {
            try
            {
                using (stream)
                {
                    // A compression bomb must not take the process down: stop at the document size limit.
                    var output = new MemoryStream();
                    var buffer = new byte[81920];
                    int n;
                    while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        if (output.Length + n > DocumentReader.DefaultMaxDocumentBytes)
                        {
                            throw new InputException(origin, "the HTTP body decompresses to more than the size limit; skipped");
                        }

                        output.Write(buffer, 0, n);
                    }

                    return output.ToArray();
                }
            }
            catch (InvalidDataException e)
            {
                throw new InputException(origin, $"cannot decompress the HTTP body: {e.Message}");
            }
        }
    }
}
