namespace Claimline.Claims.Timeline;

/// <summary>Every claim about one concept across a set of articles, in date order, with who agrees and who moved.</summary>
/// <param name="Concept">The concept; its evidence gathers every distinct reason that brought a claim into it.</param>
/// <param name="Entries">The claims in date order (undated last), then by article and position.</param>
/// <param name="Holders">Per holder, their figures in date order and how they moved.</param>
/// <param name="Comparisons">Each pair of claims by different holders made within the window: agree or conflict.</param>
public sealed record ConceptTimeline(
    QuantityConcept Concept,
    IReadOnlyList<TimelineEntry> Entries,
    IReadOnlyList<HolderTrack> Holders,
    IReadOnlyList<FigureComparison> Comparisons);
