using Claimline.Model;

namespace Claimline.Syntax;

/// <summary>
/// The <c>syntax</c> layer seen by document token: which tree and word each token is, so that later stages can ask
/// for a token's head, relation and dependents without finding its sentence first. A document without the layer (a
/// pipeline that skips the parser) answers as if every token were unparsed. Built per document on one thread.
/// </summary>
public sealed class DocumentSyntax
{
    private readonly DependencyTree?[] _treeOf;
    private readonly int[] _wordOf;
    private readonly Upos[] _tags;
    private readonly string?[] _lemmas;

    public DocumentSyntax(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var n = document.TryGet(Layers.Tokens, out var tokens) ? tokens.Count : 0;
        _treeOf = new DependencyTree?[n];
        _wordOf = new int[n];
        _tags = new Upos[n];
        _lemmas = new string?[n];
        if (document.TryGet(Layers.Pos, out var pos))
        {
            foreach (var sentence in pos)
            {
                for (var k = 0; k < sentence.Length && sentence.FirstToken + k < n; k++)
                {
                    _tags[sentence.FirstToken + k] = sentence.Tags[k];
                    _lemmas[sentence.FirstToken + k] = sentence.Lemmas[k];
                }
            }
        }

        if (document.TryGet(Layers.Syntax, out var trees))
        {
            foreach (var tree in trees)
            {
                for (var k = 0; k < tree.Length && tree.FirstToken + k < n; k++)
                {
                    _treeOf[tree.FirstToken + k] = tree;
                    _wordOf[tree.FirstToken + k] = k;
                }
            }
        }
    }

    /// <summary>Whether the token has a parse.</summary>
    public bool IsParsed(int token) => token >= 0 && token < _treeOf.Length && _treeOf[token] is not null;

    /// <summary>The token's head as a document token; -1 for a sentence's root or an unparsed token.</summary>
    public int HeadOf(int token)
        => IsParsed(token) && _treeOf[token]!.Heads[_wordOf[token]] is var head && head >= 0 ? _treeOf[token]!.FirstToken + head : -1;

    /// <summary>The token's relation to its head (<c>nsubj:pass</c>); empty for an unparsed token.</summary>
    public string RelationOf(int token) => IsParsed(token) ? _treeOf[token]!.Relation(_wordOf[token]) : string.Empty;

    /// <summary>The token's relation without its subtype (<c>nsubj</c> for <c>nsubj:pass</c>); empty for an unparsed token.</summary>
    public string BaseRelationOf(int token) => IsParsed(token) ? _treeOf[token]!.BaseRelation(_wordOf[token]) : string.Empty;

    /// <summary>Whether two tokens are words of one parsed sentence.</summary>
    public bool SameTree(int a, int b) => IsParsed(a) && IsParsed(b) && ReferenceEquals(_treeOf[a], _treeOf[b]);

    /// <summary>Whether <paramref name="ancestor"/> dominates <paramref name="token"/> (a word dominates itself); false across sentences.</summary>
    public bool Dominates(int ancestor, int token)
        => SameTree(ancestor, token) && _treeOf[token]!.Dominates(_wordOf[ancestor], _wordOf[token]);

    /// <summary>The number of words in the token's sentence tree; 0 for an unparsed token.</summary>
    public int SentenceLength(int token) => IsParsed(token) ? _treeOf[token]!.Length : 0;

    /// <summary>The token's lemma (layer <c>pos</c>); null where no tagger ran.</summary>
    public string? LemmaOf(int token) => token >= 0 && token < _lemmas.Length ? _lemmas[token] : null;

    /// <summary>The token's UPOS tag; <see cref="Upos.None"/> where no tagger ran.</summary>
    public Upos TagOf(int token) => token >= 0 && token < _tags.Length ? _tags[token] : Upos.None;

    /// <summary>The token's dependents, left to right, as document tokens with their relations.</summary>
    public IEnumerable<(int Token, string Relation)> Dependents(int token)
    {
        if (!IsParsed(token))
        {
            yield break;
        }

        var tree = _treeOf[token]!;
        foreach (var child in tree.Children(_wordOf[token]))
        {
            yield return (tree.FirstToken + child, tree.Relation(child));
        }
    }

    /// <summary>The first and last document token of the token's subtree (the token alone if unparsed).</summary>
    public (int First, int Last) Subtree(int token)
    {
        if (!IsParsed(token))
        {
            return (token, token);
        }

        var tree = _treeOf[token]!;
        var (a, b) = tree.SubtreeRange(_wordOf[token]);
        return (tree.FirstToken + a, tree.FirstToken + b);
    }

    /// <summary>The word of <c>[first, last]</c> that the others hang from: the first whose head lies outside.</summary>
    public int HeadWithin(int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            var head = HeadOf(t);
            if (head < first || head > last)
            {
                return t;
            }
        }

        return first;
    }
}
