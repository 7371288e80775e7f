namespace Claimline.Syntax.Parsing;

/// <summary>
/// Pseudo-projective parsing (Nivre &amp; Nilsson 2005, HEAD encoding, as spaCy v1's <c>nonproj.pyx</c>): a
/// non-projective training tree is made projective by lifting its shortest crossing arc to the head's head until none
/// is left, and a lifted word's relation records the relation of the head it lost (<c>obl|ccomp</c>). After parsing,
/// <see cref="Unlift"/> moves such a word back under the first word (breadth first, left to right) below its head
/// whose relation is the recorded one, and drops the record.
/// </summary>
public static class Projectivizer
{
    /// <summary>Separates a relation from the relation of the head it was lifted from.</summary>
    public const char Separator = '|';

    private static readonly char[] s_ends = [':', Separator];

    /// <summary>Whether every arc is projective: the head dominates every word between it and its dependent.</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads) => ShortestCrossingArc(heads) < 0;

    /// <summary>
    /// Lifts crossing arcs until the tree is projective; returns the new heads and relations (the inputs are not
    /// changed) and how many lifts were made.
    /// </summary>
    public static (int[] Heads, string[] Relations, int Lifts) Lift(ReadOnlySpan<int> heads, ReadOnlySpan<string> relations)
    {
        var h = heads.ToArray();
        var r = relations.ToArray();
        var lifts = 0;
        for (int d; (d = ShortestCrossingArc(h)) >= 0 && lifts <= 4 * h.Length; lifts++)
        {
            var head = h[d];
            if (h[head] < 0)
            {
                break; // a crossing arc from the root cannot be lifted (the root spans everything, so this never happens)
            }

            if (!r[d].Contains(Separator, StringComparison.Ordinal))
            {
                r[d] = r[d] + Separator + Universal(r[head]);
            }

            h[d] = h[head];
        }

        return (h, r, lifts);
    }

    /// <summary>Undoes <see cref="Lift"/> in place on a parser's output: every relation ends up without a record.</summary>
    public static void Unlift(Span<int> heads, string[] relations)
    {
        int[]? firstChild = null, nextSibling = null, queue = null;
        for (var d = 0; d < heads.Length; d++)
        {
            var relation = relations[d];
            var bar = relation.IndexOf(Separator, StringComparison.Ordinal);
            if (bar < 0)
            {
                continue;
            }

            var wanted = relation[(bar + 1)..];
            relations[d] = relation[..bar];
            var head = heads[d];
            if (head < 0)
            {
                continue;
            }

            firstChild ??= new int[heads.Length];
            nextSibling ??= new int[heads.Length];
            queue ??= new int[heads.Length];
            Children(heads, firstChild, nextSibling);

            // Breadth first below the head, never into the word's own subtree (that would make a cycle).
            int first = 0, last = 0;
            queue[last++] = head;
            var found = -1;
            while (first < last && found < 0)
            {
                for (var c = firstChild[queue[first++]]; c >= 0; c = nextSibling[c])
                {
                    if (c == d)
                    {
                        continue;
                    }

                    if (Universal(relations[c]) == wanted)
                    {
                        found = c;
                        break;
                    }

                    queue[last++] = c;
                }
            }

            if (found >= 0)
            {
                heads[d] = found;
            }
        }
    }

    /// <summary>The universal part of a relation, without subtype or lift record: <c>obl</c> for <c>obl:tmod|ccomp</c>.</summary>
    public static string Universal(string relation)
    {
        var end = relation.IndexOfAny(s_ends);
        return end < 0 ? relation : relation[..end];
    }

    /// <summary>The relation without a lift record: <c>obl</c> for <c>obl|ccomp</c>.</summary>
    public static string BaseOf(string relation)
    {
        var bar = relation.IndexOf(Separator, StringComparison.Ordinal);
        return bar < 0 ? relation : relation[..bar];
    }

    /// <summary>The dependent of the shortest non-projective arc (leftmost among equals), or -1.</summary>
    private static int ShortestCrossingArc(ReadOnlySpan<int> heads)
    {
        int best = -1, bestLength = int.MaxValue;
        for (var d = 0; d < heads.Length; d++)
        {
            var h = heads[d];
            if (h < 0)
            {
                continue;
            }

            var length = Math.Abs(h - d);
            if (length >= bestLength || length < 2)
            {
                continue;
            }

            int from = Math.Min(h, d) + 1, to = Math.Max(h, d);
            for (var w = from; w < to; w++)
            {
                if (!Dominates(heads, h, w))
                {
                    best = d;
                    bestLength = length;
                    break;
                }
            }
        }

        return best;
    }

    private static void Children(ReadOnlySpan<int> heads, int[] firstChild, int[] nextSibling)
    {
        Array.Fill(firstChild, -1);
        for (var w = heads.Length - 1; w >= 0; w--)
        {
            nextSibling[w] = -1;
            if (heads[w] >= 0)
            {
                nextSibling[w] = firstChild[heads[w]];
                firstChild[heads[w]] = w;
            }
        }
    }

    private static bool Dominates(ReadOnlySpan<int> heads, int ancestor, int word)
    {
        for (int w = word, steps = 0; w >= 0 && steps <= heads.Length; w = heads[w], steps++)
        {
            if (w == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
