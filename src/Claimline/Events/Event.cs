using Claimline.Model;

namespace Claimline.Events;

/// <summary>Who did what to whom, CAMEO-coded. Extension point: filled by the events stage (a later issue).</summary>
public sealed record Event(TextSpan Span, string CameoCode) : IAnnotation;
