namespace Claimline.Reading;

/// <summary>
/// Counts the bytes a gzip stream decompresses, so a whole-document read can compare them with the size the gzip
/// trailer records (ISIZE, the last four bytes of the file). .NET's decompressor ends quietly at a truncation;
/// this check turns a cut file into an error. It is exact for single-member files, which whole documents are.
/// </summary>
internal sealed class GzipLengthCheck(Stream decompressed, Stream compressedFile) : ReadOnlyStream(decompressed)
{
    private long _count;

    /// <summary>True when the file's trailer matches what was read, or when the input cannot be re-read to check (standard input).</summary>
    public bool LengthMatchesTrailer()
    {
        if (!compressedFile.CanSeek)
        {
            return true;
        }

        if (compressedFile.Length < 18)
        {
            return false;
        }

        Span<byte> trailer = stackalloc byte[4];
        compressedFile.Seek(-4, SeekOrigin.End);
        compressedFile.ReadExactly(trailer);
        return BitConverter.ToUInt32(trailer) == (uint)_count;
    }

    public override int Read(Span<byte> buffer)
    {
        var n = Inner.Read(buffer);
        _count += n;
        return n;
    }
}
