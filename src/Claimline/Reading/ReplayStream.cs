namespace Claimline.Reading;

/// <summary>A stream that first replays bytes already read from the inner stream (for format sniffing), then continues with it.</summary>
internal sealed class ReplayStream(byte[] prefix, int prefixLength, Stream inner) : ReadOnlyStream(inner)
{
    private int _position;

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

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefixLength)
        {
            var n = Math.Min(buffer.Length, prefixLength - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return Inner.Read(buffer);
    }
}
