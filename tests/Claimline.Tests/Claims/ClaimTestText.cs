using Claimline.Claims;
using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Tests.Claims;

/// <summary>Runs the standard pipeline over a short text and reads its claims.</summary>
internal static class ClaimTestText
{
    private static readonly AnnotationPipeline s_pipeline = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true });

    public static Document Analyze(string text, string id = "test", string? source = null, DateOnly? published = null)
        => s_pipeline.Run(new Document(text, new DocumentMeta(id, Source: source, Published: published ?? new DateOnly(2024, 10, 31))));

    public static IReadOnlyList<Claim> Find(string text, string? source = null) => Analyze(text, source: source).Get(Layers.Claims);

    /// <summary>The claim on the number written as <paramref name="number"/>; fails naming the text when there is none.</summary>
    public static Claim On(string text, string number, string? source = null)
    {
        var document = Analyze(text, source: source);
        var at = text.IndexOf(number, StringComparison.Ordinal);
        var quantities = document.Get(Layers.Quantities);
        var claim = document.Get(Layers.Claims).FirstOrDefault(c => quantities[c.Quantity].Span.Overlaps(new TextSpan(at, at + number.Length)));
        Assert.True(claim is not null, $"no claim on '{number}' in \"{text}\"");
        return claim;
    }
}
