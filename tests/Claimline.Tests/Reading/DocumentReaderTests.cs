using Claimline.Model;
using Claimline.Reading;

namespace Claimline.Tests.Reading;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Directory_is_read_recursively_in_ordinal_path_order_skipping_hidden_and_unknown_files()
    {
        _temp.Write("a.txt", "Alpha story.");
        _temp.Write("sub/b.txt", "Bravo story.");
        _temp.Write("c.jsonl", "{\"id\":\"c-one\",\"text\":\"Charlie one.\"}\n{\"text\":\"Charlie two.\"}\n");
        _temp.Write(".hidden.txt", "Hidden story.");
        _temp.Write(".git/config.txt", "Hidden folder.");
        _temp.Write("sub/.cache/d.txt", "Nested hidden folder.");
        _temp.Write("ignored.bin", "Binary, by name.");
        _temp.Write("B.txt", "Upper case sorts first.");

        var results = new DocumentReader().Read(_temp.Path).ToArray();

        Assert.All(results, r => Assert.Null(r.Error));
        var documents = results.Select(r => r.Document!).ToArray();
        Assert.Equal(["B", "a", "c-one", "c:2", "sub/b"], documents.Select(d => d.Meta.Id));
        Assert.Equal(
            ["Upper case sorts first.", "Alpha story.", "Charlie one.", "Charlie two.", "Bravo story."],
            documents.Select(d => d.Text));
        Assert.Equal(_temp.PathOf("sub/b.txt"), documents[4].Meta.Origin);
        Assert.Equal(_temp.PathOf("c.jsonl") + ":2", documents[3].Meta.Origin);
    }

    [Fact]
    public void Files_in_nested_folders_get_ids_from_their_relative_path()
    {
        _temp.Write("2024/10/river.wire", "date 2024-10-31\nThe river rose.");
        _temp.Write("2024/10/feed.ndjson", "{\"text\":\"From a feed.\"}");
        _temp.Write("2024/notes", "No extension is text too.");

        var ids = new DocumentReader().Read(_temp.Path).Select(r => r.Document!.Meta.Id).ToArray();

        Assert.Equal(["2024/10/feed:1", "2024/10/river", "2024/notes"], ids);
    }

    [Fact]
    public void Single_file_gets_its_name_without_extension_as_id()
    {
        var path = _temp.Write("reports/council.2024.txt", "The council voted.");

        var document = Assert.Single(new DocumentReader().Read(path)).Document!;

        Assert.Equal("council.2024", document.Meta.Id);
        Assert.Equal(path, document.Meta.Origin);
        Assert.Equal("The council voted.", document.Text);
        Assert.Null(document.Meta.Published);
    }

    [Fact]
    public void Missing_path_is_one_error_naming_the_path()
    {
        var missing = _temp.PathOf("nowhere/absent.txt");

        var result = Assert.Single(new DocumentReader().Read(missing));

        Assert.Null(result.Document);
        Assert.Equal(missing, result.Error!.Origin);
        Assert.Contains(missing, result.Error.Message);
    }

    [Fact]
    public void Several_paths_are_read_in_the_order_given_with_errors_in_place()
    {
        var first = _temp.Write("z.txt", "Zulu.");
        var second = _temp.Write("y.txt", "Yankee.");

        var results = new DocumentReader().Read([first, _temp.PathOf("missing.txt"), second]).ToArray();

        Assert.Equal(3, results.Length);
        Assert.Equal("z", results[0].Document?.Meta.Id);
        Assert.EndsWith("missing.txt", results[1].Error?.Origin);
        Assert.Equal("y", results[2].Document?.Meta.Id);
    }

    [Fact]
    public void Text_file_over_the_limit_is_an_error_naming_the_file_and_the_next_file_still_reads()
    {
        _temp.Write("a.txt", "Short story.");
        var big = _temp.Write("b.txt", string.Concat(Enumerable.Repeat("The council met again. ", 200)));
        _temp.Write("c.txt", "Another short story.");

        var results = new DocumentReader { MaxDocumentBytes = 1000 }.Read(_temp.Path).ToArray();

        Assert.Equal(3, results.Length);
        Assert.Equal("a", results[0].Document?.Meta.Id);
        Assert.Null(results[1].Document);
        Assert.Equal(big, results[1].Error?.Origin);
        Assert.Contains("b.txt", results[1].Error!.Message);
        Assert.Equal("c", results[2].Document?.Meta.Id);
    }

    [Theory]
    [InlineData("empty.txt", "")]
    [InlineData("blank.txt", " \n\t\r\n  ")]
    [InlineData("header-only.wire", "date 2025-02-03\n\n")]
    public void Input_with_no_text_to_analyze_is_an_empty_document_error(string name, string content)
    {
        var path = _temp.Write(name, content);

        var error = Assert.Single(new DocumentReader().Read(path)).Error!;

        Assert.Equal(path, error.Origin);
        Assert.StartsWith("empty document", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_line_with_blank_text_is_an_empty_document_error_naming_the_line()
    {
        var path = _temp.Write("n.jsonl", "{\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"  \"}\n{\"text\":\"Three.\"}\n");

        var results = new DocumentReader().Read(path).ToArray();

        Assert.Equal(3, results.Length);
        Assert.Equal(path + ":2", results[1].Error?.Origin);
        Assert.Contains("empty document", results[1].Error!.Problem, StringComparison.Ordinal);
        Assert.NotNull(results[2].Document);
    }

    [Fact]
    public void Document_over_the_analysis_limit_is_reported_whole_not_cut_short()
    {
        // Multi-byte text: the limit counts UTF-8 bytes, not characters (600 characters, 1,200 bytes).
        var path = _temp.Write("big.txt", new string('é', 600));
        var small = _temp.Write("small.txt", new string('é', 500));
        var reader = new DocumentReader { MaxTextBytes = 1000 };

        var error = Assert.Single(reader.Read(path)).Error!;
        Assert.Contains("1200 bytes of text", error.Problem, StringComparison.Ordinal);
        Assert.Contains("limit of 1000 bytes", error.Problem, StringComparison.Ordinal);
        Assert.Equal(500, Assert.Single(reader.Read(small)).Document?.Text.Length);
    }

    [Fact]
    public void Text_file_of_exactly_the_limit_is_read()
    {
        var path = _temp.Write("exact.txt", new string('a', 1000));

        var result = Assert.Single(new DocumentReader { MaxDocumentBytes = 1000 }.Read(path));

        Assert.Equal(1000, result.Document?.Text.Length);
    }

    [Fact]
    public void Over_the_limit_error_states_the_actual_limit()
    {
        var path = _temp.Write("big.txt", new string('a', 1001));

        var error = Assert.Single(new DocumentReader { MaxDocumentBytes = 1000 }.Read(path)).Error!;

        Assert.DoesNotContain("0 MiB", error.Problem);
        Assert.Contains("1000", error.Problem);
    }

    [Fact]
    public void Wire_file_in_a_directory_is_detected_by_its_content()
    {
        _temp.Write("plain.txt", "Officials met on Tuesday.");
        var wire = _temp.Write("story.txt", "\ndate 2024-10-31 Flood waters recede (AP Photo/Jane Doe)\n\nRIVERTON (AP) — The water fell.");

        var documents = new DocumentReader().Read(_temp.Path).Select(r => r.Document!).ToArray();

        Assert.Equal(2, documents.Length);
        Assert.Null(documents[0].Meta.Header);
        Assert.Null(documents[0].Meta.Published);
        Assert.Equal("story", documents[1].Meta.Id);
        Assert.Equal(new DateOnly(2024, 10, 31), documents[1].Meta.Published);
        Assert.Equal(new TextSpan(1, 16), documents[1].Meta.Header);
        Assert.Equal(wire, documents[1].Meta.Origin);
    }

    [Fact]
    public void Wire_file_with_an_impossible_date_is_an_error_and_the_next_file_still_reads()
    {
        var bad = _temp.Write("a.txt", "date 2024-13-45 Caption\n\nBody.");
        _temp.Write("b.txt", "date 2024-11-01\n\nBody.");

        var results = new DocumentReader().Read(_temp.Path).ToArray();

        Assert.Equal(bad, results[0].Error?.Origin);
        Assert.Contains("2024-13-45", results[0].Error!.Message);
        Assert.Equal(new DateOnly(2024, 11, 1), results[1].Document?.Meta.Published);
    }

    [Fact]
    public void Invalid_utf8_file_is_an_error_naming_the_file_and_offset_and_the_next_file_still_reads()
    {
        var bad = _temp.Write("a.txt", [.. "Caf"u8, 0xE9, .. " closed."u8]);
        _temp.Write("b.txt", "Café reopened.");

        var results = new DocumentReader().Read(_temp.Path).ToArray();

        Assert.Equal(2, results.Length);
        Assert.Equal(bad, results[0].Error?.Origin);
        Assert.Equal(3, results[0].Error!.ByteOffset);
        Assert.Contains(bad, results[0].Error!.Message);
        Assert.Equal("Café reopened.", results[1].Document?.Text);
    }

    [Fact]
    public void Utf16_file_with_bom_is_read()
    {
        var encoding = new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var path = _temp.Write("u16.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("“Quoted,” she said.")]);

        Assert.Equal("“Quoted,” she said.", Assert.Single(new DocumentReader().Read(path)).Document?.Text);
    }

    [Fact]
    public void Text_format_keeps_a_wire_looking_file_plain()
    {
        var path = _temp.Write("w.txt", "date 2024-10-31\nBody.");

        var document = Assert.Single(new DocumentReader { Format = InputFormat.Text }.Read(path)).Document!;

        Assert.Null(document.Meta.Header);
        Assert.Null(document.Meta.Published);
    }

    [Fact]
    public void Wire_format_on_a_plain_file_is_an_error()
    {
        var path = _temp.Write("p.txt", "No header here.");

        var error = Assert.Single(new DocumentReader { Format = InputFormat.Wire }.Read(path)).Error!;

        Assert.Equal(path, error.Origin);
        Assert.Contains("wire", error.Problem);
    }

    [Fact]
    public void Jsonl_format_reads_any_extension_as_json_lines()
    {
        var path = _temp.Write("feed.txt", "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}");

        var ids = new DocumentReader { Format = InputFormat.Jsonl }.Read(path).Select(r => r.Document!.Meta.Id);

        Assert.Equal(["feed:1", "feed:2"], ids);
    }

    [Fact]
    public void Explicit_format_reads_unknown_extensions_in_a_directory_but_still_skips_hidden_files()
    {
        _temp.Write("a.dat", "Data file.");
        _temp.Write(".b.dat", "Hidden.");

        var ids = new DocumentReader { Format = InputFormat.Text }.Read(_temp.Path).Select(r => r.Document!.Meta.Id);

        Assert.Equal(["a"], ids);
    }

    [Fact]
    public void Empty_directory_yields_nothing()
    {
        Assert.Empty(new DocumentReader().Read(_temp.Path));
    }
}
