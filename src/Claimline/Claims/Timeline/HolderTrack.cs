namespace Claimline.Claims.Timeline;

/// <summary>How one holder's figure for a concept moved over time.</summary>
/// <param name="Holder">The holder's name.</param>
/// <param name="Key">The holder's key, when known.</param>
/// <param name="Entries">The holder's claims in date order.</param>
/// <param name="Movement">From the first figure to the last, by their middles: rose, fell, unchanged, or single for one figure.</param>
public sealed record HolderTrack(string Holder, string? Key, IReadOnlyList<TimelineEntry> Entries, string Movement);
