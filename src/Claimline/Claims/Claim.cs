using Claimline.Model;

namespace Claimline.Claims;

/// <summary>An attributed quantitative claim. Extension point: filled by the claims stage (issue #6).</summary>
public sealed record Claim(TextSpan Span, string Modality) : IAnnotation;
