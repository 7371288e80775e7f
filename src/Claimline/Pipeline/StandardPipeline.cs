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
    public static IReadOnlyList<IAnnotator> Stages() =>
    [
        new TokenAnnotator(),
        new ParagraphAnnotator(),
        new StructureAnnotator(),
        new SentenceAnnotator(),
        new PosAnnotator(),
        new SyntaxAnnotator(),
        new EntityAnnotator(),
        new ReferentAnnotator(),
        new CoreferenceAnnotator(),
        new TimeAnnotator(),
        new QuoteAnnotator(),
        new QuantityAnnotator(),
        new ClaimAnnotator(),
        new EventAnnotator(),
    ];

    public static AnnotationPipeline Create(PipelineOptions? options = null) => AnnotationPipeline.Create(Stages(), options);

    /// <summary>The standard stages up to and including <paramref name="lastStage"/> (by name): e.g. the text stage alone, up to <c>sentences</c>.</summary>
    public static AnnotationPipeline CreateUntil(string lastStage, PipelineOptions? options = null)
    {
        var stages = Stages();
        var last = stages.ToList().FindIndex(s => s.Name == lastStage);
        if (last < 0)
        {
            throw new ArgumentException($"No stage '{lastStage}'; the stages are {string.Join(", ", stages.Select(s => s.Name))}.", nameof(lastStage));
        }

        return AnnotationPipeline.Create([.. stages.Take(last + 1)], options);
    }
}
