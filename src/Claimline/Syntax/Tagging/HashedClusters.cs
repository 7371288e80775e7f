using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    // Open addressing with linear probing, each key beside its path (one cache line per look-up, where a frozen
    // dictionary reads a bucket and then an entry), at most half full. A key of 0 marks an empty slot; a word whose
    // hash is 0 is kept apart.
    private readonly ulong[] _slots;
    private readonly int _mask;
    private readonly ulong? _zeroPath;

    private HashedClusters(WordClusters clusters)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, clusters.Count * 2));
        _slots = new ulong[2 * capacity];
        _mask = capacity - 1;
        foreach (var (word, path) in clusters.Entries)
        {
            // The first word with a hash keeps it, as a dictionary's TryAdd does.
            var hash = FeatureHash.Of(word);
            if (hash == 0)
            {
                _zeroPath ??= path;
                continue;
            }

            var slot = (int)hash & _mask;
            while (_slots[2 * slot] != 0 && _slots[2 * slot] != hash)
            {
                slot = (slot + 1) & _mask;
            }

            if (_slots[2 * slot] == 0)
            {
                _slots[2 * slot] = hash;
                _slots[(2 * slot) + 1] = path;
            }
        }
    }

    public static HashedClusters Of(WordClusters clusters) => s_built.GetValue(clusters, static c => new HashedClusters(c));

    public ulong Path(ulong hash)
    {
        if (hash == 0)
        {
            return _zeroPath ?? 0;
        }

        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var slot = (int)hash & _mask;
        ulong found;
        while (((found = Unsafe.Add(ref slots, 2 * slot)) != hash) & (found != 0))
        {
            slot = (slot + 1) & _mask;
        }

        return found == hash ? Unsafe.Add(ref slots, (2 * slot) + 1) : 0;
    }
}
