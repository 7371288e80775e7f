using System.Text.Json.Serialization;
using Claimline.Model;

namespace Claimline.Syntax;

/// <summary>
/// The labelled dependency tree of one sentence (layer <c>syntax</c>): word <c>i</c> is the sentence's token
/// <c>FirstToken + i</c>; its head is another word of the sentence, or -1 for the root; its relation is a Universal
/// Dependencies relation with its subtype (<c>nsubj</c>, <c>nsubj:pass</c>, <c>obl:tmod</c>).
/// <para>
/// Every tree has exactly one word whose head is -1 and no cycles (checked on construction by the parser, and
/// property-tested). The small API here is what attribution and events read: heads, relations, children, the subject
/// and object of a verb, and the clause that holds a word.
/// </para>
/// </summary>
/// <param name="Span">The sentence.</param>
/// <param name="FirstToken">Index of the sentence's first token in the <c>tokens</c> layer.</param>
/// <param name="Heads">Head per word, 0-based within the sentence; -1 for the root.</param>
/// <param name="Relations">Relation of each word to its head; <c>root</c> for the root.</param>
public sealed record DependencyTree(TextSpan Span, int FirstToken, int[] Heads, string[] Relations) : IAnnotation
{
    /// <summary>The relations that head a clause of their own: a word reached by one of these starts a new clause.</summary>
    private static readonly HashSet<string> s_clauseRelations =
        ["root", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "csubj", "csubj:pass", "parataxis", "conj"];

    private int[]? _firstChild;
    private int[]? _nextSibling;

    [JsonIgnore]
    public int Length => Heads.Length;

    /// <summary>The root word (its head is -1); -1 only for an empty tree.</summary>
    [JsonIgnore]
    public int Root => Array.IndexOf(Heads, -1);

    public int Head(int word) => Heads[word];

    public string Relation(int word) => Relations[word];

    /// <summary>The relation without its subtype: <c>nsubj</c> for <c>nsubj:pass</c>.</summary>
    public string BaseRelation(int word)
    {
        var relation = Relations[word];
        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation[..colon];
    }

    /// <summary>The dependents of <paramref name="word"/>, left to right.</summary>
    public IEnumerable<int> Children(int word)
    {
        EnsureChildren();
        for (var c = _firstChild![word]; c >= 0; c = _nextSibling![c])
        {
            yield return c;
        }
    }

    /// <summary>The first dependent of <paramref name="word"/> whose relation is <paramref name="relation"/> (exactly, or its base when <paramref name="relation"/> has no subtype); -1 if none.</summary>
    public int Child(int word, string relation)
    {
        foreach (var c in Children(word))
        {
            if (Relations[c] == relation || (!relation.Contains(':', StringComparison.Ordinal) && BaseRelation(c) == relation))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The subject of a predicate: its <c>nsubj</c> or <c>csubj</c> (any subtype), else -1.</summary>
    public int SubjectOf(int predicate)
    {
        var subject = Child(predicate, "nsubj");
        return subject >= 0 ? subject : Child(predicate, "csubj");
    }

    /// <summary>The direct object of a predicate (<c>obj</c>), else -1.</summary>
    public int ObjectOf(int predicate) => Child(predicate, "obj");

    /// <summary>
    /// The head of the smallest clause that contains <paramref name="word"/>: the word itself if it heads a clause,
    /// else the nearest ancestor reached by a clausal relation (root, ccomp, xcomp, advcl, acl, csubj, parataxis, conj).
    /// </summary>
    public int ClauseOf(int word)
    {
        for (var w = word; w >= 0; w = Heads[w])
        {
            if (s_clauseRelations.Contains(Relations[w]))
            {
                return w;
            }
        }

        return Root;
    }

    /// <summary>Whether <paramref name="ancestor"/> dominates <paramref name="word"/> (a word dominates itself).</summary>
    public bool Dominates(int ancestor, int word)
    {
        for (var w = word; w >= 0; w = Heads[w])
        {
            if (w == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first and last word (inclusive) of the subtree of <paramref name="word"/> (projective trees make this contiguous).</summary>
    public (int First, int Last) SubtreeRange(int word)
    {
        int first = word, last = word;
        for (var w = 0; w < Heads.Length; w++)
        {
            if ((w < first || w > last) && Dominates(word, w))
            {
                first = Math.Min(first, w);
                last = Math.Max(last, w);
            }
        }

        return (first, last);
    }

    /// <summary>Whether the heads form one tree: one root, every head in range, no cycles.</summary>
    public static bool IsTree(ReadOnlySpan<int> heads)
    {
        var roots = 0;
        for (var i = 0; i < heads.Length; i++)
        {
            if (heads[i] == -1)
            {
                roots++;
            }
            else if (heads[i] < 0 || heads[i] >= heads.Length || heads[i] == i)
            {
                return false;
            }
        }

        if (heads.Length > 0 && roots != 1)
        {
            return false;
        }

        // Every word must reach the root within n steps.
        for (var i = 0; i < heads.Length; i++)
        {
            var w = i;
            for (var steps = 0; w >= 0; steps++)
            {
                if (steps > heads.Length)
                {
                    return false;
                }

                w = heads[w];
            }
        }

        return true;
    }

    private void EnsureChildren()
    {
        if (_nextSibling is not null)
        {
            return;
        }

        var first = new int[Heads.Length];
        var next = new int[Heads.Length];
        Array.Fill(first, -1);
        Array.Fill(next, -1);
        for (var w = Heads.Length - 1; w >= 0; w--)
        {
            var h = Heads[w];
            if (h >= 0)
            {
                next[w] = first[h];
                first[h] = w;
            }
        }

        _firstChild = first;
        _nextSibling = next;
    }
}
