namespace Claimline.Reading;

/// <summary>Passes reads through to a file stream and reports how many bytes each read took from it. Seeks pass through too (the gzip trailer check seeks).</summary>
internal sealed class ProgressStream(Stream inner, Action<long> report) : ReadOnlyStream(inner)
{
    public override bool CanSeek => Inner.CanSeek;

    public override long Length => Inner.Length;

    public override long Position
    {
        get => Inner.Position;
        set => Inner.Position = value;
    }

    public override int Read(Span<byte> buffer)
    {
        var n = Inner.Read(buffer);
        if (n > 0)
        {
            report(n);
        }

        return n;
    }

    public override long Seek(long offset, SeekOrigin origin) => Inner.Seek(offset, origin);
}
