using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Claimline.Model;

namespace Claimline.Entities.Resolution;

/// <summary>
/// Every mention of a document's referents in one <see cref="SpanIndex"/>, so that the quote and claim stages find the
/// referent named at a place, or the last one named before it, without a scan of all mentions per speaker or claim.
/// A mention's index is its place in the loop <c>foreach referent, foreach mention</c>: "the first that …" in that
/// loop is the smallest index that qualifies. Built once per referents layer and shared (layers never change).
/// </summary>
public sealed class ReferentMentions
{
    private static readonly ConditionalWeakTable<Layer<Referent>, ReferentMentions> s_ofLayer = new();

    private readonly int[] _referentOf;
    private readonly ConcurrentDictionary<string, ReferentMentions> _subsets = new(StringComparer.Ordinal);

    private ReferentMentions(IReadOnlyList<Referent> referents, IReadOnlyList<int> referentIndices)
    {
        Referents = referents;
        var spans = new List<TextSpan>();
        var owners = new List<int>();
        foreach (var r in referentIndices)
        {
            foreach (var mention in referents[r].Mentions)
            {
                spans.Add(mention);
                owners.Add(r);
            }
        }

        _referentOf = [.. owners];
        Spans = new SpanIndex(spans);
        var firstByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < referents.Count; r++)
        {
            firstByKey.TryAdd(referents[r].Key, r);
        }

        FirstByKey = firstByKey;
    }

    /// <summary>All referents of the layer (also for a subset: <see cref="ReferentIndexOf"/> indexes this list).</summary>
    public IReadOnlyList<Referent> Referents { get; }

    /// <summary>The mentions, indexed as the loop over referents and their mentions meets them.</summary>
    public SpanIndex Spans { get; }

    /// <summary>The index of the first referent with each key.</summary>
    public IReadOnlyDictionary<string, int> FirstByKey { get; }

    public static ReferentMentions Of(Layer<Referent> referents)
    {
        ArgumentNullException.ThrowIfNull(referents);
        return s_ofLayer.GetValue(referents, static layer => new ReferentMentions(layer, [.. Enumerable.Range(0, layer.Count)]));
    }

    /// <summary>The index of the referent that mention <paramref name="mention"/> names.</summary>
    public int ReferentIndexOf(int mention) => _referentOf[mention];

    /// <summary>The referent that mention <paramref name="mention"/> names.</summary>
    public Referent ReferentOf(int mention) => Referents[_referentOf[mention]];

    /// <summary>
    /// The mentions of the referents that pass <paramref name="test"/> only, built once per <paramref name="name"/>
    /// (the name must say what the test keeps). Its mention order is the full loop's order restricted to them.
    /// </summary>
    public ReferentMentions Subset(string name, Func<Referent, bool> test)
        => _subsets.GetOrAdd(name, _ => new ReferentMentions(Referents, [.. Enumerable.Range(0, Referents.Count).Where(r => test(Referents[r]))]));

    /// <summary>
    /// The mention that starts last among those ending at or before <paramref name="offset"/> (the first in mention
    /// order among equal starts), or -1: the referent "named last before" a place.
    /// </summary>
    public int LastEndingBefore(int offset)
    {
        var candidates = Spans.StartingBetween(int.MinValue, offset);
        for (var k = candidates.Length - 1; k >= 0;)
        {
            // One group of mentions with the same start, in mention order.
            var start = Spans[candidates[k]].Start;
            var g = k;
            while (g > 0 && Spans[candidates[g - 1]].Start == start)
            {
                g--;
            }

            for (var i = g; i <= k; i++)
            {
                if (Spans[candidates[i]].End <= offset)
                {
                    return candidates[i];
                }
            }

            k = g - 1;
        }

        return -1;
    }
}
