namespace Claimline.Reading;

/// <summary>Splits a stream into lines of raw bytes on <c>\n</c>, with each line's byte offset; lines over a limit are flagged, not buffered.</summary>
internal static class ByteLines
{
    public static IEnumerable<(ReadOnlyMemory<byte> Line, long Offset, bool TooLong)> Read(Stream stream, int maxLineBytes)
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        var tooLong = false;
        long offset = 0;
        long lineStart = 0;
        int count;
        while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < count; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                Append(buffer, start, i - start);
                yield return (line.ToArray(), lineStart, tooLong);
                line.SetLength(0);
                tooLong = false;
                lineStart = offset + i + 1;
                start = i + 1;
            }

            Append(buffer, start, count - start);
            offset += count;
        }

        if (line.Length > 0 || tooLong)
        {
            yield return (line.ToArray(), lineStart, tooLong);
        }

        void Append(byte[] bytes, int from, int length)
        {
            if (tooLong || length == 0)
            {
                return;
            }

            if (line.Length + length > maxLineBytes)
            {
                tooLong = true;
                line.SetLength(0);
                return;
            }

            line.Write(bytes, from, length);
        }
    }
}
