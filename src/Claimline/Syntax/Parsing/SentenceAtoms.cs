using System.Numerics;
using Claimline.Text;

namespace Claimline.Syntax.Parsing;

/// <summary>
/// What the features know of each word, computed once per sentence: a hash of its lower-cased form (digits folded to
/// 0), its UPOS and prefixes of its Brown cluster path (4, 6 and 12 bits). Slot <see cref="Length"/> holds the
/// "no word" values that positions off the stack, buffer or tree read. Buffers are reused; not thread-safe.
/// </summary>
public sealed class SentenceAtoms
{
    public int Length { get; private set; }

    public ulong[] Word { get; private set; } = new ulong[65];

    public ulong[] Tag { get; private set; } = new ulong[65];

    public ulong[] Cluster4 { get; private set; } = new ulong[65];

    public ulong[] Cluster6 { get; private set; } = new ulong[65];

    public ulong[] Cluster12 { get; private set; } = new ulong[65];

    /// <summary>Starts a sentence of <paramref name="length"/> words.</summary>
    public void Reset(int length)
    {
        if (Word.Length < length + 1)
        {
            var size = Math.Max(length + 1, Word.Length * 2);
            Word = new ulong[size];
            Tag = new ulong[size];
            Cluster4 = new ulong[size];
            Cluster6 = new ulong[size];
            Cluster12 = new ulong[size];
        }

        Length = length;
        Word[length] = 1;
        Tag[length] = 0;
        Cluster4[length] = Cluster6[length] = Cluster12[length] = 1;
    }

    public void Set(int i, ReadOnlySpan<char> form, Upos tag, WordClusters? clusters)
    {
        Word[i] = HashForm(form);
        Tag[i] = (ulong)tag + 1;
        var path = clusters?.Path(form) ?? 0;
        Cluster4[i] = Prefix(path, 4);
        Cluster6[i] = Prefix(path, 6);
        Cluster12[i] = Prefix(path, 12);
    }

    /// <summary>FNV-1a over the lower-cased form with every digit read as 0, so numbers share their shape's features.</summary>
    public static ulong HashForm(ReadOnlySpan<char> form)
    {
        var h = 14695981039346656037UL;
        foreach (var c in form)
        {
            var folded = char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
            h = (h ^ folded) * 1099511628211UL;
        }

        return h | 2; // never the "no word" value
    }

    private static ulong Prefix(ulong path, int length)
    {
        if (path == 0)
        {
            return 2; // unknown word
        }

        var bits = 63 - BitOperations.LeadingZeroCount(path);
        return (bits <= length ? path : path >> (bits - length)) << 2;
    }
}
