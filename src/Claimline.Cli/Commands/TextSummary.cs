using Claimline.Claims;
using Claimline.Claims.Timeline;
using Claimline.Model;
using Claimline.Structure;
using Claimline.Text;

namespace Claimline.Cli.Commands;

/// <summary>
/// A readable summary of an analyzed document: metadata, structure, its sentences, and then, one line each, what an
/// analyst reads it for: the quotes (speaker: content), the time expressions with their values and the claims (holder,
/// figure, date).
/// </summary>
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

        WriteQuotes(document, text, output);
        WriteTimes(document, text, output);
        WriteClaims(document, output);
        output.WriteLine();
    }

    private static void WriteQuotes(Document document, string text, TextWriter output)
    {
        if (!document.TryGet(Layers.Quotes, out var quotes) || quotes.Count == 0)
        {
            return;
        }

        output.WriteLine($"quotes: {quotes.Count}");
        foreach (var quote in quotes)
        {
            var speaker = quote.SpeakerCanonical ?? quote.ResolvedText ?? quote.SpeakerText ?? "(no speaker)";
            var content = string.Join(" … ", quote.Content.Select(c => c.Of(text))).ReplaceLineEndings(" ");
            output.WriteLine($"  {speaker}: {Shorten(content, 120)}{(quote.Date is null ? "" : $" ({quote.Date})")}");
        }
    }

    private static void WriteTimes(Document document, string text, TextWriter output)
    {
        if (document.TryGet(Layers.Times, out var times) && times.Count > 0)
        {
            output.WriteLine($"times: {string.Join(", ", times.Select(t => $"{t.Span.Of(text).ReplaceLineEndings(" ")} = {t.Value}{(t.Mod is null ? "" : $" ({t.Mod.ToLowerInvariant()})")}"))}");
        }
    }

    private static void WriteClaims(Document document, TextWriter output)
    {
        if (!document.TryGet(Layers.Claims, out var claims) || claims.Count == 0 || !document.TryGet(Layers.Quantities, out var quantities))
        {
            return;
        }

        output.WriteLine($"claims: {claims.Count}");
        foreach (var claim in claims)
        {
            var q = quantities[claim.Quantity];
            var figure = claim.Modality == Modality.Denies && q.High == 0 ? "0 (denied)" : FigureInterval.Describe(q.Value, q.Low, q.High, q.Qualifier);
            var holder = claim.Holder.Name + (claim.Via is null ? "" : $" (via {claim.Via})");
            output.WriteLine($"  {holder}: {figure} {claim.Concept.Label}, {claim.Modality.ToString().ToLowerInvariant()}, {claim.Date ?? "date unknown"}");
        }
    }

    private static string Shorten(string value, int length)
        => value.Length <= length ? value : string.Concat(value.AsSpan(0, length - 1), "…");
}
