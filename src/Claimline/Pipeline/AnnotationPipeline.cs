using Claimline.Model;

namespace Claimline.Pipeline;

/// <summary>
/// An ordered list of stages. The order is checked once, at construction: every layer a stage requires must be
/// produced by an earlier stage, and no two stages may produce the same layer.
/// Running is thread-safe: each document is processed by one thread, stages are shared read-only.
/// </summary>
public sealed class AnnotationPipeline
{
    private readonly IAnnotator[] _annotators;
    private readonly PipelineOptions _options;

    private AnnotationPipeline(IAnnotator[] annotators, PipelineOptions options)
    {
        _annotators = annotators;
        _options = options;
    }

    public IReadOnlyList<IAnnotator> Annotators => _annotators;

    /// <summary>All layers the pipeline writes, in the order they are written.</summary>
    public IReadOnlyList<LayerKey> Produces => _annotators.SelectMany(a => a.Produces).ToArray();

    /// <summary>Builds a pipeline, or throws <see cref="PipelineConfigurationException"/> naming the stage and layer at fault.</summary>
    public static AnnotationPipeline Create(IReadOnlyList<IAnnotator> annotators, PipelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(annotators);
        var producedBy = new Dictionary<LayerKey, string>();
        var names = new HashSet<string>();
        foreach (var annotator in annotators)
        {
            if (!names.Add(annotator.Name))
            {
                throw new PipelineConfigurationException($"Stage '{annotator.Name}' appears twice in the pipeline.");
            }

            foreach (var required in annotator.Requires)
            {
                if (!producedBy.ContainsKey(required))
                {
                    var later = annotators.FirstOrDefault(a => a.Produces.Contains(required));
                    var hint = later is null
                        ? "no stage in the pipeline produces it"
                        : $"it is produced by '{later.Name}', which must come before '{annotator.Name}'";
                    throw new PipelineConfigurationException(
                        $"Stage '{annotator.Name}' requires layer '{required.Name}', but {hint}.");
                }
            }

            foreach (var produced in annotator.Produces)
            {
                if (!producedBy.TryAdd(produced, annotator.Name))
                {
                    throw new PipelineConfigurationException(
                        $"Stages '{producedBy[produced]}' and '{annotator.Name}' both produce layer '{produced.Name}'; a layer is written once.");
                }
            }
        }

        return new AnnotationPipeline([.. annotators], options ?? new PipelineOptions());
    }

    /// <summary>Runs every stage over one document. A failing stage raises <see cref="AnnotatorException"/>.</summary>
    public Document Run(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var annotator in _annotators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                annotator.Annotate(document, cancellationToken);
                CheckOutput(annotator, document);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new AnnotatorException(annotator.Name, document.Meta.Id, e);
            }
        }

        return document;
    }

    /// <summary>Every declared layer was written and, when asked, keeps the layer invariants.</summary>
    private void CheckOutput(IAnnotator annotator, Document document)
    {
        foreach (var produced in annotator.Produces)
        {
            if (!document.Has(produced))
            {
                throw new InvalidOperationException($"it declares layer '{produced.Name}' but did not write it");
            }

            if (_options.ValidateLayers)
            {
                LayerValidator.Validate(document, produced);
            }
        }
    }

    /// <summary>
    /// Runs many documents on up to <paramref name="degreeOfParallelism"/> threads and yields the results in input
    /// order. A document that fails yields a result carrying its error; the others carry on.
    /// </summary>
    public IEnumerable<PipelineResult> RunAll(
        IEnumerable<Document> documents, int degreeOfParallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, degreeOfParallelism))
            .WithCancellation(cancellationToken)
            .Select(document =>
            {
                try
                {
                    return new PipelineResult(Run(document, cancellationToken), null);
                }
                catch (AnnotatorException e)
                {
                    return new PipelineResult(document, e);
                }
            });
    }
}

/// <summary>A document after the pipeline, and the error that stopped it, if any.</summary>
public sealed record PipelineResult(Document Document, AnnotatorException? Error);
