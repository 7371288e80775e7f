using System.Runtime.InteropServices;

namespace Claimline.Entities.Features;

/// <summary>
/// How capitalized words were tagged earlier in the same document (Ratinov and Roth's "extended prediction history"):
/// for each lower-cased word, counts of the types it received over the last <see cref="Window"/> recorded tokens. The
/// tagger records each sentence after tagging it; the features of later sentences read it, so a name first seen in a
/// clear context (<c>Kovac said</c>) keeps its type in a harder one. One instance per document and thread.
/// </summary>
public sealed class DocumentHistory(int window = DocumentHistory.DefaultWindow)
{
    public const int DefaultWindow = 1000;

    /// <summary>Number of outcomes counted: O, the four types, and <see cref="LowerCase"/>.</summary>
    public const int Outcomes = 6;

    /// <summary>The outcome of a word written in lower case (<c>the</c> after a sentence-initial <c>The</c>).</summary>
    public const int LowerCase = 5;

    private readonly Dictionary<ulong, Counts> _counts = [];
    private readonly Queue<(ulong Word, byte Outcome)> _recent = new();
    private readonly Queue<(ulong Word, byte Outcome)> _recentLower = new();

    public int Window { get; } = window;

    /// <summary>Records that a word (hash of its lower-cased form) received an outcome: 0 for O, 1 + type index for a type, <see cref="LowerCase"/> for a word written in lower case.</summary>
    /// <remarks>Lower-case words have a window of their own, so that common words do not push names out.</remarks>
    public void Record(ulong word, int outcome)
    {
        ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, word, out _);
        counts[outcome]++;
        var recent = outcome == LowerCase ? _recentLower : _recent;
        recent.Enqueue((word, (byte)outcome));
        if (recent.Count > Window)
        {
            var (old, oldOutcome) = recent.Dequeue();
            ref var oldCounts = ref CollectionsMarshal.GetValueRefOrNullRef(_counts, old);
            oldCounts[oldOutcome]--;
        }
    }

    /// <summary>The outcome counts of a word in the window; all zero when it was not seen.</summary>
    public Counts Lookup(ulong word) => _counts.GetValueOrDefault(word);

    public void Clear()
    {
        _counts.Clear();
        _recent.Clear();
        _recentLower.Clear();
    }

    /// <summary>Counts per outcome (O, then each type).</summary>
    [System.Runtime.CompilerServices.InlineArray(Outcomes)]
    public struct Counts
    {
        private int _first;
    }
}
