using Claimline.Model;
using Claimline.Structure;
using Claimline.Text;

namespace Claimline.Cli.Commands;

/// <summary>A readable summary of an analyzed document: metadata, structure, and its sentences.</summary>
internal static class TextSummary
{
    public static void Write(Document document, TextWriter output)
    {
        var text = document.Text;
        var meta = document.Meta;
        output.WriteLine($"== {meta.Id} ==");
        output.WriteLine($"date: {meta.Published?.ToString("yyyy-MM-dd") ?? "unknown"}"
            + (meta.Source is null ? "" : $"   source: {meta.Source}")
            + (meta.Title is null ? "" : $"   title: {meta.Title}"));

        var sections = document.Get(Layers.Sections);
        foreach (var section in sections)
        {
            switch (section.Kind)
            {
                case SectionKind.Title:
                    output.WriteLine($"title: {section.Span.Of(text)}");
                    break;
                case SectionKind.Caption:
                    output.WriteLine($"caption: {Shorten(section.Span.Of(text), 100)}");
                    break;
                case SectionKind.PhotoCredit:
                    output.WriteLine($"  credit: {section.Span.Of(text)}");
                    break;
            }
        }

        var datelines = document.Get(Layers.Datelines);
        var sentences = document.Get(Layers.Sentences);
        foreach (var story in sections.Where(s => s.Kind == SectionKind.Story))
        {
            var dateline = datelines.FirstOrDefault(d => d.Story == story.Story);
            var where = dateline is null
                ? "no dateline"
                : $"dateline {dateline.Place}{(dateline.Region is null ? "" : ", " + dateline.Region)}{(dateline.Agency is null ? "" : $" ({dateline.Agency})")}";
            output.WriteLine($"story {story.Story + 1}: {where}, {sentences.Within(story.Span).Length} sentences");
        }

        var tokens = document.Get(Layers.Tokens);
        output.WriteLine($"words: {TextStatistics.CountWords(tokens)}   tokens: {tokens.Count}   sentences: {sentences.Count}");
        var number = 0;
        foreach (var sentence in sentences)
        {
            output.WriteLine($"  [{++number}] {sentence.Span.Of(text).ReplaceLineEndings(" ")}");
        }

        if (document.TryGet(Layers.Entities, out var entities) && entities.Count > 0)
        {
            output.WriteLine("entities: " + string.Join(", ", entities.Select(e => $"{e.Span.Of(text).ReplaceLineEndings(" ")} ({e.Type.ToString().ToLowerInvariant()})")));
        }

        output.WriteLine();
    }

    private static string Shorten(string value, int length)
        => value.Length <= length ? value : string.Concat(value.AsSpan(0, length - 1), "…");
}
