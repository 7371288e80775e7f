using System.Globalization;
using Claimline.Claims;
using Claimline.Claims.Timeline;
using Claimline.Quantities;

namespace Claimline.Server.Endpoints;

/// <summary>
/// A concept's timeline as the API sends it: every claim once, in date order, and the holder series and
/// comparisons as indexes into that list (the library's <see cref="ConceptTimeline"/> repeats whole entries in its
/// holder tracks and comparisons, which would multiply the payload).
/// </summary>
/// <param name="Concept">Key, label, parts, and why its claims were grouped.</param>
/// <param name="Entries">The claims in date order (undated last).</param>
/// <param name="Holders">One series per holder: the indexes of its entries in date order and how its figure moved.</param>
/// <param name="Comparisons">Pairs of claims by different holders within <see cref="ClaimTimeline.WindowDays"/> days, at most <see cref="MaxComparisons"/>.</param>
/// <param name="ComparisonCount">How many comparisons there are in all.</param>
public sealed record TimelineView(
    QuantityConcept Concept,
    IReadOnlyList<TimelinePoint> Entries,
    IReadOnlyList<HolderSeries> Holders,
    IReadOnlyList<ComparisonView> Comparisons,
    int ComparisonCount)
{
    /// <summary>Claims in one window compare pairwise; a busy concept would send tens of thousands of pairs.</summary>
    public const int MaxComparisons = 1000;

    public static TimelineView From(ConceptTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);

        // Entries are records, and two claims can be equal field by field: index them by reference.
        var index = new Dictionary<TimelineEntry, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < timeline.Entries.Count; i++)
        {
            index[timeline.Entries[i]] = i;
        }

        return new TimelineView(
            timeline.Concept,
            [.. timeline.Entries.Select(TimelinePoint.From)],
            [.. timeline.Holders.Select(h => new HolderSeries(h.Holder, h.Key, h.Movement, [.. h.Entries.Select(e => index[e])]))],
            [.. timeline.Comparisons.Take(MaxComparisons).Select(c => new ComparisonView(index[c.First], index[c.Second], c.Agree))],
            timeline.Comparisons.Count);
    }
}

/// <summary>One claim on the timeline (the fields of <see cref="TimelineEntry"/>), with the interval a chart draws for its figure.</summary>
/// <param name="Date">The claim's date (TIMEX3: <c>2025-03-06</c>, <c>2025-03</c>), or null.</param>
/// <param name="Document">The store row id of the article (<c>/api/documents/{id}</c>, <c>#/doc/ID</c>).</param>
/// <param name="Outlet">The article's outlet, when known.</param>
/// <param name="Holder">Who holds the figure: key, name, and how it was found.</param>
/// <param name="Via">Through whom, when an official speaks for a country.</param>
/// <param name="Value">The figure, or null for a range.</param>
/// <param name="Low">The lower bound as written.</param>
/// <param name="High">The upper bound as written.</param>
/// <param name="Qualifier">exact, approx, at_least, at_most or range.</param>
/// <param name="Modality">states, estimates, expects or denies.</param>
/// <param name="Figure">The figure as a reader writes it: <c>about 7,000</c>, <c>up to 6,000</c>, <c>0 (denied)</c>.</param>
/// <param name="Denied">The holder denies the figure outright (there are none): drawn at 0.</param>
/// <param name="IntervalLow">The lowest value the figure allows (<see cref="FigureInterval"/>: approx is ±10%); 0 for "up to", where 0 itself is left out.</param>
/// <param name="IntervalHigh">The highest value it allows, or null when it has no upper bound ("at least").</param>
/// <param name="Location">The place as written, when there is one.</param>
/// <param name="Evidence">The evidence text.</param>
/// <param name="Confidence">The claim's confidence.</param>
/// <param name="Start">Where the evidence starts in the article text, when known.</param>
/// <param name="End">Where it ends.</param>
public sealed record TimelinePoint(
    string? Date,
    long Document,
    string? Outlet,
    ClaimHolder Holder,
    string? Via,
    double? Value,
    double Low,
    double High,
    Qualifier Qualifier,
    Modality Modality,
    string Figure,
    bool Denied,
    double IntervalLow,
    double? IntervalHigh,
    string? Location,
    string Evidence,
    double Confidence,
    int? Start,
    int? End)
{
    public static TimelinePoint From(TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var interval = FigureInterval.Of(entry);
        return new TimelinePoint(
            entry.Date,
            long.Parse(entry.Document, CultureInfo.InvariantCulture),
            entry.Outlet,
            entry.Holder,
            entry.Via,
            entry.Value,
            entry.Low,
            entry.High,
            entry.Qualifier,
            entry.Modality,
            entry.Figure,
            entry.Modality == Modality.Denies && entry.High == 0,
            interval.Low == double.Epsilon ? 0 : interval.Low,
            double.IsPositiveInfinity(interval.High) ? null : interval.High,
            entry.Location,
            entry.Evidence,
            entry.Confidence,
            entry.EvidenceSpan?.Start,
            entry.EvidenceSpan?.End);
    }
}

/// <summary>One holder's series: its entries (indexes into the timeline's entries) and how its figure moved.</summary>
public sealed record HolderSeries(string Holder, string? Key, string Movement, IReadOnlyList<int> Entries);

/// <summary>Two entries (indexes) by different holders within the window, and whether their figures' intervals overlap.</summary>
public sealed record ComparisonView(int First, int Second, bool Agree);
