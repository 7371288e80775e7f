using Claimline.Model;

namespace Claimline.Time;

/// <summary>A TIMEX3-style time expression. Extension point: filled by the time stage (issue #4).</summary>
public sealed record TimeExpression(TextSpan Span, string Type, string Value, string? Mod) : IAnnotation;
