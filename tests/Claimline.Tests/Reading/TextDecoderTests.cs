using System.Text;
using Claimline.Reading;

namespace Claimline.Tests.Reading;

public sealed class TextDecoderTests
{
    private const string Sample = "The mayor said “we will rebuild,” and the café reopened 🎉 on Friday.";

    private static readonly byte[] s_utf8Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void Utf8_without_bom_decodes_to_the_same_text()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample);

        Assert.Equal(Sample, TextDecoder.Decode(bytes, "plain.txt"));
    }

    [Fact]
    public void Utf8_bom_is_not_part_of_the_text()
    {
        byte[] bytes = [.. s_utf8Bom, .. Encoding.UTF8.GetBytes(Sample)];

        var text = TextDecoder.Decode(bytes, "bom.txt");

        Assert.Equal(Sample, text);
        Assert.DoesNotContain('\uFEFF', text);
    }

    [Fact]
    public void Empty_input_decodes_to_empty_text()
    {
        Assert.Equal("", TextDecoder.Decode([], "empty.txt"));
        Assert.Equal("", TextDecoder.Decode(s_utf8Bom, "bom-only.txt"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_round_trips_curly_quotes_accents_and_emoji(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)];
        Assert.Equal(bigEndian ? [0xFE, 0xFF] : new byte[] { 0xFF, 0xFE }, bytes[..2]);

        var text = TextDecoder.Decode(bytes, "utf16.txt");

        Assert.Equal(Sample, text);
    }

    [Fact]
    public void Utf32_le_with_bom_round_trips_curly_quotes_accents_and_emoji()
    {
        var encoding = new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)];

        Assert.Equal(Sample, TextDecoder.Decode(bytes, "utf32.txt"));
    }

    [Fact]
    public void Invalid_utf8_reports_origin_and_byte_offset_of_the_bad_byte()
    {
        var prefix = Encoding.UTF8.GetBytes("Officials in Kyiv said é ");
        byte[] bytes = [.. prefix, 0xC3, 0x28, .. "more text"u8];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "dispatch-17.txt"));

        Assert.Equal(prefix.Length, error.ByteOffset);
        Assert.Equal("dispatch-17.txt", error.Origin);
        Assert.Contains("dispatch-17.txt", error.Message);
        Assert.Contains($"byte offset {prefix.Length}", error.Message);
        Assert.Contains("UTF-8", error.Problem);
    }

    [Fact]
    public void Invalid_byte_at_the_very_start_is_at_offset_zero()
    {
        byte[] bytes = [0xFF, .. "abc"u8];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "start.txt"));

        Assert.Equal(0, error.ByteOffset);
    }

    [Fact]
    public void Truncated_multibyte_sequence_at_the_end_is_reported_where_it_starts()
    {
        // The first two bytes of “ (E2 80 9C) and then the end of the file.
        byte[] bytes = [.. "He said "u8, 0xE2, 0x80];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "cut.txt"));

        Assert.Equal(8, error.ByteOffset);
    }

    [Fact]
    public void Utf8_encoded_surrogate_is_invalid()
    {
        // ED A0 80 would be U+D800, which UTF-8 may not encode.
        byte[] bytes = [.. "ab"u8, 0xED, 0xA0, 0x80];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "surrogate.txt"));

        Assert.Equal(2, error.ByteOffset);
    }

    [Fact]
    public void Nul_byte_is_binary_content_reported_with_its_offset()
    {
        byte[] bytes = [.. "Turnout was high"u8, 0x00, .. "rest"u8];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "binary.dat"));

        Assert.Equal(16, error.ByteOffset);
        Assert.Contains("NUL", error.Problem);
        Assert.Contains("binary.dat", error.Message);
        Assert.Contains("byte offset 16", error.Message);
    }

    [Fact]
    public void Bom_then_invalid_byte_counts_the_offset_from_the_start_of_the_file()
    {
        byte[] bytes = [.. s_utf8Bom, .. "Vote"u8, 0xC3, 0x28];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "bom-bad.txt"));

        Assert.Equal(3 + 4, error.ByteOffset);
    }

    [Fact]
    public void Bom_then_nul_byte_counts_the_offset_from_the_start_of_the_file()
    {
        byte[] bytes = [.. s_utf8Bom, .. "ab"u8, 0x00];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "bom-nul.txt"));

        Assert.Equal(5, error.ByteOffset);
    }

    [Fact]
    public void Utf16_le_nul_character_is_reported_at_its_byte_offset()
    {
        // BOM (2 bytes), "ab" (4 bytes), then U+0000.
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0, (byte)'b', 0, 0, 0, (byte)'c', 0];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "utf16-nul.txt"));

        Assert.Equal(6, error.ByteOffset);
    }

    [Fact]
    public void Utf16_le_lone_surrogate_is_invalid_with_an_offset_inside_the_file()
    {
        // BOM, "ab", then a lone low surrogate U+DC00 at byte 6, then "c".
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0, (byte)'b', 0, 0x00, 0xDC, (byte)'c', 0];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "utf16-bad.txt"));

        Assert.Equal(6, error.ByteOffset);
        Assert.Contains("utf16-bad.txt", error.Message);
    }

    [Fact]
    public void Utf16_be_with_odd_trailing_byte_is_invalid()
    {
        byte[] bytes = [0xFE, 0xFF, 0, (byte)'a', 0, (byte)'b', 0x42];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "odd.txt"));

        Assert.NotNull(error.ByteOffset);
        Assert.InRange(error.ByteOffset!.Value, 2, bytes.Length - 1);
    }

    [Fact]
    public void Utf32_nul_after_an_emoji_is_reported_at_its_byte_offset()
    {
        // BOM (4 bytes), U+1F389 (4 bytes), then U+0000 at byte 8.
        var encoding = new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("🎉\0")];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "utf32-nul.txt"));

        Assert.Equal(8, error.ByteOffset);
    }

    [Fact]
    public void Utf32_code_point_beyond_unicode_is_invalid_at_its_byte_offset()
    {
        // BOM (4 bytes), "a" (4 bytes), then 0x00110000, which is past U+10FFFF.
        byte[] bytes = [0xFF, 0xFE, 0, 0, (byte)'a', 0, 0, 0, 0x00, 0x00, 0x11, 0x00];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "utf32-bad.txt"));

        Assert.Equal(8, error.ByteOffset);
    }
}
