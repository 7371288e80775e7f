using System.Text;
using Claimline.Reading;

namespace Claimline.Tests.Reading;

public sealed class JsonlReaderTests : IDisposable
{
    private const string First = """{"id":"a1","text":"Crews cleared the road."}""";
    private const string Last = """{"id":"c3","text":"Schools reopened on Monday."}""";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, byte[]> BadLines => new()
    {
        { "invalid JSON", "{\"id\":\"b2\",\"text\":\"unterminated"u8.ToArray() },
        { "trailing content", "{\"text\":\"one\"} {\"text\":\"two\"}"u8.ToArray() },
        { "missing text", "{\"id\":\"b2\",\"title\":\"No body\"}"u8.ToArray() },
        { "null text", "{\"id\":\"b2\",\"text\":null}"u8.ToArray() },
        { "text is an array", "{\"id\":\"b2\",\"text\":[\"a\",\"b\"]}"u8.ToArray() },
        { "text is an object", "{\"id\":\"b2\",\"text\":{\"body\":\"a\"}}"u8.ToArray() },
        { "text is a boolean", "{\"id\":\"b2\",\"text\":true}"u8.ToArray() },
        { "title is an object", "{\"id\":\"b2\",\"text\":\"a\",\"title\":{}}"u8.ToArray() },
        { "bad date", "{\"id\":\"b2\",\"text\":\"a\",\"date\":\"2024-13-45\"}"u8.ToArray() },
        { "date in another format", "{\"id\":\"b2\",\"text\":\"a\",\"date\":\"31/10/2024\"}"u8.ToArray() },
        { "not an object", "[\"text\",\"a\"]"u8.ToArray() },
        { "invalid UTF-8", [.. "{\"id\":\"b2\",\"text\":\"caf"u8, 0xC3, 0x28, .. "\"}"u8] },
        { "NUL byte", [.. "{\"id\":\"b2\",\"text\":\"a"u8, 0x00, .. "\"}"u8] },
    };

    [Fact]
    public void Fields_are_mapped_to_the_document_and_its_meta()
    {
        var path = _temp.Write("news.jsonl", """
            {"id":"n-17","date":"2024-10-31","title":"River crests","text":"The river crested at noon.","url":"https://example.org/river","source":"Example Wire"}

            """);

        var result = Assert.Single(new DocumentReader().Read(path));

        Assert.Null(result.Error);
        var document = result.Document!;
        Assert.Equal("The river crested at noon.", document.Text);
        Assert.Equal("n-17", document.Meta.Id);
        Assert.Equal(new DateOnly(2024, 10, 31), document.Meta.Published);
        Assert.Equal("River crests", document.Meta.Title);
        Assert.Equal("https://example.org/river", document.Meta.Url);
        Assert.Equal("Example Wire", document.Meta.Source);
        Assert.Equal($"{path}:1", document.Meta.Origin);
        Assert.Null(document.Meta.Header);
    }

    [Fact]
    public void Only_text_is_required_and_null_fields_stay_unset()
    {
        var path = _temp.Write("min.jsonl", """
            {"text":"Only a body.","title":null,"date":null,"url":null}
            """);

        var document = Assert.Single(new DocumentReader().Read(path)).Document!;

        Assert.Equal("Only a body.", document.Text);
        Assert.Null(document.Meta.Title);
        Assert.Null(document.Meta.Published);
        Assert.Null(document.Meta.Url);
        Assert.Null(document.Meta.Source);
    }

    [Fact]
    public void Text_keeps_escapes_and_non_ascii_exactly()
    {
        var path = _temp.Write("esc.jsonl", """
            {"text":"He said \u201Cno\u201D.\nThe caf\u00e9 closed \ud83c\udf89 \"today\"."}
            """);

        var document = Assert.Single(new DocumentReader().Read(path)).Document!;

        Assert.Equal("He said “no”.\nThe café closed 🎉 \"today\".", document.Text);
    }

    [Theory]
    [InlineData("2024-10-31T08:00:00Z")]
    [InlineData("2024-10-31T23:59:59+05:00")]
    [InlineData("2024-10-31 08:00")]
    [InlineData("2024-10-31")]
    public void Date_with_a_time_takes_the_date_part(string date)
    {
        var path = _temp.Write("dated.jsonl", $$"""
            {"text":"Polls closed.","date":"{{date}}"}
            """);

        var document = Assert.Single(new DocumentReader().Read(path)).Document!;

        Assert.Equal(new DateOnly(2024, 10, 31), document.Meta.Published);
    }

    [Fact]
    public void Missing_id_becomes_file_id_and_line_number()
    {
        var path = _temp.Write("feed.jsonl", """
            {"id":"given","text":"First."}
            {"text":"Second."}

            {"text":"Fourth, after a blank line."}
            """);

        var ids = new DocumentReader().Read(path).Select(r => r.Document!.Meta.Id).ToArray();

        Assert.Equal(["given", "feed:2", "feed:4"], ids);
    }

    [Fact]
    public void Numeric_id_is_kept_as_written()
    {
        var path = _temp.Write("num.jsonl", """
            {"id":1234567890123,"text":"Numbered."}
            """);

        Assert.Equal("1234567890123", Assert.Single(new DocumentReader().Read(path)).Document!.Meta.Id);
    }

    [Theory]
    [MemberData(nameof(BadLines))]
    public void Bad_line_in_the_middle_is_an_error_naming_file_and_line_and_reading_goes_on(string why, byte[] badLine)
    {
        byte[] bytes = [.. Utf8(First + "\n"), .. badLine, (byte)'\n', .. Utf8(Last + "\n")];
        var path = _temp.Write("file.jsonl", bytes);

        var results = new DocumentReader().Read(path).ToArray();

        Assert.True(results.Length == 3, $"{why}: expected 3 results, got {results.Length}");
        Assert.Equal("a1", results[0].Document?.Meta.Id);
        Assert.Null(results[1].Document);
        var error = results[1].Error;
        Assert.NotNull(error);
        Assert.Equal($"{path}:2", error.Origin);
        Assert.EndsWith("file.jsonl:2", error.Origin);
        Assert.Contains("file.jsonl:2", error.Message);
        Assert.Equal("c3", results[2].Document?.Meta.Id);
    }

    [Fact]
    public void Numeric_text_is_an_error_like_any_other_non_string_text()
    {
        var path = _temp.Write("file.jsonl", First + "\n{\"id\":\"b2\",\"text\":42}\n" + Last);

        var results = new DocumentReader().Read(path).ToArray();

        Assert.Equal(3, results.Length);
        Assert.Null(results[1].Document);
        Assert.Contains("text", results[1].Error?.Problem);
    }

    [Fact]
    public void Invalid_utf8_in_a_line_reports_the_byte_offset_in_the_file()
    {
        var line1 = Utf8(First + "\n");
        var line2Prefix = "{\"text\":\"caf"u8.ToArray();
        byte[] bytes = [.. line1, .. line2Prefix, 0xC3, 0x28, .. "\"}\n"u8, .. Utf8(Last)];
        var path = _temp.Write("file.jsonl", bytes);

        var results = new DocumentReader().Read(path).ToArray();

        var error = results[1].Error!;
        Assert.Equal(line1.Length + line2Prefix.Length, error.ByteOffset);
        Assert.Contains($"byte offset {line1.Length + line2Prefix.Length}", error.Message);
        Assert.Equal("c3", results[2].Document?.Meta.Id);
    }

    [Fact]
    public void Line_starting_with_a_utf16_byte_order_mark_is_invalid_utf8_at_the_start_of_the_line()
    {
        var line1 = Utf8(First + "\n");
        byte[] bytes = [.. line1, 0xFF, 0xFE, .. Utf8("{\"text\":\"a\"}\n"), .. Utf8(Last)];
        var path = _temp.Write("file.jsonl", bytes);

        var results = new DocumentReader().Read(path).ToArray();

        Assert.Equal(3, results.Length);
        Assert.EndsWith("file.jsonl:2", results[1].Error?.Origin);
        Assert.Equal(line1.Length, results[1].Error!.ByteOffset);
        Assert.Contains("UTF-8", results[1].Error!.Problem);
    }

    [Fact]
    public void Utf16_encoded_line_is_not_accepted_in_a_utf8_file()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        byte[] bytes = [.. Utf8(First + "\n"), 0xFF, 0xFE, .. encoding.GetBytes("{\"text\":\"sneaky\"}"), (byte)'\n', .. Utf8(Last)];
        var path = _temp.Write("file.jsonl", bytes);

        var results = new DocumentReader().Read(path).ToArray();

        Assert.Equal(3, results.Length);
        Assert.Null(results[1].Document);
        Assert.NotNull(results[1].Error);
    }

    [Fact]
    public void Bad_date_error_names_the_value()
    {
        var path = _temp.Write("file.jsonl", """
            {"text":"a","date":"2024-02-30"}
            """);

        var error = Assert.Single(new DocumentReader().Read(path)).Error!;

        Assert.Contains("2024-02-30", error.Message);
        Assert.EndsWith("file.jsonl:1", error.Origin);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted()
    {
        var path = _temp.Write("file.jsonl", "\n   \n" + First + "\n\t\n\r\n" + "{\"text\":\"x\",\"date\":\"nope\"}\n\n\n");

        var results = new DocumentReader().Read(path).ToArray();

        Assert.Equal(2, results.Length);
        Assert.Equal("a1", results[0].Document?.Meta.Id);
        Assert.EndsWith("file.jsonl:3", results[0].Document!.Meta.Origin);
        Assert.EndsWith("file.jsonl:6", results[1].Error?.Origin);
    }

    [Fact]
    public void Empty_file_yields_nothing()
    {
        var path = _temp.Write("empty.jsonl", "");

        Assert.Empty(new DocumentReader().Read(path));
    }

    [Fact]
    public void Line_longer_than_the_limit_is_an_error_and_the_next_line_still_reads()
    {
        var longText = string.Concat(Enumerable.Repeat("The council met again. ", 100));
        var line1 = Utf8(First + "\n");
        var line2 = Utf8($$"""{"id":"long","text":"{{longText}}"}""" + "\n");
        Assert.True(line2.Length > 1000);
        var path = _temp.Write("file.jsonl", [.. line1, .. line2, .. Utf8(Last + "\n")]);

        var results = new DocumentReader { MaxDocumentBytes = 1000 }.Read(path).ToArray();

        Assert.Equal(3, results.Length);
        Assert.Equal("a1", results[0].Document?.Meta.Id);
        var error = results[1].Error!;
        Assert.EndsWith("file.jsonl:2", error.Origin);
        Assert.Contains("1000", error.Problem);
        Assert.Equal(line1.Length, error.ByteOffset);
        Assert.Equal("c3", results[2].Document?.Meta.Id);
    }

    [Fact]
    public void Line_longer_than_the_limit_at_the_end_without_newline_is_an_error()
    {
        var path = _temp.Write("file.jsonl", First + "\n" + new string('x', 3000));

        var results = new DocumentReader { MaxDocumentBytes = 1000 }.Read(path).ToArray();

        Assert.Equal(2, results.Length);
        Assert.NotNull(results[0].Document);
        Assert.EndsWith("file.jsonl:2", results[1].Error?.Origin);
    }

    [Fact]
    public void Line_of_exactly_the_limit_is_read()
    {
        const string Prefix = "{\"text\":\"";
        const string Suffix = "\"}";
        var line = Prefix + new string('a', 1000 - Prefix.Length - Suffix.Length) + Suffix;
        Assert.Equal(1000, line.Length);
        var path = _temp.Write("file.jsonl", line + "\n" + Last);

        var results = new DocumentReader { MaxDocumentBytes = 1000 }.Read(path).ToArray();

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(2, results.Length);
    }

    [Fact]
    public void Crlf_line_endings_work()
    {
        var path = _temp.Write("file.jsonl", First + "\r\n" + "{\"text\":\"Line two.\"}\r\n\r\n" + Last + "\r\n");

        var results = new DocumentReader().Read(path).ToArray();

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(["a1", "file:2", "c3"], results.Select(r => r.Document!.Meta.Id));
        Assert.Equal("Line two.", results[1].Document!.Text);
    }

    [Fact]
    public void File_with_a_bom_works()
    {
        var path = _temp.Write("file.jsonl", [0xEF, 0xBB, 0xBF, .. Utf8("{\"text\":\"With a mark.\"}\n" + Last)]);

        var results = new DocumentReader().Read(path).ToArray();

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal("file:1", results[0].Document!.Meta.Id);
        Assert.Equal("With a mark.", results[0].Document!.Text);
        Assert.Equal("c3", results[1].Document!.Meta.Id);
    }

    [Fact]
    public void Bom_and_invalid_utf8_on_the_first_line_counts_the_offset_from_the_start_of_the_file()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "{\"text\":\""u8, 0xFF, .. "\"}"u8];
        var path = _temp.Write("file.jsonl", bytes);

        var error = Assert.Single(new DocumentReader().Read(path)).Error!;

        Assert.Equal(3 + 9, error.ByteOffset);
    }

    [Fact]
    public void Ndjson_extension_is_read_as_json_lines()
    {
        var path = _temp.Write("stream.NDJSON", First + "\n" + Last);

        var ids = new DocumentReader().Read(path).Select(r => r.Document!.Meta.Id).ToArray();

        Assert.Equal(["a1", "c3"], ids);
    }

    [Fact]
    public void Json_lines_can_be_read_straight_from_a_stream()
    {
        using var stream = new MemoryStream(Utf8(First + "\n{\"text\":\"No id.\"}\n"));

        var results = JsonlReader.Read(stream, "mem", "mem", 1000).ToArray();

        Assert.Equal(["a1", "mem:2"], results.Select(r => r.Document!.Meta.Id));
        Assert.Equal("mem:2", results[1].Document!.Meta.Origin);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
