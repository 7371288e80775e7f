using System.Runtime.CompilerServices;

namespace Claimline.Syntax.Parsing;

/// <summary>
/// Writes hashed 64-bit feature keys into a caller's buffer: a template number and up to four atoms mixed into one
/// key (never 0, the empty slot of <see cref="WeightTable"/>). No strings and no allocation.
/// </summary>
internal ref struct FeatureKeys(Span<ulong> keys)
{
    private readonly Span<ulong> _keys = keys;

    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int template, ulong a) => Put(Mix(Mix(Seed(template), a), 0));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int template, ulong a, ulong b) => Put(Mix(Mix(Seed(template), a), b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int template, ulong a, ulong b, ulong c) => Put(Mix(Mix(Mix(Seed(template), a), b), c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int template, ulong a, ulong b, ulong c, ulong d) => Put(Mix(Mix(Mix(Mix(Seed(template), a), b), c), d));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Put(ulong key) => _keys[Count++] = key == 0 ? 1 : key;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Seed(int template) => ((ulong)template + 1) * 0x9E3779B97F4A7C15UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h, ulong v)
    {
        h = (h ^ v) * 0xFF51AFD7ED558CCDUL;
        return h ^ (h >> 32);
    }
}
