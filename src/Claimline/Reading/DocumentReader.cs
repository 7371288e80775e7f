using Claimline.Model;

namespace Claimline.Reading;

/// <summary>The input formats <see cref="DocumentReader"/> knows.</summary>
public enum InputFormat
{
    /// <summary>
    /// Decide per file, by extension (<c>.jsonl</c>, <c>.html</c>, <c>.rss</c>/<c>.atom</c>/<c>.xml</c>, <c>.warc</c>,
    /// each optionally <c>.gz</c>), else by content (an HTML, feed or WARC start); text starting with
    /// <c>date YYYY-MM-DD</c> is wire; anything else plain text.
    /// </summary>
    Auto,
    Text,
    Wire,
    Jsonl,
    Html,
    Feed,
    Warc,
}

/// <summary>Metadata given on the command line for inputs that carry none (see <see cref="DocumentReader.Defaults"/>).</summary>
public sealed record DocumentDefaults(DateOnly? Published = null, string? Title = null, string? Source = null);

/// <summary>
/// Reads articles from files, directories (recursively, in name order, skipping hidden files) or standard input
/// (<c>-</c>). Every problem becomes a <see cref="ReadResult"/> with an error naming the file and where in it, and
/// reading goes on with the next record or file.
/// </summary>
public sealed class DocumentReader
{
    /// <summary>Default limit on one text file or one JSONL line: 64 MiB.</summary>
    public const int DefaultMaxDocumentBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Default limit on the text of one document to be analyzed: 16 MiB of UTF-8. News articles are a few kilobytes;
    /// a larger "document" is a dump or a mistake, and analyzing it whole would hold the pipeline (and its memory)
    /// for minutes. It is reported and skipped, never cut short.
    /// </summary>
    public const int DefaultMaxTextBytes = 16 * 1024 * 1024;

    private static readonly Dictionary<string, InputFormat> s_extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jsonl"] = InputFormat.Jsonl,
        [".ndjson"] = InputFormat.Jsonl,
        [".html"] = InputFormat.Html,
        [".htm"] = InputFormat.Html,
        [".xhtml"] = InputFormat.Html,
        [".rss"] = InputFormat.Feed,
        [".atom"] = InputFormat.Feed,
        [".xml"] = InputFormat.Feed,
        [".warc"] = InputFormat.Warc,
        [".arc"] = InputFormat.Warc,
        [".txt"] = InputFormat.Auto,
        [".text"] = InputFormat.Auto,
        [".wire"] = InputFormat.Auto,
        [""] = InputFormat.Auto,
    };

    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>The most bytes read for one file, JSONL line or WARC record (before any text is extracted).</summary>
    public int MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>The most UTF-8 bytes of text one document may have to be analyzed; a larger one is an error, not a truncation.</summary>
    public int MaxTextBytes { get; init; } = DefaultMaxTextBytes;

    /// <summary>
    /// Metadata for documents whose input carries none (plain text has no date, title or source): each value fills
    /// in only what the input leaves empty; a date, title or source the input gives always wins.
    /// </summary>
    public DocumentDefaults? Defaults { get; init; }

    /// <summary>Called with the number of bytes each time bytes are read from an input file (for progress bars).</summary>
    public Action<long>? OnBytesRead { get; init; }

    /// <summary>Reads every article under the given paths, in order.</summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            foreach (var result in Read(path))
            {
                yield return result;
            }
        }
    }

    public IEnumerable<ReadResult> Read(string path)
    {
        if (path == "-")
        {
            return ReadStream(Console.OpenStandardInput(), "stdin", "stdin", Format);
        }

        if (Directory.Exists(path))
        {
            return ReadDirectory(path);
        }

        if (!File.Exists(path))
        {
            return [ReadResult.Failed(new InputException(path, "no such file or directory"))];
        }

        return ReadFile(path, IdOf(Path.GetFileName(path)));
    }

    /// <summary>Reads one text (plain or wire) from memory, as the HTTP API and tests do.</summary>
    public static Document FromText(string text, string id, DateOnly? published = null, string? origin = null)
        => WireFormat.Detect(text)
            ? WireFormat.Read(text, id, origin ?? id)
            : new Document(text, new DocumentMeta(id, Published: published, Origin: origin ?? id));

    private IEnumerable<ReadResult> ReadDirectory(string root)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Where(f => Format != InputFormat.Auto || IsKnownExtension(f))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            foreach (var result in ReadFile(file, IdOf(relative)))
            {
                yield return result;
            }
        }
    }

    /// <summary>Opens the file only when the results are enumerated, so an unread result holds no file open.</summary>
    private IEnumerable<ReadResult> ReadFile(string path, string id)
    {
        Stream? stream = Open(path, out var error);
        if (stream is null)
        {
            yield return ReadResult.Failed(error!);
            yield break;
        }

        if (OnBytesRead is { } report)
        {
            stream = new ProgressStream(stream, report);
        }

        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
            id = id.EndsWith(Path.GetExtension(name), StringComparison.Ordinal) ? id[..^Path.GetExtension(name).Length] : id;
        }

        var format = Format == InputFormat.Auto ? s_extensions.GetValueOrDefault(Path.GetExtension(name), InputFormat.Auto) : Format;
        foreach (var result in ReadStream(stream, path, id, format))
        {
            yield return result;
        }
    }

    private static FileStream? Open(string path, out InputException? error)
    {
        try
        {
            error = null;
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = new InputException(path, $"cannot open: {e.Message}");
            return null;
        }
    }

    private IEnumerable<ReadResult> ReadStream(Stream raw, string origin, string id, InputFormat format)
    {
        // gzip is recognised by its magic bytes, whatever the name; several gzip members in a row (one per WARC
        // record, as news crawls write them) decompress as one stream.
        var (head, stream) = ReplayStream.Peek(raw, 2);
        GzipLengthCheck? gzip = null;
        if (head.Span.SequenceEqual((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            stream = gzip = new GzipLengthCheck(new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress), raw);
        }

        if (format == InputFormat.Auto)
        {
            (head, stream) = ReplayStream.Peek(stream, 1024);
            format = Sniff(head.Span);
        }

        using (stream)
        {
            var results = format switch
            {
                InputFormat.Jsonl => JsonlReader.Read(stream, origin, id, MaxDocumentBytes),
                InputFormat.Feed => Guarded(stream, origin, s => FeedReader.Read(s, origin, id)),
                InputFormat.Warc => WarcReader.Read(stream, origin, MaxDocumentBytes),
                _ => [ReadWhole(stream, origin, id, format, gzip)],
            };
            using var e = results.GetEnumerator();
            while (true)
            {
                ReadResult? next = null;
                InputException? damage = null;
                try
                {
                    if (e.MoveNext())
                    {
                        next = e.Current;
                    }
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException)
                {
                    // A truncated or corrupt gzip stream surfaces here, in the middle of any format.
                    damage = new InputException(origin, $"the file is damaged or truncated: {ex.Message}");
                }

                if (damage is not null)
                {
                    yield return ReadResult.Failed(damage);
                }

                if (next is null)
                {
                    break;
                }

                yield return Checked(next.Value, origin);
            }
        }
    }

    /// <summary>
    /// A document with nothing to analyze (no text but white space, or only a wire header) or with more text than
    /// <see cref="MaxTextBytes"/> is reported like any unreadable input, so that it is neither analyzed nor stored.
    /// </summary>
    private ReadResult Checked(ReadResult result, string origin)
    {
        if (result.Document is not { } document)
        {
            return result;
        }

        var where = document.Meta.Origin ?? origin;
        var text = document.Text.AsSpan();
        var header = document.Meta.Header ?? new TextSpan(0, 0);
        if (text[..header.Start].IsWhiteSpace() && text[header.End..].IsWhiteSpace())
        {
            return ReadResult.Failed(new InputException(where, "empty document: no text to analyze"));
        }

        if (document.Text.Length > MaxTextBytes / 3 && System.Text.Encoding.UTF8.GetByteCount(document.Text) is var bytes && bytes > MaxTextBytes)
        {
            return ReadResult.Failed(new InputException(where, $"{FormatSize(bytes)} of text, over the limit of {FormatSize(MaxTextBytes)} for analyzing one document; skipped"));
        }

        return Defaults is { } defaults && (document.Meta.Published is null || document.Meta.Title is null || document.Meta.Source is null)
            ? ReadResult.Ok(new Document(document.Text, document.Meta with
            {
                Published = document.Meta.Published ?? defaults.Published,
                Title = document.Meta.Title ?? defaults.Title,
                Source = document.Meta.Source ?? defaults.Source,
            }))
            : result;
    }

    private IEnumerable<ReadResult> Guarded(Stream stream, string origin, Func<Stream, IEnumerable<ReadResult>> read)
    {
        // Feeds are parsed whole: read at most the size limit first.
        byte[] bytes;
        try
        {
            bytes = ReadAtMost(stream, origin);
        }
        catch (InputException e)
        {
            return [ReadResult.Failed(e)];
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A corrupt gzip stream around a feed surfaces while it is read whole (found by fuzzing).
            return [ReadResult.Failed(new InputException(origin, $"the file is damaged or truncated: {e.Message}"))];
        }

        return read(new MemoryStream(bytes));
    }

    /// <summary>Recognises HTML, feeds and WARC by their first bytes; everything else is text (plain or wire).</summary>
    private static InputFormat Sniff(ReadOnlySpan<byte> head)
    {
        var start = head;
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = start[3..];
        }

        start = start.TrimStart(" \t\r\n"u8);
        if (start.StartsWith("WARC/"u8))
        {
            return InputFormat.Warc;
        }

        if (start.Length > 0 && start[0] == (byte)'<')
        {
            var lower = System.Text.Encoding.ASCII.GetString(start[..Math.Min(start.Length, 1024)]).ToLowerInvariant();
            if (lower.Contains("<rss", StringComparison.Ordinal) || lower.Contains("<feed", StringComparison.Ordinal))
            {
                return InputFormat.Feed;
            }

            if (lower.StartsWith("<!doctype html", StringComparison.Ordinal) || lower.Contains("<html", StringComparison.Ordinal))
            {
                return InputFormat.Html;
            }
        }

        return InputFormat.Auto;
    }

    private ReadResult ReadWhole(Stream stream, string origin, string id, InputFormat format, GzipLengthCheck? gzip)
    {
        try
        {
            var bytes = ReadAtMost(stream, origin);
            if (gzip is not null && !gzip.LengthMatchesTrailer())
            {
                // .NET's GZipStream ends quietly at a cut; a shortened article would pass for a whole one.
                return ReadResult.Failed(new InputException(origin, "the file is damaged or truncated: the gzip length check failed"));
            }

            if (format == InputFormat.Html)
            {
                // The page's own charset declaration decides its encoding, not UTF-8 by default.
                return ReadResult.Ok(HtmlArticleReader.Read(new MemoryStream(bytes), id, origin));
            }

            var text = TextDecoder.Decode(bytes, origin);
            return format switch
            {
                InputFormat.Wire => ReadResult.Ok(WireFormat.Read(text, id, origin)),
                InputFormat.Text => ReadResult.Ok(new Document(text, new DocumentMeta(id, Origin: origin))),
                _ => ReadResult.Ok(FromText(text, id, origin: origin)),
            };
        }
        catch (InputException e)
        {
            return ReadResult.Failed(e);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return ReadResult.Failed(new InputException(origin, $"read failed, the file may be damaged or truncated: {e.Message}"));
        }
    }

    private byte[] ReadAtMost(Stream stream, string origin)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int count;
        while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + count > MaxDocumentBytes)
            {
                throw new InputException(origin, $"larger than the limit of {FormatSize(MaxDocumentBytes)} for one document; skipped");
            }

            memory.Write(buffer, 0, count);
        }

        return memory.ToArray();
    }

    internal static string FormatSize(long bytes)
        => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes} bytes";

    private static bool IsKnownExtension(string file)
    {
        var name = Path.GetFileName(file);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        return s_extensions.ContainsKey(Path.GetExtension(name));
    }

    private static string IdOf(string relativePath)
    {
        var extension = Path.GetExtension(relativePath);
        return extension.Length > 0 ? relativePath[..^extension.Length] : relativePath;
    }
}
