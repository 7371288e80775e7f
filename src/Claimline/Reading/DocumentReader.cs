using Claimline.Model;

namespace Claimline.Reading;

/// <summary>The input formats <see cref="DocumentReader"/> knows.</summary>
public enum InputFormat
{
    /// <summary>Decide per file: <c>.jsonl</c>/<c>.ndjson</c> are JSONL; text starting with <c>date YYYY-MM-DD</c> is wire; anything else plain text.</summary>
    Auto,
    Text,
    Wire,
    Jsonl,
}

/// <summary>
/// Reads articles from files, directories (recursively, in name order, skipping hidden files) or standard input
/// (<c>-</c>). Every problem becomes a <see cref="ReadResult"/> with an error naming the file and where in it, and
/// reading goes on with the next record or file.
/// </summary>
public sealed class DocumentReader
{
    /// <summary>Default limit on one text file or one JSONL line: 64 MiB.</summary>
    public const int DefaultMaxDocumentBytes = 64 * 1024 * 1024;

    private static readonly string[] s_jsonlExtensions = [".jsonl", ".ndjson"];
    private static readonly string[] s_textExtensions = [".txt", ".text", ".wire", ""];

    public InputFormat Format { get; init; } = InputFormat.Auto;

    public int MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

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
            return ReadStream(Console.OpenStandardInput(), "stdin", "stdin", Format == InputFormat.Auto ? InputFormat.Auto : Format);
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
        var stream = Open(path, out var error);
        if (stream is null)
        {
            yield return ReadResult.Failed(error!);
            yield break;
        }

        var format = Format;
        if (format == InputFormat.Auto && s_jsonlExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
        {
            format = InputFormat.Jsonl;
        }

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

    private IEnumerable<ReadResult> ReadStream(Stream stream, string origin, string id, InputFormat format)
    {
        using (stream)
        {
            if (format == InputFormat.Jsonl)
            {
                foreach (var result in JsonlReader.Read(stream, origin, id, MaxDocumentBytes))
                {
                    yield return result;
                }

                yield break;
            }

            yield return ReadWhole(stream, origin, id, format);
        }
    }

    private ReadResult ReadWhole(Stream stream, string origin, string id, InputFormat format)
    {
        try
        {
            var bytes = ReadAtMost(stream, origin);
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
        catch (IOException e)
        {
            return ReadResult.Failed(new InputException(origin, $"read failed: {e.Message}"));
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
        var extension = Path.GetExtension(file);
        return s_jsonlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)
            || s_textExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
    }

    private static string IdOf(string relativePath)
    {
        var extension = Path.GetExtension(relativePath);
        return extension.Length > 0 ? relativePath[..^extension.Length] : relativePath;
    }
}
