using Claimline.Model;

namespace Claimline.Pipeline;

/// <summary>
/// Checks the invariants every layer must keep: each span lies inside the text and is not reversed, items are
/// sorted by start, and items of a <see cref="LayerShape.Disjoint"/> layer do not overlap.
/// The pipeline runs it after each stage when <see cref="PipelineOptions.ValidateLayers"/> is on (tests do).
/// </summary>
public static class LayerValidator
{
    public static void Validate(Document document, LayerKey key)
    {
        var items = document.GetUntyped(key);
        var textLength = document.Text.Length;
        var previous = new TextSpan(0, 0);
        for (var i = 0; i < items.Count; i++)
        {
            var span = items[i].Span;
            if (span.Start < 0 || span.End > textLength || span.End < span.Start)
            {
                throw Fail(document, key, i, $"span {span} lies outside the text of length {textLength}");
            }

            if (i > 0)
            {
                if (span.Start < previous.Start)
                {
                    throw Fail(document, key, i, $"span {span} starts before the previous item {previous}");
                }

                if (key.Shape == LayerShape.Disjoint && span.Start < previous.End)
                {
                    throw Fail(document, key, i, $"span {span} overlaps the previous item {previous}");
                }
            }

            previous = span;
        }
    }

    private static InvalidOperationException Fail(Document document, LayerKey key, int index, string what)
        => new($"Layer '{key.Name}' of document '{document.Meta.Id}', item {index}: {what}.");
}
