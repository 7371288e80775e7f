using System.Runtime.CompilerServices;

namespace Claimline.Entities.Features;

/// <summary>
/// 64-bit hashes of feature values, computed from characters without building strings: FNV-1a over the UTF-16 code
/// units, finished with the SplitMix64 mixer. A feature is the hash of its template id combined with its values.
/// The function is part of the model format: changing it invalidates every trained model.
/// </summary>
public static class FeatureHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = OffsetBasis;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return Mix(h);
    }

    /// <summary>The hash of the lower-cased text (invariant culture), so <c>Paris</c> and <c>PARIS</c> agree.</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var h = OffsetBasis;
        foreach (var c in text)
        {
            h = (h ^ char.ToLowerInvariant(c)) * Prime;
        }

        return Mix(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Mix((a * 0x9E3779B97F4A7C15UL) ^ b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
