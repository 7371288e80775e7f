namespace Claimline.Reading;

/// <summary>
/// Counts the bytes a gzip stream decompresses, so a whole-document read can compare them with the size the gzip
/// trailer records (ISIZE, the last four bytes of the file). .NET's decompressor ends quietly at a truncation;
/// this check turns a cut file into an error. It is exact for single-member files, which whole documents are.
/// </summary>
internal sealed class GzipLengthCheck(Stream decompressed, Stream compressedFile) : Stream
{
    private long _count;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

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

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = decompressed.Read(buffer);
        _count += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            decompressed.Dispose();
        }

        base.Dispose(disposing);
    }
}
