using System.Text;

namespace Claimline.Serialization;

/// <summary>
/// A write-only stream that decodes the UTF-8 bytes written to it into a <see cref="TextWriter"/>, so that a
/// <see cref="System.Text.Json.Utf8JsonWriter"/> can write to a console or any text writer a piece at a time. A
/// character split across two writes is held by the decoder until its last byte arrives.
/// </summary>
internal sealed class Utf8TextWriterStream(TextWriter output) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private char[] _chars = new char[4096];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        }

        var written = _decoder.GetChars(buffer, _chars, flush: false);
        output.Write(_chars, 0, written);
    }

    public override void Flush() => output.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
