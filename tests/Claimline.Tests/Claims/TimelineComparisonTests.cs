using System.Globalization;
using Claimline.Claims;
using Claimline.Claims.Timeline;
using Claimline.Quantities;

namespace Claimline.Tests.Claims;

/// <summary>
/// The windowed comparison of a timeline (entries walked in day order, each compared with those within
/// <see cref="ClaimTimeline.WindowDays"/>) finds exactly the pairs, in exactly the order, of comparing every pair.
/// </summary>
public class TimelineComparisonTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Windowed_comparisons_equal_every_pair_compared(int seed)
    {
        var random = new Random(seed);
        var concept = QuantityConcept.Create("troop", "ET", "SO", []);
        string?[] odd = [null, "2025-W10", "2025-Q1", "PRESENT_REF", "2025-03", "2025"];
        var claims = Enumerable.Range(0, 150).Select(i =>
        {
            var date = random.Next(6) == 0 ? odd[random.Next(odd.Length)] : new DateOnly(2025, 3, 1).AddDays(random.Next(60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var holder = new ClaimHolder($"country:{"ABCD"[random.Next(4)]}X", "Holder", HolderKind.Speaker);
            var value = 1000 * random.Next(1, 10);
            var entry = new TimelineEntry(date, $"doc{i}", null, holder, null, value, value, value, Qualifier.Exact, Modality.States, null, "evidence", 0.9);
            return new TimelineClaim(concept, entry);
        }).ToList();

        var timeline = Assert.Single(ClaimTimeline.Build(claims));

        var entries = timeline.Entries;
        var expected = new List<(TimelineEntry, TimelineEntry)>();
        for (var i = 0; i < entries.Count; i++)
        {
            for (var j = i + 1; j < entries.Count; j++)
            {
                if (entries[i].Holder.Key != entries[j].Holder.Key && Day(entries[i].Date) is { } a && Day(entries[j].Date) is { } b && Math.Abs(a - b) <= ClaimTimeline.WindowDays)
                {
                    expected.Add((entries[i], entries[j]));
                }
            }
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, timeline.Comparisons.Select(c => (c.First, c.Second)));
    }

    private static int? Day(string? timex)
        => timex is not null && DateOnly.TryParseExact(timex.Length >= 10 ? timex[..10] : timex, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day.DayNumber : null;
}
