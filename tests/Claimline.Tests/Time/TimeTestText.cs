using System.Globalization;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Time;

namespace Claimline.Tests.Time;

/// <summary>Runs the standard pipeline over a short text with a fixed document date, as the time tests need.</summary>
internal static class TimeTestText
{
    private static readonly AnnotationPipeline s_pipeline = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true });

    public static Document Run(string text, string? dct)
    {
        var published = dct is null ? (DateOnly?)null : DateOnly.ParseExact(dct, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return s_pipeline.Run(new Document(text, new DocumentMeta("test", Published: published)));
    }

    public static IReadOnlyList<TimeExpression> Times(string text, string? dct) => Run(text, dct).Get(Layers.Times);

    /// <summary>The one expression whose text is <paramref name="span"/>; fails listing what was found otherwise.</summary>
    public static TimeExpression Single(string text, string? dct, string span)
    {
        var times = Times(text, dct);
        var found = times.Where(t => t.Span.Of(text) == span).ToArray();
        Assert.True(found.Length == 1, $"expected one expression '{span}' in \"{text}\"; found: {Describe(text, times)}");
        return found[0];
    }

    public static string Describe(string text, IEnumerable<TimeExpression> times)
        => string.Join("; ", times.Select(t => $"'{t.Span.Of(text)}' {t.Type} {t.Value}{(t.Mod is null ? "" : " " + t.Mod)} [{t.Rule}]")) is { Length: > 0 } s ? s : "nothing";
}
