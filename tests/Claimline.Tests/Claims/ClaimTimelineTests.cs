using Claimline.Claims;
using Claimline.Claims.Timeline;
using Claimline.Model;
using Claimline.Quantities;
using Claimline.Reading;

namespace Claimline.Tests.Claims;

/// <summary>The timeline over examples/claims/articles.jsonl: four invented articles, four outlets, five weeks, one topic.</summary>
public class ClaimTimelineTests
{
    private static readonly Lazy<IReadOnlyList<ConceptTimeline>> s_timelines = new(Build);

    private static ConceptTimeline Troops => s_timelines.Value.Single(t => t.Concept.Key == "troop|ET|SO");

    [Fact]
    public void Troops_soldiers_and_forces_from_every_outlet_form_one_concept()
    {
        // Ten claims in the four articles; Horn Monitor gives Somalia's "about 7,000" in its lede and again in the
        // foreign minister's quote: one claim, one point.
        Assert.Equal(9, Troops.Entries.Count);
        Assert.Equal(4, Troops.Entries.Select(e => e.Outlet).Distinct().Count());
        Assert.Equal("ET troops in SO", Troops.Concept.Label);
        Assert.Contains(Troops.Concept.Evidence, e => e.Contains("synonym table: force → troop", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_numbers_keep_their_own_concept()
    {
        // `Floods … have displaced 12,000 people`: people displaced, a count of its own.
        Assert.Contains(s_timelines.Value, t => t.Concept.Thing == "people displaced" && t.Entries.Count == 1);
    }

    [Fact]
    public void Numbers_that_count_nothing_named_make_no_timeline()
    {
        var documents = new[] { "The ministry said about 4% would be enough.", "A poll gave the party 31%." }
            .Select((text, i) => ClaimTestText.Analyze(text, id: "p" + i))
            .ToList();
        Assert.All(documents, d => Assert.Contains(d.Get(Layers.Claims), c => c.Concept.IsKindOnly));
        Assert.DoesNotContain(ClaimTimeline.Build(documents), t => t.Concept.IsKindOnly);
    }

    [Fact]
    public void Entries_are_in_date_order()
    {
        var dates = Troops.Entries.Select(e => e.Date).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal("2025-03-03", dates[0]);
        Assert.StartsWith("2025-04", dates[^1]);
    }

    [Fact]
    public void Somalias_figure_rose_over_time()
    {
        var somalia = Troops.Holders.Single(h => h.Key == "country:SO");
        Assert.Equal("rose", somalia.Movement);
        Assert.Equal([7000, 8000, 9000, 10000], somalia.Entries.Select(e => e.Value ?? 0));
    }

    [Fact]
    public void The_african_unions_estimate_rose_too()
    {
        var union = Troops.Holders.Single(h => h.Holder == "African Union");
        Assert.Equal("rose", union.Movement);
    }

    [Fact]
    public void Kenyas_up_to_six_thousand_agrees_with_about_five_thousand()
    {
        var pair = Assert.Single(Troops.Comparisons, c => Holds(c, "Kenya") && Holds(c, "African Union") && c.First.Date == "2025-03-06");
        Assert.True(pair.Agree);
    }

    [Fact]
    public void Somalias_eight_thousand_conflicts_with_the_african_unions_five_thousand()
    {
        var pair = Assert.Single(Troops.Comparisons, c => Holds(c, "Somalia") && Holds(c, "African Union") && c.First.Date == "2025-03-06");
        Assert.False(pair.Agree);
    }

    [Fact]
    public void The_denial_is_zero_and_conflicts_with_the_figure_it_answers()
    {
        var denial = Assert.Single(Troops.Entries, e => e.Modality == Modality.Denies);
        Assert.Equal("0 (denied)", denial.Figure);
        Assert.Contains(Troops.Comparisons, c => (c.First == denial || c.Second == denial) && !c.Agree);
    }

    [Fact]
    public void Figures_further_apart_than_the_window_are_not_compared()
    {
        Assert.DoesNotContain(Troops.Comparisons, c => c.First.Date == "2025-03-03" && c.Second.Date!.StartsWith("2025-04", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(5000, Qualifier.Approx, 5400, Qualifier.Exact, true)]
    [InlineData(5000, Qualifier.Approx, 5600, Qualifier.Exact, false)]
    [InlineData(6000, Qualifier.AtMost, 5000, Qualifier.Exact, true)]
    [InlineData(6000, Qualifier.AtLeast, 5000, Qualifier.Exact, false)]
    [InlineData(6000, Qualifier.AtMost, 0, Qualifier.Exact, false)]
    [InlineData(0, Qualifier.Exact, 0, Qualifier.Exact, true)]
    public void Figures_agree_when_their_intervals_overlap(double a, Qualifier qa, double b, Qualifier qb, bool agree)
        => Assert.Equal(agree, FigureInterval.Of(a, a, a, qa).Overlaps(FigureInterval.Of(b, b, b, qb)));

    private static bool Holds(FigureComparison comparison, string holder)
        => comparison.First.Holder.Name == holder || comparison.Second.Holder.Name == holder;

    private static List<ConceptTimeline> Build()
    {
        var path = Path.Combine(RepositoryPaths.Root, "examples", "claims", "articles.jsonl");
        var pipeline = Claimline.Pipeline.StandardPipeline.Create();
        var documents = new DocumentReader().Read(path).Select(r => pipeline.Run(r.Document!)).ToList();
        Assert.Equal(4, documents.Count);
        Assert.All(documents, d => Assert.True(d.Has(Layers.Claims)));
        return [.. ClaimTimeline.Build(documents)];
    }
}
