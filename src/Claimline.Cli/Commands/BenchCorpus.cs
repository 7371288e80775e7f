using System.Text.Json;
using Claimline.Model;

namespace Claimline.Cli.Commands;

/// <summary>A benchmark's corpus repeated into distinct documents and written as the JSONL that <c>ingest</c> and <c>analyze</c> read.</summary>
internal static class BenchCorpus
{
    /// <summary>
    /// The corpus <paramref name="copies"/> times, each copy's texts given a distinct last line (as republished wire
    /// copy differs), so that a store keeps every copy instead of skipping it as already stored.
    /// </summary>
    public static List<(string Text, DocumentMeta Meta)> DistinctCopies(List<(string Text, DocumentMeta Meta)> corpus, int copies)
    {
        var documents = new List<(string, DocumentMeta)>(corpus.Count * copies);
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var (text, meta) in corpus)
            {
                documents.Add(($"{text}\n\n(copy {copy})", meta with { Id = $"{meta.Id}#{copy}" }));
            }
        }

        return documents;
    }

    public static void WriteJsonl(List<(string Text, DocumentMeta Meta)> documents, string path)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        foreach (var (text, meta) in documents)
        {
            writer.WriteStartObject();
            writer.WriteString("id", meta.Id);
            if (meta.Published is { } date)
            {
                writer.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (meta.Title is { } title)
            {
                writer.WriteString("title", title);
            }

            if (meta.Source is { } source)
            {
                writer.WriteString("source", source);
            }

            writer.WriteString("text", text);
            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            stream.Write("\n"u8);
        }
    }
}
