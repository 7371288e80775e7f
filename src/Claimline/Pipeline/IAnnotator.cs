using Claimline.Model;

namespace Claimline.Pipeline;

/// <summary>
/// One stage of the pipeline. An annotator reads the layers it <see cref="Requires"/> and writes each layer it
/// <see cref="Produces"/> exactly once. Implementations are stateless after construction (resources loaded once,
/// per-document state in locals) so one instance serves many threads.
/// </summary>
public interface IAnnotator
{
    /// <summary>Stable id used in configuration, logs and error messages.</summary>
    string Name { get; }

    IReadOnlyList<LayerKey> Requires { get; }

    IReadOnlyList<LayerKey> Produces { get; }

    void Annotate(Document document, CancellationToken cancellationToken = default);
}
