using System.Globalization;
using Claimline.Model;

namespace Claimline.Claims.Timeline;

/// <summary>
/// Builds concept timelines over analyzed articles (issue #6): claims are grouped by concept key (after placing
/// unplaced concepts across the whole set, <see cref="ConceptPlacement"/>), put in date order, followed per holder,
/// and compared between holders within a window of days. Pure: the same documents give the same timelines.
/// </summary>
public static class ClaimTimeline
{
    /// <summary>Claims made this many days apart or fewer are compared for agreement.</summary>
    public const int WindowDays = 7;

    public static IReadOnlyList<ConceptTimeline> Build(IEnumerable<Document> documents)
    {
        var claims = new List<TimelineClaim>();
        foreach (var document in documents)
        {
            if (document.TryGet(Layers.Claims, out var layer))
            {
                claims.AddRange(layer.Select(c => new TimelineClaim(c.Concept, Entry(document, c))));
            }
        }

        return Build(claims);
    }

    /// <summary>The timelines of claims gathered elsewhere (the store): placed across the set, grouped, ordered, compared.</summary>
    public static IReadOnlyList<ConceptTimeline> Build(IReadOnlyList<TimelineClaim> claims)
    {
        var placed = ConceptPlacement.Place(claims.Select(c => c.Concept).ToList());
        var groups = new Dictionary<string, List<(TimelineEntry Entry, QuantityConcept Concept)>>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            if (!groups.TryGetValue(placed[i].Key, out var list))
            {
                groups[placed[i].Key] = list = [];
            }

            list.Add((claims[i].Entry, placed[i]));
        }

        // A kind alone (`percent`, `money USD`) gathers figures about unrelated things: no timeline (issue #16).
        return groups.Values
            .Where(g => !g[0].Concept.IsKindOnly)
            .Select(Timeline)
            .OrderByDescending(t => t.Entries.Count)
            .ThenBy(t => t.Concept.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static ConceptTimeline Timeline(List<(TimelineEntry Entry, QuantityConcept Concept)> group)
    {
        // One article that gives the same holder's same figure twice (a lede and the quote it sums up, or two
        // quantities over one figure) makes one claim, not two points: the first, in text order, stands for both.
        var entries = group
            .Select(g => g.Entry)
            .OrderBy(e => e.EvidenceSpan?.Start ?? 0)
            .DistinctBy(e => (e.Document, e.Holder.Key ?? e.Holder.Name, e.Value, e.Low, e.High, e.Modality, e.Date))
            .OrderBy(e => e.Date is null)
            .ThenBy(e => e.Date, StringComparer.Ordinal)
            .ThenBy(e => e.Document, StringComparer.Ordinal)
            .ThenBy(e => e.EvidenceSpan?.Start ?? 0)
            .ToList();
        var evidence = group.SelectMany(g => g.Concept.Evidence).Distinct(StringComparer.Ordinal).ToList();
        var concept = group[0].Concept with { Evidence = evidence };

        var holders = entries
            .GroupBy(e => e.Holder.Key ?? e.Holder.Name, StringComparer.Ordinal)
            .Select(h => new HolderTrack(h.First().Holder.Name, h.First().Holder.Key, h.ToList(), Movement(h.ToList())))
            .ToList();

        return new ConceptTimeline(concept, entries, holders, Comparisons(entries));
    }

    /// <summary>
    /// Every pair of entries of different holders dated within <see cref="WindowDays"/> of each other, in entry order.
    /// The entries are walked in day order and each is compared only with those inside its window, so that a concept
    /// of thousands of claims (a large store) costs time in proportion to its pairs, not to the square of its claims.
    /// </summary>
    private static List<FigureComparison> Comparisons(List<TimelineEntry> entries)
    {
        var days = entries.Select(e => Day(e.Date)?.DayNumber).ToArray();
        var byDay = Enumerable.Range(0, entries.Count).Where(i => days[i] is not null).OrderBy(i => days[i]).ThenBy(i => i).ToArray();
        var pairs = new List<(int First, int Second)>();
        for (var a = 0; a < byDay.Length; a++)
        {
            for (var b = a + 1; b < byDay.Length && days[byDay[b]] - days[byDay[a]] <= WindowDays; b++)
            {
                var (i, j) = (Math.Min(byDay[a], byDay[b]), Math.Max(byDay[a], byDay[b]));
                if ((entries[i].Holder.Key ?? entries[i].Holder.Name) != (entries[j].Holder.Key ?? entries[j].Holder.Name))
                {
                    pairs.Add((i, j));
                }
            }
        }

        pairs.Sort();
        return pairs.ConvertAll(p => new FigureComparison(entries[p.First], entries[p.Second], FigureInterval.Of(entries[p.First]).Overlaps(FigureInterval.Of(entries[p.Second]))));
    }

    /// <summary>The timeline entry of one claim of an analyzed document.</summary>
    public static TimelineEntry Entry(Document document, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(claim);
        var quantity = document.Get(Layers.Quantities)[claim.Quantity];
        return new TimelineEntry(
            claim.Date,
            document.Meta.Id,
            document.Meta.Source,
            claim.Holder,
            claim.Via,
            quantity.Value,
            quantity.Low,
            quantity.High,
            quantity.Qualifier,
            claim.Modality,
            quantity.Location?.Text,
            claim.Span.Of(document.Text),
            claim.Confidence,
            claim.Span);
    }

    private static string Movement(List<TimelineEntry> entries)
    {
        if (entries.Count < 2)
        {
            return "single";
        }

        double Middle(TimelineEntry e) => (e.Low + e.High) / 2;
        var (first, last) = (Middle(entries[0]), Middle(entries[^1]));
        return last > first ? "rose" : last < first ? "fell" : "unchanged";
    }

    /// <summary>The first day a TIMEX3 date names (<c>2024-10</c> → 1 October), or null for none.</summary>
    private static DateOnly? Day(string? timex)
    {
        if (timex is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        var text = timex.Length >= 10 ? timex[..10] : timex;
        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }
}
