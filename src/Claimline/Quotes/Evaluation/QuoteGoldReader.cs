using System.Text.Json;
using Claimline.Evaluation;
using Claimline.Model;

namespace Claimline.Quotes.Evaluation;

/// <summary>One article of a quotes gold file with its attributions as character spans.</summary>
public sealed record QuoteGoldArticle(string Id, DateOnly? Date, string? Source, string Text, IReadOnlyList<GoldAttribution> Attributions);

/// <summary>
/// Reads a quotes gold file (docs/quotes.md): JSON Lines, one article per line, each quote given by its text — content
/// pieces, cue and source as written, kind, and the speaker by name. Quotes are listed in text order; each content
/// piece is found at its first occurrence from the previous quote's start on, and the cue and source at their
/// occurrence nearest the content.
/// </summary>
public static class QuoteGoldReader
{
    /// <exception cref="FormatException">A line is not valid JSON, lacks text, or a quote's text is not in the article.</exception>
    public static IReadOnlyList<QuoteGoldArticle> Read(string path) => GoldLines.Read(path, Article);

    private static QuoteGoldArticle Article(JsonElement root, int line)
    {
        var text = root.GetProperty("text").GetString() ?? throw new FormatException($"line {line}: text is null");
        var id = GoldLines.Id(root, line);
        var date = GoldLines.Date(root);
        var attributions = new List<GoldAttribution>();
        var from = 0;
        foreach (var quote in root.TryGetProperty("quotes", out var list) ? list.EnumerateArray() : default)
        {
            var content = new List<TextSpan>();
            var at = from;
            foreach (var piece in quote.GetProperty("content").EnumerateArray())
            {
                var span = Find(text, piece.GetString()!, at, id, "content");
                content.Add(span);
                at = span.End;
            }

            if (content.Count == 0)
            {
                throw new FormatException($"line {line} ({id}): a quote without content");
            }

            from = content[0].Start;
            var kind = String(quote, "kind") is { } k ? Enum.Parse<QuoteKind>(k, ignoreCase: true) : (QuoteKind?)null;
            attributions.Add(new GoldAttribution(content, Nearest(text, String(quote, "cue"), content[0], id), Nearest(text, String(quote, "source"), content[0], id), kind, String(quote, "speaker")));
        }

        return new QuoteGoldArticle(id, date, String(root, "source"), text, attributions);
    }

    private static TextSpan Find(string text, string piece, int from, string id, string what)
    {
        var start = text.IndexOf(piece, from, StringComparison.Ordinal);
        return start < 0 ? throw new FormatException($"{id}: {what} not in the text after offset {from}: {piece}") : new TextSpan(start, start + piece.Length);
    }

    /// <summary>The occurrence of <paramref name="phrase"/> nearest the content; empty when the quote gives none.</summary>
    private static TextSpan[] Nearest(string text, string? phrase, TextSpan content, string id)
    {
        if (string.IsNullOrEmpty(phrase))
        {
            return [];
        }

        TextSpan? best = null;
        for (var start = text.IndexOf(phrase, StringComparison.Ordinal); start >= 0; start = text.IndexOf(phrase, start + 1, StringComparison.Ordinal))
        {
            var span = new TextSpan(start, start + phrase.Length);
            if (best is null || Distance(span, content) < Distance(best.Value, content))
            {
                best = span;
            }
        }

        return best is { } b ? [b] : throw new FormatException($"{id}: not in the text: {phrase}");
    }

    private static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : a.Start >= b.End ? a.Start - b.End : 0;

    private static string? String(JsonElement element, string name) => GoldLines.String(element, name);
}
