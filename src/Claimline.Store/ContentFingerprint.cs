using System.Security.Cryptography;
using System.Text;
using Claimline.Model;
using Claimline.Text;

namespace Claimline.Store;

/// <summary>
/// The two fingerprints the store keeps per document: an exact content hash (SHA-256 of the text, for "this exact
/// text is already stored") and a 64-bit SimHash over word 3-shingles (for "this is the same wire story,
/// republished with a different headline or a trimmed ending").
/// </summary>
public static class ContentFingerprint
{
    /// <summary>Two documents whose SimHashes differ in at most this many bits are near-duplicates.</summary>
    public const int NearDuplicateDistance = 3;

    /// <summary>Shorter texts are never called near-duplicates: with few shingles, SimHash collides too easily.</summary>
    public const int MinWordsForNearDuplicate = 50;

    public static string ContentHash(string text)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>SimHash (Charikar 2002) of lower-cased word 3-shingles, each hashed with 64-bit FNV-1a.</summary>
    public static ulong SimHash(string text, Layer<Token> tokens)
    {
        Span<int> weights = stackalloc int[64];
        var words = new List<TextSpan>(tokens.Count);
        foreach (var token in tokens.AsSpan())
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                words.Add(token.Span);
            }
        }

        for (var i = 0; i + 2 < words.Count; i++)
        {
            var hash = 14695981039346656037UL;
            for (var k = 0; k < 3; k++)
            {
                foreach (var c in words[i + k].SliceOf(text))
                {
                    hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                }

                hash = (hash ^ ' ') * 1099511628211UL;
            }

            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        var result = 0UL;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }

        return result;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    /// <summary>The four 16-bit bands: documents within distance 3 agree exactly on at least one (pigeonhole).</summary>
    public static IEnumerable<(int Band, int Value)> Bands(ulong simHash)
    {
        for (var band = 0; band < 4; band++)
        {
            yield return (band, (int)((simHash >> (band * 16)) & 0xFFFF));
        }
    }
}
