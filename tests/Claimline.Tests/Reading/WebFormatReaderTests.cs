using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;

namespace Claimline.Tests.Reading;

public sealed class WebFormatReaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ReadResult[] Read(string path) => [.. new DocumentReader().Read(path)];

    [Fact]
    public void Html_page_gives_the_article_text_title_date_byline_and_canonical_url()
    {
        var result = Assert.Single(Read(_temp.Write("page.html", WebFormatFixtures.Page)));
        Assert.Null(result.Error);
        var document = result.Document!;
        Assert.StartsWith("VALLETTA, Malta (AP) — The harbor reopened", document.Text.Split("\n\n").First(p => p.StartsWith("VALLETTA", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("\n\n“We worked through the night,” said Marco Vella", document.Text, StringComparison.Ordinal);
        Assert.Equal("https://news.example.com/2025/04/harbor-reopens", document.Meta.Url);
        Assert.Equal(new DateOnly(2025, 4, 2), document.Meta.Published);
        Assert.Contains("Harbor reopens", document.Meta.Title, StringComparison.Ordinal);
        Assert.Equal("page", document.Meta.Id);
    }

    [Fact]
    public void Html_markup_scripts_and_navigation_never_reach_the_text()
    {
        var document = Read(_temp.Write("page.html", WebFormatFixtures.Page))[0].Document!;
        Assert.DoesNotContain("<", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("steal", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", document.Text, StringComparison.Ordinal);
        Assert.Contains("two other vessels", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_page_goes_through_the_pipeline_with_its_dateline()
    {
        var document = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true })
            .Run(Read(_temp.Write("page.htm", WebFormatFixtures.Page))[0].Document!);
        Assert.Contains(document.Get(Layers.Datelines), d => d.Place == "VALLETTA" && d.Agency == "AP");
    }

    [Fact]
    public void Html_is_recognised_by_content_without_an_extension()
        => Assert.Equal("https://news.example.com/2025/04/harbor-reopens", Read(_temp.Write("page", WebFormatFixtures.Page))[0].Document!.Meta.Url);

    [Fact]
    public void Rss_item_with_a_malformed_date_keeps_its_text_undated_and_the_next_item_its_date()
    {
        // Found by fuzzing: the feed library parsed <pubDate> only when asked and threw, which stopped the whole batch.
        const string feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
            <item><title>One</title><pubDate>Wed, 04 Far 2026 1:00 GMT</pubDate><description>Officials said the port reopened.</description></item>
            <item><title>Two</title><pubDate>Thu, 05 Mar 2026 10:00:00 GMT</pubDate><description>Ferries sailed again.</description></item>
            </channel></rss>
            """;
        var results = Read(_temp.Write("dates.rss", feed));
        Assert.Equal(2, results.Length);
        Assert.Equal("Officials said the port reopened.", results[0].Document!.Text);
        Assert.Null(results[0].Document!.Meta.Published);
        Assert.Equal(new DateOnly(2026, 3, 5), results[1].Document!.Meta.Published);
    }

    [Fact]
    public void Feed_inside_a_corrupt_gzip_stream_is_reported_as_damaged()
    {
        // Found by fuzzing: a gzip header whose deflate data uses an unknown method threw out of the reader.
        var feed = System.Text.Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><item><description>Text.</description></item></channel></rss>");
        using var packed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(feed);
        }

        var bytes = packed.ToArray();
        bytes[10] = 0xFF; // the first deflate block header: an invalid block type
        var result = Assert.Single(Read(_temp.Write("feed.rss.gz", bytes)));
        Assert.Null(result.Document);
        Assert.Contains("damaged", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rss_items_become_documents_and_an_empty_item_is_reported()
    {
        var results = Read(_temp.Write("wire.rss", WebFormatFixtures.Rss));
        Assert.Equal(3, results.Length);
        var first = results[0].Document!;
        Assert.Equal("wire-0001", first.Meta.Id);
        Assert.Equal("LYON, France (AP) — Rail workers ended a three-day strike on Tuesday.\n\nUnions said 80% of members backed the deal.", first.Text);
        Assert.Equal(new DateOnly(2025, 6, 3), first.Meta.Published);
        Assert.Equal("https://wire.example.com/rail-strike-ends", first.Meta.Url);
        Assert.Equal("Example Wire", first.Meta.Source);
        Assert.Contains("item2", results[1].Error!.Origin, StringComparison.Ordinal);
        Assert.Equal("Engineers inspected the dam on Wednesday.", results[2].Document!.Text);
    }

    [Fact]
    public void Atom_entries_become_documents_with_their_author()
    {
        var document = Assert.Single(Read(_temp.Write("feed.atom", WebFormatFixtures.Atom))).Document!;
        Assert.Equal("GENEVA (AP) — Negotiators resumed talks on Thursday.", document.Text);
        Assert.Equal("Sam Reporter", document.Meta.Byline);
        Assert.Equal("https://atom.example.com/talks", document.Meta.Url);
    }

    [Fact]
    public void Malformed_feed_is_one_error_with_line_and_position()
    {
        var error = Assert.Single(Read(_temp.Write("bad.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</title></channel></rss>"))).Error!;
        Assert.Contains("bad.rss", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_with_a_dtd_is_refused_so_entities_cannot_expand()
    {
        var bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><rss version=\"2.0\"><channel><title>&b;</title></channel></rss>";
        Assert.NotNull(Assert.Single(Read(_temp.Write("bomb.xml", bomb))).Error);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Warc_responses_and_text_resources_become_documents_and_the_rest_is_passed_over(bool gzip)
    {
        var results = Read(_temp.Write(gzip ? "crawl.warc.gz" : "crawl.warc", WebFormatFixtures.Warc(gzip)));
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(2, results.Length);
        var page = results[0].Document!;
        Assert.Equal("https://news.example.com/2025/04/harbor-reopens", page.Meta.Url);
        Assert.Contains("The harbor reopened on Wednesday", page.Text, StringComparison.Ordinal);
        Assert.Contains("#record3", page.Meta.Origin, StringComparison.Ordinal);
        var resource = results[1].Document!;
        Assert.Equal("BERGEN (AP) — Ferries ran late on Friday.", resource.Text);
        Assert.Equal(new DateOnly(2025, 4, 2), resource.Meta.Published);
    }

    [Fact]
    public void Truncated_warc_keeps_the_records_before_and_reports_the_cut()
    {
        var bytes = WebFormatFixtures.Warc(gzipPerRecord: false);
        var results = Read(_temp.Write("cut.warc", bytes[..(bytes.Length - 30)]));
        Assert.NotNull(results[0].Document);
        var error = results[^1].Error!;
        Assert.Contains("cut.warc#record5", error.Origin, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_gzip_jsonl_keeps_the_lines_before_and_reports_the_cut_line()
    {
        var lines = string.Join('\n', Enumerable.Range(0, 2000).Select(i => $"{{\"id\":\"g{i}\",\"text\":\"Line {i} of a long compressed file with some words.\"}}"));
        var gz = WebFormatFixtures.Gzip(lines);
        var results = Read(_temp.Write("big.jsonl.gz", gz[..(gz.Length / 2)]));
        Assert.True(results.Count(r => r.Document is not null) > 100);
        Assert.Matches(@"big\.jsonl\.gz:\d+", results[^1].Error!.Message);
    }

    [Fact]
    public void Truncated_gzip_text_is_an_error_not_a_shortened_article()
    {
        var gz = WebFormatFixtures.Gzip("ROME (AP) — " + string.Concat(Enumerable.Repeat("Officials counted the damage on Monday. ", 400)));
        var error = Assert.Single(Read(_temp.Write("story.txt.gz", gz[..(gz.Length - 20)]))).Error!;
        Assert.Contains("story.txt.gz", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzipped_jsonl_and_text_read_like_their_plain_forms()
    {
        var jsonl = Read(_temp.Write("a.jsonl.gz", WebFormatFixtures.Gzip("{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"y\",\"text\":\"Two.\"}\n")));
        Assert.Equal(["x", "y"], jsonl.Select(r => r.Document!.Meta.Id));
        var wire = Assert.Single(Read(_temp.Write("w.txt.gz", WebFormatFixtures.Gzip("date 2025-01-02\n\nROME (AP) — Text.")))).Document!;
        Assert.Equal(new DateOnly(2025, 1, 2), wire.Meta.Published);
        Assert.Equal("w", wire.Meta.Id);
    }

    [Fact]
    public void A_directory_reads_every_web_format()
    {
        _temp.Write("dir/page.html", WebFormatFixtures.Page);
        _temp.Write("dir/wire.rss", WebFormatFixtures.Rss);
        _temp.Write("dir/crawl.warc.gz", WebFormatFixtures.Warc(true));
        _temp.Write("dir/notes.md", "# not an article");
        var results = Read(_temp.PathOf("dir"));
        Assert.Equal(2 + 2 + 1, results.Count(r => r.Document is not null));
        Assert.Single(results, r => r.Error is not null);
    }
}
