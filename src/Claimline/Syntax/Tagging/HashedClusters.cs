using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Claimline.Entities.Features;
using Claimline.Text;

namespace Claimline.Syntax.Tagging;

/// <summary>
/// The Brown cluster paths of <see cref="WordClusters"/> keyed by <see cref="FeatureHash.Of"/> of the word, so the
/// tagger finds a token's cluster from the hash it computes anyway, without hashing the string again. Built once per
/// <see cref="WordClusters"/> instance; immutable and shared by all threads.
/// </summary>
internal sealed class HashedClusters
{
    private static readonly ConditionalWeakTable<WordClusters, HashedClusters> s_built = [];

    private readonly FrozenDictionary<ulong, ulong> _paths;

    private HashedClusters(WordClusters clusters)
    {
        var paths = new Dictionary<ulong, ulong>(clusters.Count);
        foreach (var (word, path) in clusters.Entries)
        {
            paths.TryAdd(FeatureHash.Of(word), path);
        }

        _paths = paths.ToFrozenDictionary();
    }

    public static HashedClusters Of(WordClusters clusters) => s_built.GetValue(clusters, static c => new HashedClusters(c));

    /// <summary>The path (with its leading 1 bit) of the word whose <see cref="FeatureHash.Of"/> is <paramref name="hash"/>; 0 when unknown.</summary>
    public ulong Path(ulong hash) => _paths.TryGetValue(hash, out var path) ? path : 0;
}
