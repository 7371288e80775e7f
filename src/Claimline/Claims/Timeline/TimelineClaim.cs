namespace Claimline.Claims.Timeline;

/// <summary>
/// A claim as the timeline needs it, wherever it comes from (analyzed documents or the store's claims table): the
/// concept it was given in its article and the entry to show.
/// </summary>
/// <param name="Concept">The claim's concept before placement across the set (<see cref="ConceptPlacement"/>).</param>
/// <param name="Entry">What the timeline shows of it.</param>
public sealed record TimelineClaim(QuantityConcept Concept, TimelineEntry Entry);
