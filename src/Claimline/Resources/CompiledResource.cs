using System.Security.Cryptography;
using System.Text;

namespace Claimline.Resources;

/// <summary>
/// A binary image of a large resource (the place table), written by <c>claimline compile-resources</c> after each
/// build and read at start-up instead of parsing the text, which stays the source of truth (docs/benchmarks.md,
/// "Speed as users run it"). An image starts with a magic number and a key: the SHA-256 of its format name, this
/// assembly's module version id (the parsing code) and the source file's bytes as <see cref="ResourceFile"/> opens
/// them (so a <c>--resources</c> override that replaces the file makes the image stale). An image whose key does not
/// match, or that is absent or unreadable, is ignored and the text is parsed as before.
/// </summary>
public static class CompiledResource
{
    /// <summary>Bytes before an image's payload: the magic number, then the 32-byte key.</summary>
    public const int HeaderLength = 8 + 32;

    private static readonly byte[] s_magic = "CLMIMG01"u8.ToArray();

    /// <summary>
    /// Where images are read from: beside the assembly by default (the build writes them there). Null turns them off.
    /// </summary>
    public static string? Folder { get; set; } = AppContext.BaseDirectory;

    /// <summary>The key an image of <paramref name="sourcePath"/> (a resource path) in format <paramref name="format"/> must carry.</summary>
    public static byte[] Key(string format, string sourcePath)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(format));
        hash.AppendData(typeof(CompiledResource).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        using var source = ResourceFile.Open(sourcePath);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }

        return hash.GetHashAndReset();
    }

    /// <summary>
    /// The image named <paramref name="name"/> in <see cref="Folder"/>, whole (header included), or null when it is
    /// absent, unreadable or carries another key than <paramref name="key"/> gives (computed only if there is a file:
    /// it reads the source).
    /// </summary>
    public static byte[]? TryRead(string name, Func<byte[]> key) => Folder is { } folder ? TryRead(folder, name, key) : null;

    /// <summary>As <see cref="TryRead(string, Func{byte[]})"/>, from <paramref name="folder"/>.</summary>
    public static byte[]? TryRead(string folder, string name, Func<byte[]> key)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return null;
        }

        byte[] image;
        try
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                return null;
            }

            image = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return IsCurrent(image, key()) ? image : null;
    }

    /// <summary>Whether <paramref name="image"/> starts with the magic number and <paramref name="key"/>.</summary>
    public static bool IsCurrent(ReadOnlySpan<byte> image, ReadOnlySpan<byte> key)
        => image.Length >= HeaderLength
            && image[..8].SequenceEqual(s_magic)
            && image.Slice(8, 32).SequenceEqual(key);

    /// <summary>Writes an image: the header, then <paramref name="payload"/>; through a temporary file, so that a reader never sees half of one.</summary>
    public static void Write(string path, ReadOnlySpan<byte> key, ReadOnlySpan<byte> payload)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("a key is 32 bytes", nameof(key));
        }

        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        {
            file.Write(s_magic);
            file.Write(key);
            file.Write(payload);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
