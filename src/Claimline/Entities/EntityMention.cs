using Claimline.Model;

namespace Claimline.Entities;

/// <summary>A mention of a person, organization, place or group. Extension point: filled by the entities stage (issue #3).</summary>
public sealed record EntityMention(TextSpan Span, string Label) : IAnnotation;
