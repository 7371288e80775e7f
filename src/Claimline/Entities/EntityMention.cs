using Claimline.Model;

namespace Claimline.Entities;

/// <summary>
/// A mention of a person, organization, place, group or other name (the <c>entities</c> layer, issue #3).
/// </summary>
/// <param name="Span">The name as written, without a possessive clitic: <c>Ana Kovac</c>, <c>United Nations</c>.</param>
/// <param name="Type">The kind of entity.</param>
/// <param name="Confidence">
/// The tagger's belief in the label, in (0, 1]: the lowest per-token softmax probability of the chosen labels over
/// the span. Uncalibrated; useful to rank and to filter, not as a probability of being right.
/// </param>
/// <param name="Source">What decided the mention: the model, or a gazetteer that retyped it.</param>
public sealed record EntityMention(TextSpan Span, EntityType Type, float Confidence, EntitySource Source) : IAnnotation;
