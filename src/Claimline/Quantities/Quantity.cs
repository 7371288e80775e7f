using Claimline.Model;

namespace Claimline.Quantities;

/// <summary>A number with its qualifier and what it counts. Extension point: filled by the quantities stage (issue #6).</summary>
public sealed record Quantity(TextSpan Span, double? Value, string Qualifier) : IAnnotation;
