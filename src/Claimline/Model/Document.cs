using System.Diagnostics.CodeAnalysis;

namespace Claimline.Model;

/// <summary>
/// One article: its original text, never modified, its metadata, and the annotation layers
/// that the pipeline's stages have written. Each layer is written once and then only read.
/// A document belongs to one thread at a time; the pipeline never shares one between workers.
/// </summary>
public sealed class Document
{
    private readonly Dictionary<LayerKey, object> _layers = [];

    public Document(string text, DocumentMeta meta)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(meta);
        Text = text;
        Meta = meta;
    }

    /// <summary>The original text. All spans are offsets into this string.</summary>
    public string Text { get; }

    public DocumentMeta Meta { get; }

    /// <summary>The keys of the layers written so far, in the order they were written.</summary>
    public IEnumerable<LayerKey> LayerKeys => _layers.Keys;

    public bool Has(LayerKey key) => _layers.ContainsKey(key);

    /// <summary>Returns a layer, or throws <see cref="MissingLayerException"/> naming it.</summary>
    public Layer<T> Get<T>(LayerKey<T> key)
        where T : IAnnotation
        => TryGet(key, out var layer) ? layer : throw new MissingLayerException(key, Meta.Id);

    public bool TryGet<T>(LayerKey<T> key, [NotNullWhen(true)] out Layer<T>? layer)
        where T : IAnnotation
    {
        if (_layers.TryGetValue(key, out var value))
        {
            layer = (Layer<T>)value;
            return true;
        }

        layer = null;
        return false;
    }

    /// <summary>The layer as an untyped list, for serializers and validators.</summary>
    public IReadOnlyList<IAnnotation> GetUntyped(LayerKey key)
        => _layers.TryGetValue(key, out var value)
            ? ((System.Collections.IEnumerable)value).Cast<IAnnotation>().ToArray()
            : throw new MissingLayerException(key, Meta.Id);

    /// <summary>The layer object itself (a <c>Layer&lt;T&gt;</c> of the key's item type), for serializers.</summary>
    internal object GetLayerObject(LayerKey key)
        => _layers.TryGetValue(key, out var value) ? value : throw new MissingLayerException(key, Meta.Id);

    /// <summary>Writes a layer. A layer is written once: a second write is a bug in the pipeline.</summary>
    public void Set<T>(LayerKey<T> key, Layer<T> layer)
        where T : IAnnotation
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (!_layers.TryAdd(key, layer))
        {
            throw new InvalidOperationException($"Layer '{key.Name}' of document '{Meta.Id}' was already written; layers are written once.");
        }
    }

    internal void SetUntyped(LayerKey key, IEnumerable<IAnnotation> items)
    {
        if (!_layers.TryAdd(key, key.CreateLayer(items)))
        {
            throw new InvalidOperationException($"Layer '{key.Name}' of document '{Meta.Id}' was already written; layers are written once.");
        }
    }

    public void Set<T>(LayerKey<T> key, IEnumerable<T> items)
        where T : IAnnotation
        => Set(key, Layer<T>.From(items));
}
