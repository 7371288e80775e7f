namespace Claimline.Pipeline;

/// <summary>Options of a <see cref="AnnotationPipeline"/>.</summary>
public sealed record PipelineOptions
{
    /// <summary>Check every produced layer's invariants after each stage. Off by default (costs a pass per layer); tests turn it on.</summary>
    public bool ValidateLayers { get; init; }
}
