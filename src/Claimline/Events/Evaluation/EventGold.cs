using System.Text.Json;
using Claimline.Evaluation;
using Claimline.Model;

namespace Claimline.Events.Evaluation;

/// <summary>An article of the events gold (docs/events-gold.md): its text, date and every event a coder should find.</summary>
public sealed record EventGoldArticle(string Id, DateOnly? Date, string? Title, string Text, IReadOnlyList<GoldEvent> Events);

/// <summary>One gold event: the sentence it is in, its actors' codes and its CAMEO code, and whether it happened.</summary>
public sealed record GoldEvent(
    TextSpan Sentence,
    string Trigger,
    string SourceText,
    string SourceCode,
    string TargetText,
    string TargetCode,
    string Code,
    bool Negated,
    bool Hypothetical,
    string? ReportedBy);

/// <summary>Reads the events gold: JSON Lines, one article per line.</summary>
public static class EventGoldReader
{
    /// <exception cref="FormatException">A line is not valid JSON, lacks a field, or names a sentence not in its text.</exception>
    public static IReadOnlyList<EventGoldArticle> Read(string path) => GoldLines.Read(path, Article);

    private static EventGoldArticle Article(JsonElement root, int line)
    {
        var text = root.GetProperty("text").GetString() ?? throw new FormatException($"line {line}: text is null");
        var id = GoldLines.Id(root, line);
        var events = new List<GoldEvent>();
        foreach (var e in root.TryGetProperty("events", out var list) ? list.EnumerateArray() : default)
        {
            var sentence = e.GetProperty("sentence").GetString()!;
            var at = text.IndexOf(sentence, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new FormatException($"line {line} ({id}): sentence not in the text: {sentence}");
            }

            var source = e.GetProperty("source");
            var target = e.GetProperty("target");
            events.Add(new GoldEvent(
                new TextSpan(at, at + sentence.Length),
                GoldLines.String(e, "trigger") ?? string.Empty,
                GoldLines.String(source, "text") ?? string.Empty,
                GoldLines.String(source, "code") ?? throw new FormatException($"line {line} ({id}): a source without a code"),
                GoldLines.String(target, "text") ?? string.Empty,
                GoldLines.String(target, "code") ?? throw new FormatException($"line {line} ({id}): a target without a code"),
                GoldLines.String(e, "code") ?? throw new FormatException($"line {line} ({id}): an event without a code"),
                e.TryGetProperty("negated", out var n) && n.ValueKind == JsonValueKind.True,
                e.TryGetProperty("hypothetical", out var h) && h.ValueKind == JsonValueKind.True,
                GoldLines.String(e, "reportedBy")));
        }

        return new EventGoldArticle(id, GoldLines.Date(root), GoldLines.String(root, "title"), text, events);
    }
}
