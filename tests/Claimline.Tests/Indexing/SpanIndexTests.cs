using Claimline.Entities;
using Claimline.Entities.Resolution;
using Claimline.Model;
using CsCheck;

namespace Claimline.Tests.Indexing;

/// <summary>
/// The index lookups that replaced scans of a whole document must answer exactly as the scans did: each query is
/// checked against the loop over the list it indexes, on random spans (short and long, nested, empty, repeated).
/// </summary>
public class SpanIndexTests
{
    private static readonly Gen<TextSpan> s_span = Gen.OneOf(
        Gen.Select(Gen.Int[0, 200], Gen.Int[0, 12], (start, length) => new TextSpan(start, start + length)),
        Gen.Select(Gen.Int[0, 200], Gen.Int[0, 150], (start, length) => new TextSpan(start, start + length)));

    private static readonly Gen<TextSpan[]> s_spans = s_span.Array[0, 60];

    [Fact]
    public void Containing_and_overlapping_list_what_a_scan_lists_in_list_order()
    {
        Gen.Select(s_spans, s_span).Sample((spans, query) =>
        {
            var index = new SpanIndex(spans);

            Assert.Equal(Scan(spans, s => s.Contains(query)), index.Containing(query));
            Assert.Equal(Scan(spans, s => s.Overlaps(query)), index.Overlapping(query));
            Assert.Equal(spans.Any(s => s.Contains(query)), index.AnyContaining(query));
        });
    }

    [Fact]
    public void Ending_and_starting_ranges_hold_the_spans_in_range_by_place_then_list_order()
    {
        Gen.Select(s_spans, Gen.Int[0, 360], Gen.Int[0, 40]).Sample((spans, from, width) =>
        {
            var index = new SpanIndex(spans);
            var to = from + width;

            var ending = Scan(spans, s => s.End >= from && s.End <= to).OrderBy(i => spans[i].End).ThenBy(i => i);
            var starting = Scan(spans, s => s.Start >= from && s.Start <= to).OrderBy(i => spans[i].Start).ThenBy(i => i);
            Assert.Equal(ending, index.EndingBetween(from, to).ToArray());
            Assert.Equal(starting, index.StartingBetween(from, to).ToArray());
            Assert.Equal(Scan(spans, s => s.End <= to).DefaultIfEmpty(-1).First(), index.FirstEndingAtOrBefore(to));
            Assert.Equal(spans.Length, index.EndingBetween(int.MinValue, int.MaxValue).Length);
        });
    }

    [Fact]
    public void Index_of_a_layer_is_built_once_and_follows_the_layer_order()
    {
        var layer = Layer<EntityMention>.From([
            new EntityMention(new TextSpan(10, 14), EntityType.Person, 1f, EntitySource.Model),
            new EntityMention(new TextSpan(0, 4), EntityType.Org, 1f, EntitySource.Model),
            new EntityMention(new TextSpan(2, 12), EntityType.Loc, 1f, EntitySource.Model),
        ]);

        var index = SpanIndex.Of(layer);

        Assert.Same(index, SpanIndex.Of(layer));
        Assert.Equal([0, 1, 2], index.Overlapping(new TextSpan(3, 11)));
        Assert.Equal(layer[1].Span, index[1]);
    }

    [Fact]
    public void Last_mention_before_a_place_is_the_one_a_scan_over_referents_and_mentions_keeps()
    {
        Gen.Select(s_spans.Array[1, 6], Gen.Int[0, 360]).Sample((mentions, offset) =>
        {
            var referents = Layer<Referent>.From(mentions.Select((m, r) => new Referent(
                m.Length > 0 ? m.MinBy(s => s.Start) : new TextSpan(0, 0), EntityType.Person, ReferentKind.Person, $"R{r}", $"person:r{r}", null, m, [], [])));
            var index = ReferentMentions.Of(referents);

            // The loop the speaker resolver used: the mention that starts last among those that end by then, the first
            // such in referent and mention order.
            (int Referent, TextSpan Mention)? best = null;
            for (var r = 0; r < referents.Count; r++)
            {
                foreach (var m in referents[r].Mentions)
                {
                    if (m.End <= offset && (best is null || m.Start > best.Value.Mention.Start))
                    {
                        best = (r, m);
                    }
                }
            }

            var found = index.LastEndingBefore(offset);
            Assert.Equal(best?.Referent ?? -1, found < 0 ? -1 : index.ReferentIndexOf(found));
            Assert.Equal(best?.Mention, found < 0 ? null : index.Spans[found]);
        });
    }

    private static List<int> Scan(TextSpan[] spans, Func<TextSpan, bool> test)
        => [.. Enumerable.Range(0, spans.Length).Where(i => test(spans[i]))];
}
