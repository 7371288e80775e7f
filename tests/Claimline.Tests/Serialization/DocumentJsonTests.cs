using System.Text.Json;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Serialization;

namespace Claimline.Tests.Serialization;

public class DocumentJsonTests
{
    private const string Article = "date 2025-01-02 Ministers meet. (AP Photo/Jane Doe)\n\nROME (AP) — “We agree,” she said. Talks ended.";

    [Fact]
    public void The_source_generated_metadata_describes_the_meta_and_every_layer()
    {
        Assert.NotNull(DocumentJson.ReadOptions.GetTypeInfo(typeof(DocumentMeta)));
        foreach (var key in Layers.All)
        {
            Assert.NotNull(DocumentJson.ReadOptions.GetTypeInfo(key.ItemType));
        }
    }

    [Fact]
    public void Every_field_set_or_null_survives_a_round_trip()
    {
        foreach (var original in new[] { DocumentJsonReferenceTests.Full(), DocumentJsonReferenceTests.Sparse() })
        {
            var json = DocumentJson.Serialize(original);
            var copy = DocumentJson.Deserialize(json);

            Assert.Equal(original.Meta, copy.Meta);
            Assert.Equal(original.LayerKeys, copy.LayerKeys);
            Assert.Equal(json, DocumentJson.Serialize(copy));
            var annotations = DocumentJson.SerializeAnnotations(original);
            Assert.Equal(annotations, DocumentJson.SerializeAnnotations(DocumentJson.Deserialize(annotations, original.Text)));
        }
    }

    [Fact]
    public void Round_trip_keeps_text_meta_and_every_layer()
    {
        var original = StandardPipeline.Create().Run(DocumentReader.FromText(Article, "rome"));
        var json = DocumentJson.Serialize(original);
        var copy = DocumentJson.Deserialize(json);

        Assert.Equal(original.Text, copy.Text);
        Assert.Equal(original.Meta, copy.Meta);
        Assert.Equal(original.LayerKeys, copy.LayerKeys);
        Assert.Equal(original.Get(Layers.Tokens), copy.Get(Layers.Tokens));
        Assert.Equal(original.Get(Layers.Sentences), copy.Get(Layers.Sentences));
        Assert.Equal(original.Get(Layers.Sections), copy.Get(Layers.Sections));
        Assert.Equal(original.Get(Layers.Datelines), copy.Get(Layers.Datelines));
        Assert.Equal(json, DocumentJson.Serialize(copy));
    }

    [Fact]
    public void Json_follows_the_documented_shape()
    {
        var document = StandardPipeline.Create().Run(DocumentReader.FromText(Article, "rome"));
        using var json = JsonDocument.Parse(DocumentJson.Serialize(document));
        var root = json.RootElement;
        Assert.Equal("claimline.document/1", root.GetProperty("schema").GetString());
        Assert.Equal("2025-01-02", root.GetProperty("meta").GetProperty("published").GetString());
        Assert.Equal("rome", root.GetProperty("meta").GetProperty("id").GetString());
        var dateline = root.GetProperty("layers").GetProperty("datelines")[0];
        Assert.Equal("ROME", dateline.GetProperty("place").GetString());
        Assert.Equal("AP", dateline.GetProperty("agency").GetString());
        Assert.Equal(JsonValueKind.Array, dateline.GetProperty("span").ValueKind);
        var firstToken = root.GetProperty("layers").GetProperty("tokens")[0];
        Assert.Equal("word", firstToken.GetProperty("kind").GetString());
        Assert.False(firstToken.TryGetProperty("text", out _));
        var sentence = root.GetProperty("layers").GetProperty("sentences")[1];
        Assert.Equal("“We agree,” she said.", sentence.GetProperty("text").GetString());
    }

    [Fact]
    public void Writing_to_a_text_writer_gives_what_serialize_gives_across_many_flushes()
    {
        // Long enough for the writer to hand on its buffer many times, with characters of two, three and four UTF-8
        // bytes that a flush can split.
        var text = string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"Café owners in Zürich met {i} times. “We agree,” she said — 🌍 {i}."));
        var document = StandardPipeline.Create().Run(DocumentReader.FromText(Article + "\n\n" + text, "long"));

        foreach (var (indented, includeText) in new[] { (true, true), (false, false), (false, true) })
        {
            using var written = new StringWriter();
            DocumentJson.Write(document, written, indented, includeText);

            Assert.Equal(DocumentJson.Serialize(document, indented, includeText), written.ToString());
        }
    }

    [Fact]
    public async Task Writing_asynchronously_gives_what_serialize_gives_in_bounded_writes_none_synchronous()
    {
        // The server's answer: a response body refuses synchronous writes, and no write may hold the whole answer.
        var text = string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"Café owners in Zürich met {i} times. “We agree,” she said — 🌍 {i}."));
        var document = StandardPipeline.Create().Run(DocumentReader.FromText(Article + "\n\n" + text, "long"));
        var expected = DocumentJson.Serialize(document, indented: false);
        using var output = new AsynchronousOnlyStream();

        await DocumentJson.WriteAsync(document, output, indented: false, trailer: w => w.WriteNumber("storeId", 7), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(expected[..^1] + ",\"storeId\":7}", System.Text.Encoding.UTF8.GetString(output.Written.ToArray()));
        Assert.True(output.Sizes.Count > 3, $"{output.Sizes.Count} writes");
        Assert.All(output.Sizes, size => Assert.InRange(size, 1, 2 * 65_536));
    }

    /// <summary>A stream that, like an HTTP response body, takes only asynchronous writes; it keeps their sizes.</summary>
    private sealed class AsynchronousOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public List<int> Sizes { get; } = [];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written.Length;

        public override long Position { get => Written.Position; set => throw new NotSupportedException(); }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Sizes.Add(buffer.Length);
            Written.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write");

        public override void Flush() => throw new InvalidOperationException("synchronous flush");

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Written.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    [Fact]
    public void Reading_other_json_fails_clearly()
    {
        var error = Assert.Throws<JsonException>(() => DocumentJson.Deserialize("{\"schema\":\"something/9\"}"));
        Assert.Contains("claimline.document/1", error.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => DocumentJson.Deserialize(
            "{\"schema\":\"claimline.document/1\",\"meta\":{\"id\":\"x\"},\"text\":\"a\",\"layers\":{\"nonsense\":[]}}"));
        Assert.Throws<JsonException>(() => DocumentJson.Deserialize(
            "{\"schema\":\"claimline.document/1\",\"meta\":{\"id\":\"x\"},\"text\":\"a\",\"layers\":{\"paragraphs\":{}}}"));
        Assert.Throws<JsonException>(() => DocumentJson.Deserialize(
            "{\"schema\":\"claimline.document/1\",\"meta\":{\"id\":\"x\"},\"text\":\"a\",\"layers\":{\"sections\":[null]}}"));
        Assert.Throws<JsonException>(() => DocumentJson.Deserialize(
            "{\"schema\":\"claimline.document/1\",\"meta\":{\"id\":\"x\"},\"text\":\"a\",\"layers\":{\"tokens\":[{\"span\":[0,1],\"kind\":\"nonsense\"}]}}"));
    }
}
