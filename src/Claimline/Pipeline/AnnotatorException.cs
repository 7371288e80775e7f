namespace Claimline.Pipeline;

/// <summary>A stage failed on one document. Names the stage and the document; the inner exception says why.</summary>
public sealed class AnnotatorException(string annotator, string documentId, Exception inner)
    : Exception($"Stage '{annotator}' failed on document '{documentId}': {inner.Message}", inner)
{
    public string Annotator { get; } = annotator;

    public string DocumentId { get; } = documentId;
}
