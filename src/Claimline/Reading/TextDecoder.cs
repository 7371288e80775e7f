using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Claimline.Reading;

/// <summary>
/// Turns bytes into text: UTF-8 (with or without a byte-order mark), UTF-16 LE/BE and UTF-32 LE by their marks.
/// Invalid bytes and binary content (NUL characters) are errors that name the origin and the byte offset; nothing is
/// silently replaced, because a replaced character would shift what analysts quote.
/// </summary>
public static class TextDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes, string origin)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], origin, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodeStrict(new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), bytes[4..], origin, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeStrict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], origin, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeStrict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], origin, 2);
        }

        return DecodeUtf8(bytes, origin, 0);
    }

    /// <summary>Strict UTF-8 without byte-order-mark detection; offsets in errors are <paramref name="baseOffset"/> plus the index in <paramref name="bytes"/>.</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes, string origin, long baseOffset)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new InputException(origin, "binary content (a NUL byte), not text", baseOffset + nul);
        }

        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                throw new InputException(origin, "invalid UTF-8 (the file may be in another encoding; convert it to UTF-8)", baseOffset + read);
            }

            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string origin, long baseOffset)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException(origin, $"invalid {encoding.WebName}", baseOffset + Math.Max(0, e.Index));
        }

        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            // Count the bytes before it: characters outside the BMP take two UTF-16 units but one UTF-32 unit.
            throw new InputException(origin, "binary content (a NUL character), not text", baseOffset + encoding.GetByteCount(text.AsSpan(0, nul)));
        }

        return text;
    }
}
