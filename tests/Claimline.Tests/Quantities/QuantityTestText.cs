using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Quantities;

namespace Claimline.Tests.Quantities;

/// <summary>Runs the standard pipeline over a short text and reads its quantities.</summary>
internal static class QuantityTestText
{
    private static readonly AnnotationPipeline s_pipeline = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true });

    public static IReadOnlyList<Quantity> Find(string text)
        => s_pipeline.Run(new Document(text, new DocumentMeta("test", Published: new DateOnly(2024, 10, 31)))).Get(Layers.Quantities);

    /// <summary>The first quantity; fails naming the text when there is none.</summary>
    public static Quantity First(string text)
    {
        var found = Find(text);
        Assert.True(found.Count > 0, $"no quantity in \"{text}\"");
        return found[0];
    }
}
