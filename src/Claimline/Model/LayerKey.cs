namespace Claimline.Model;

/// <summary>
/// Names a layer of annotations. One static instance per layer lives in <see cref="Layers"/>;
/// annotators declare what they require and produce with these keys, so the pipeline can check
/// the order before any document runs.
/// </summary>
public abstract class LayerKey
{
    private protected LayerKey(string name, LayerShape shape)
    {
        Name = name;
        Shape = shape;
    }

    /// <summary>Stable name, used as the JSON property under <c>layers</c> and in error messages.</summary>
    public string Name { get; }

    /// <summary>Whether items of this layer may overlap or nest.</summary>
    public LayerShape Shape { get; }

    /// <summary>The CLR type of the layer's items.</summary>
    public abstract Type ItemType { get; }

    /// <summary>Builds a typed layer from untyped items (for readers of serialized documents).</summary>
    internal abstract object CreateLayer(IEnumerable<IAnnotation> items);

    public override string ToString() => Name;
}

/// <summary>A typed layer key.</summary>
public sealed class LayerKey<T> : LayerKey
    where T : IAnnotation
{
    public LayerKey(string name, LayerShape shape)
        : base(name, shape)
    {
    }

    public override Type ItemType => typeof(T);

    internal override object CreateLayer(IEnumerable<IAnnotation> items) => Layer<T>.From(items.Cast<T>());
}

/// <summary>How the items of a layer relate to each other; checked by <see cref="Claimline.Pipeline.LayerValidator"/>.</summary>
public enum LayerShape
{
    /// <summary>Items never overlap (tokens, sentences, paragraphs).</summary>
    Disjoint,

    /// <summary>Items may nest or overlap (sections with their credits, entity mentions inside quotes).</summary>
    Overlapping,
}
