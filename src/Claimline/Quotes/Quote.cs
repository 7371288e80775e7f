using Claimline.Model;

namespace Claimline.Quotes;

/// <summary>A direct, indirect or mixed quote. Extension point: filled by the quotes stage (issue #5).</summary>
public sealed record Quote(TextSpan Span, string Kind) : IAnnotation;
