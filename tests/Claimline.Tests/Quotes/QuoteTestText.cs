using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Quotes;

namespace Claimline.Tests.Quotes;

/// <summary>Runs the standard pipeline over a short invented text and reads its quotes; failures list what was found.</summary>
internal static class QuoteTestText
{
    private static readonly AnnotationPipeline s_pipeline = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true });

    public static (string Text, IReadOnlyList<Quote> Quotes) Run(string text)
        => (text, s_pipeline.Run(new Document(text, new DocumentMeta("test", Published: new DateOnly(2025, 3, 6)))).Get(Layers.Quotes));

    public static IReadOnlyList<Quote> QuotesOf(string text) => Run(text).Quotes;

    /// <summary>The one quote with <paramref name="content"/> in its content; fails listing every quote found otherwise.</summary>
    public static Quote Containing(string text, IReadOnlyList<Quote> quotes, string content)
    {
        var found = quotes.Where(q => q.Content.Any(c => c.Of(text).Contains(content, StringComparison.Ordinal))).ToArray();
        Assert.True(found.Length == 1, $"expected one quote with '{content}'; found: {Describe(text, quotes)}");
        return found[0];
    }

    public static Quote Containing(string text, string content) => Containing(text, QuotesOf(text), content);

    public static string Describe(string text, IReadOnlyList<Quote> quotes)
        => string.Join("; ", quotes.Select(q => $"[{string.Join(" … ", q.Content.Select(c => c.Of(text)))}] {q.Kind} by {q.SpeakerText} → {q.SpeakerCanonical} cue {q.Cue?.Of(text)} ({q.Sieve})"));
}
