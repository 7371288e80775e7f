using Claimline.Model;
using Claimline.Quotes;
using Claimline.Syntax;
using Claimline.Text;

namespace Claimline.Claims;

/// <summary>
/// Who a figure is attributed to, read off the dependency parse: the innermost attribution whose content holds the
/// number. Walking up from the number's phrase, the first of these wins:
/// <list type="bullet">
/// <item>a reporting verb that governs the path as its complement (<c>X said that … 5,000 …</c>: <c>ccomp</c>,
/// <c>parataxis</c>; a claiming verb also through its object or an oblique: <c>put the toll at 52</c>);</item>
/// <item>a reporting verb hanging off the path as parataxis (<c>… 18,000 people have crossed …, the agency said</c>)
/// or as a relative clause of the figure's noun (<c>the $2.6 billion the United Nations says is needed</c>);</item>
/// <item>an <c>according to X</c> phrase attached to the path.</item>
/// </list>
/// The source is the cue's subject (for a participle such as <c>saying</c>, the subject of the verb it hangs from),
/// the passive agent, or the object of <c>according to</c>. A figure in the subject of a reporting verb is the
/// writer's, not the speaker's. Built per document on one thread.
/// </summary>
internal sealed class SyntacticAttribution
{
    /// <summary>An attribution: the cue's token, its source's head token (-1 if none) and the cue's lemma.</summary>
    public readonly record struct Found(int Cue, int Source, string Lemma);

    private static readonly HashSet<string> s_clausal = ["ccomp", "parataxis"];
    private static readonly HashSet<string> s_claimed = ["ccomp", "parataxis", "xcomp", "obj", "obl", "advcl"];
    private static readonly HashSet<string> s_inheritsSubject = ["advcl", "xcomp", "conj"];

    private readonly Layer<Token> _tokens;
    private readonly string _text;
    private readonly DependencyTree?[] _treeOf;
    private readonly int[] _wordOf;
    private readonly string[] _lemma;
    private readonly Upos[] _tag;
    private readonly IReadOnlyDictionary<string, Modality> _claimVerbs;
    private readonly HashSet<string> _speechVerbs;

    public SyntacticAttribution(Document document, ClaimLexicon lexicon, QuoteLexicon quotes)
    {
        _text = document.Text;
        _tokens = document.Get(Layers.Tokens);
        var n = _tokens.Count;
        _treeOf = new DependencyTree?[n];
        _wordOf = new int[n];
        _lemma = new string[n];
        _tag = new Upos[n];
        _claimVerbs = lexicon.Modalities;
        _speechVerbs = [.. quotes.CueForms.Values];
        if (document.TryGet(Layers.Pos, out var pos))
        {
            foreach (var sentence in pos)
            {
                for (var k = 0; k < sentence.Length && sentence.FirstToken + k < n; k++)
                {
                    _lemma[sentence.FirstToken + k] = sentence.Lemmas[k];
                    _tag[sentence.FirstToken + k] = sentence.Tags[k];
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

    /// <summary>
    /// The attributions whose content holds <paramref name="span"/>, innermost first (<c>X said that Y estimated
    /// 5,000</c> gives Y's, then X's); empty where the parse shows none.
    /// </summary>
    public List<Found> Of(TextSpan span)
    {
        var found = new List<Found>(2);
        var first = _tokens.FirstStartingAtOrAfter(span.Start);
        if (first >= _tokens.Count || _tokens[first].Span.Start >= span.End || _treeOf[first] is not { } tree)
        {
            return found;
        }

        var last = first;
        while (last + 1 < _tokens.Count && _tokens[last + 1].Span.End <= span.End && _treeOf[last + 1] == tree)
        {
            last++;
        }

        // The phrase's head: its word whose head lies outside it.
        var offset = tree.FirstToken;
        var word = _wordOf[first];
        for (var t = first; t <= last; t++)
        {
            var h = tree.Heads[_wordOf[t]];
            if (h < _wordOf[first] || h > _wordOf[last])
            {
                word = _wordOf[t];
                break;
            }
        }

        var from = -1;
        for (var steps = 0; word >= 0 && steps <= tree.Length && found.Count < MaxDepth; steps++)
        {
            if (Beside(tree, word, from) is { } beside)
            {
                found.Add(beside);
            }

            var head = tree.Heads[word];
            if (head < 0)
            {
                break;
            }

            if (IsCue(offset + head, tree.BaseRelation(word)))
            {
                found.Add(new Found(offset + head, SourceOf(tree, head), _lemma[offset + head] ?? string.Empty));
            }

            from = word;
            word = head;
        }

        return found;
    }

    /// <summary>Attributions nest rarely more than twice in news; deeper ones add nothing a reader would use.</summary>
    private const int MaxDepth = 4;

    /// <summary>Whether the word governs attributed content through <paramref name="relation"/>.</summary>
    private bool IsCue(int token, string relation)
    {
        if (_tag[token] is not (Upos.VERB or Upos.NOUN) || _lemma[token] is not { } lemma)
        {
            return false;
        }

        return (s_clausal.Contains(relation) && _speechVerbs.Contains(lemma))
            || (s_claimed.Contains(relation) && _claimVerbs.ContainsKey(lemma) && _tag[token] == Upos.VERB);
    }

    /// <summary>An inverted `…, X said`, a reporting relative clause, or `according to X` attached to the word.</summary>
    private Found? Beside(DependencyTree tree, int word, int from)
    {
        var offset = tree.FirstToken;
        foreach (var child in tree.Children(word))
        {
            if (child == from)
            {
                continue;
            }

            var relation = tree.Relation(child);
            var lemma = _lemma[offset + child];
            if ((relation is "parataxis" || relation.StartsWith("acl", StringComparison.Ordinal))
                && _tag[offset + child] == Upos.VERB && lemma is not null && (_speechVerbs.Contains(lemma) || _claimVerbs.ContainsKey(lemma))
                && SourceOf(tree, child) is var source && source >= 0)
            {
                return new Found(offset + child, source, lemma);
            }

            if (relation.StartsWith("obl", StringComparison.Ordinal) && AccordingTo(tree, child) is { } according)
            {
                return new Found(offset + according, offset + child, "according to");
            }
        }

        return null;
    }

    /// <summary>The <c>according</c> of `according to X` under X, as a sentence word index; null if none.</summary>
    private int? AccordingTo(DependencyTree tree, int word)
    {
        foreach (var child in tree.Children(word))
        {
            if (tree.Relation(child) == "case" && _text.AsSpan(_tokens[tree.FirstToken + child].Span.Start, _tokens[tree.FirstToken + child].Span.Length)
                .Equals("according", StringComparison.OrdinalIgnoreCase))
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The cue's source as a document token: its subject, its passive agent, else its governing verb's subject; -1 if none.</summary>
    private int SourceOf(DependencyTree tree, int cue)
    {
        for (int w = cue, steps = 0; w >= 0 && steps < 4; steps++)
        {
            foreach (var child in tree.Children(w))
            {
                var relation = tree.Relation(child);
                if (relation is "nsubj" or "obl:agent")
                {
                    return tree.FirstToken + child;
                }
            }

            // Only a participle takes the subject of the verb it hangs from (`gave a higher figure, saying that …`);
            // a finite `said` without a subject is a misparse of an inverted attribution, not a shared subject.
            if (!s_inheritsSubject.Contains(tree.BaseRelation(w)) || !EndsWithIng(tree.FirstToken + w))
            {
                break;
            }

            w = tree.Heads[w];
        }

        return -1;
    }

    private bool EndsWithIng(int token)
        => _text.AsSpan(_tokens[token].Span.Start, _tokens[token].Span.Length).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where an inverted attribution's source stands when the parse gave the cue no subject: the words between the
    /// comma before the cue (at most <paramref name="reach"/> tokens back) and the cue. Empty if no comma is that near.
    /// </summary>
    public TextSpan BeforeCue(int cue, int reach = 16)
    {
        for (var t = cue - 1; t >= 0 && t >= cue - reach; t--)
        {
            if (_tokens[t].Kind is TokenKind.Terminal)
            {
                break;
            }

            if (_text.AsSpan(_tokens[t].Span.Start, _tokens[t].Span.Length) is "," && t + 1 < cue)
            {
                return new TextSpan(_tokens[t + 1].Span.Start, _tokens[cue - 1].Span.End);
            }
        }

        return default;
    }

    /// <summary>The first and last document token of the subtree of <paramref name="token"/>.</summary>
    public (int First, int Last) Phrase(int token)
    {
        if (_treeOf[token] is not { } tree)
        {
            return (token, token);
        }

        var (a, b) = tree.SubtreeRange(_wordOf[token]);
        return (tree.FirstToken + a, tree.FirstToken + b);
    }

    /// <summary>The words of the subtree of <paramref name="token"/> joined by appositions stop at the first comma after its head.</summary>
    public TextSpan HeadPhrase(int token)
    {
        var (first, last) = Phrase(token);
        for (var t = token + 1; t <= last; t++)
        {
            if (_tokens[t].Kind is TokenKind.Punctuation or TokenKind.Dash or TokenKind.Quote)
            {
                last = t - 1;
                break;
            }
        }

        return new TextSpan(_tokens[first].Span.Start, _tokens[last].Span.End);
    }

    /// <summary>The character span of a document token.</summary>
    public TextSpan SpanOf(int token) => _tokens[token].Span;

    /// <summary>The children of a document token that stand beside it as appositions (`the agency, UNHCR,`).</summary>
    public IEnumerable<int> Appositions(int token)
    {
        if (_treeOf[token] is not { } tree)
        {
            yield break;
        }

        foreach (var child in tree.Children(_wordOf[token]))
        {
            if (tree.Relation(child) == "appos")
            {
                yield return tree.FirstToken + child;
            }
        }
    }

    /// <summary>
    /// Whether a time expression dates a number by its place in the parse: the word the time hangs from dominates the
    /// number (`rose to 187 on Friday`, `Earlier this month, the White House released images … 1,000 containers`),
    /// not a clause beside it (`the earthquake that struck on Sunday rose to 187`). True where either is unparsed or
    /// they lie in different sentences, so that the rules without a parse decide.
    /// </summary>
    public bool Dates(TextSpan time, TextSpan number)
    {
        var t = PhraseHead(time);
        var n = PhraseHead(number);
        if (t < 0 || n < 0 || _treeOf[t] is not { } tree || _treeOf[n] != tree)
        {
            return true;
        }

        // Up from the word the time hangs from, through nouns only (`Saturday's elections`, `Monday's count`): a
        // verb on the way is a clause of its own.
        var figure = _wordOf[n];
        for (var w = tree.Heads[_wordOf[t]]; w >= 0; w = tree.Heads[w])
        {
            if (tree.Dominates(w, figure))
            {
                return true;
            }

            if (_tag[tree.FirstToken + w] is not (Upos.NOUN or Upos.PROPN))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The document token heading the words of <paramref name="span"/> (its word whose head lies outside it); -1 if unparsed.</summary>
    private int PhraseHead(TextSpan span)
    {
        var first = _tokens.FirstStartingAtOrAfter(span.Start);
        if (first >= _tokens.Count || _tokens[first].Span.Start >= span.End || _treeOf[first] is not { } tree)
        {
            return -1;
        }

        var last = first;
        while (last + 1 < _tokens.Count && _tokens[last + 1].Span.End <= span.End && _treeOf[last + 1] == tree)
        {
            last++;
        }

        for (var t = first; t <= last; t++)
        {
            var h = tree.Heads[_wordOf[t]];
            if (h < _wordOf[first] || h > _wordOf[last])
            {
                return t;
            }
        }

        return first;
    }

    /// <summary>Whether a word of <paramref name="span"/> hangs from the document token <paramref name="cue"/>.</summary>
    public bool AttachedTo(TextSpan span, int cue)
    {
        if (_treeOf[cue] is not { } tree)
        {
            return false;
        }

        for (var t = _tokens.FirstStartingAtOrAfter(span.Start); t < _tokens.Count && _tokens[t].Span.Start < span.End; t++)
        {
            if (_treeOf[t] == tree && tree.Heads[_wordOf[t]] == _wordOf[cue])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The dependents of a document token as document tokens, with their relations.</summary>
    public IEnumerable<(int Token, string Relation)> Dependents(int token)
    {
        if (_treeOf[token] is not { } tree)
        {
            yield break;
        }

        foreach (var child in tree.Children(_wordOf[token]))
        {
            yield return (tree.FirstToken + child, tree.Relation(child));
        }
    }

    /// <summary>The head of a document token as a document token; -1 for a root or an unparsed token.</summary>
    public int HeadOf(int token)
        => _treeOf[token] is { } tree && tree.Heads[_wordOf[token]] is var head && head >= 0 ? tree.FirstToken + head : -1;

    /// <summary>The relation of a document token to its head; empty for an unparsed token.</summary>
    public string RelationOf(int token) => _treeOf[token] is { } tree ? tree.Relation(_wordOf[token]) : string.Empty;

    /// <summary>The token's text.</summary>
    public string WordOf(int token) => _text.Substring(_tokens[token].Span.Start, _tokens[token].Span.Length);

    /// <summary>Whether a document token is a noun (common or proper).</summary>
    public bool IsNoun(int token) => _tag[token] is Upos.NOUN or Upos.PROPN;

    /// <summary>Whether a document token is a pronoun (the quote stage and coreference say whom it means).</summary>
    public bool IsPronoun(int token) => _tag[token] == Upos.PRON;
}
