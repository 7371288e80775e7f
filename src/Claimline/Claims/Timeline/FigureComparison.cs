namespace Claimline.Claims.Timeline;

/// <summary>Two holders' figures for one concept, made within <see cref="ClaimTimeline.WindowDays"/> days of each other.</summary>
/// <param name="First">The earlier (or first-listed) claim.</param>
/// <param name="Second">The other holder's claim.</param>
/// <param name="Agree">Whether the two figures' intervals overlap (<see cref="FigureInterval"/>).</param>
public sealed record FigureComparison(TimelineEntry First, TimelineEntry Second, bool Agree);
