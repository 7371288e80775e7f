namespace Claimline.Model;

/// <summary>Anything that can live in a layer: it covers a span of the original text.</summary>
public interface IAnnotation
{
    TextSpan Span { get; }
}
