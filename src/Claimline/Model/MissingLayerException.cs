namespace Claimline.Model;

/// <summary>A stage asked for a layer that no earlier stage wrote.</summary>
public sealed class MissingLayerException(LayerKey key, string documentId)
    : InvalidOperationException($"Document '{documentId}' has no '{key.Name}' layer; add the stage that produces it earlier in the pipeline.")
{
    public LayerKey Key { get; } = key;
}
