using Claimline.Claims;
using Claimline.Entities;
using Claimline.Entities.Coreference;
using Claimline.Entities.Resolution;
using Claimline.Events;
using Claimline.Quantities;
using Claimline.Quotes;
using Claimline.Structure;
using Claimline.Syntax;
using Claimline.Text;
using Claimline.Time;

namespace Claimline.Pipeline;

/// <summary>The stages Claimline runs by default, in their one explicit order.</summary>
public static class StandardPipeline
{
    /// <summary>The text and structure stages (issue #2), then entities, their referents and the anaphora linked to them (#3), time expressions (#4), quotes (#5), quantities and the claims they make (#6), CAMEO-coded events (#18); part-of-speech tags and lemmas, then a dependency parse (#13), come right after the sentences; later stages append here as they land.</summary>
    public static IReadOnlyList<IAnnotator> Stages() => [.. s_stages.Select(create => create())];

    private static readonly Func<IAnnotator>[] s_stages =
    [
        () => new TokenAnnotator(),
        () => new ParagraphAnnotator(),
        () => new StructureAnnotator(),
        () => new SentenceAnnotator(),
        () => new EntityAnnotator(),
        () => new PosAnnotator(),
        () => new SyntaxAnnotator(),
        () => new ReferentAnnotator(),
        () => new CoreferenceAnnotator(),
        () => new TimeAnnotator(),
        () => new QuoteAnnotator(),
        () => new QuantityAnnotator(),
        () => new ClaimAnnotator(),
        () => new EventAnnotator(),
    ];

    /// <summary>
    /// The standard pipeline, its stages built and their models loaded at once on up to one thread per core (the
    /// models of eight stages take about a second of one core to load; see docs/benchmarks.md, "Speed as users run
    /// it"). On one core the stages load one after another, as <see cref="Stages"/> builds them.
    /// </summary>
    public static AnnotationPipeline Create(PipelineOptions? options = null) => AnnotationPipeline.Create(Load(s_stages), options);

    private static IAnnotator[] Load(IReadOnlyList<Func<IAnnotator>> factories)
    {
        var stages = new IAnnotator[factories.Count];
        try
        {
            // Each stage's models are shared statics behind Lazy<T> or static constructors, which are safe to touch
            // from several threads at once; the order of the stages is kept by index.
            Parallel.For(0, factories.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var stage = factories[i]();
                (stage as IPreloadable)?.Preload();
                stages[i] = stage;
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The first failure as it was thrown (a missing resource file names itself), not wrapped.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return stages;
    }

    /// <summary>The standard stages up to and including <paramref name="lastStage"/> (by name): e.g. the text stage alone, up to <c>sentences</c>.</summary>
    public static AnnotationPipeline CreateUntil(string lastStage, PipelineOptions? options = null)
    {
        // Only the stages needed are built, so that e.g. the text stage alone loads no model.
        var stages = new List<IAnnotator>();
        foreach (var create in s_stages)
        {
            stages.Add(create());
            if (stages[^1].Name == lastStage)
            {
                return AnnotationPipeline.Create(stages, options);
            }
        }

        throw new ArgumentException($"No stage '{lastStage}'; the stages are {string.Join(", ", stages.Select(s => s.Name))}.", nameof(lastStage));
    }
}
