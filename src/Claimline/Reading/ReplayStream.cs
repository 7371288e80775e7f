namespace Claimline.Reading;

/// <summary>A read-only stream that first replays bytes already read from <paramref name="inner"/> (for format sniffing), then continues with it.</summary>
internal sealed class ReplayStream(byte[] prefix, int prefixLength, Stream inner) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Reads up to <paramref name="count"/> bytes from the start of <paramref name="inner"/> and returns them with a stream that still yields the whole content.</summary>
    public static (ReadOnlyMemory<byte> Head, Stream Stream) Peek(Stream inner, int count)
    {
        var buffer = new byte[count];
        var length = 0;
        int read;
        while (length < count && (read = inner.Read(buffer, length, count - length)) > 0)
        {
            length += read;
        }

        return (buffer.AsMemory(0, length), new ReplayStream(buffer, length, inner));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefixLength)
        {
            var n = Math.Min(buffer.Length, prefixLength - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return inner.Read(buffer);
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
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
