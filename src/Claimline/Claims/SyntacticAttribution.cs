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
    private readonly DocumentSyntax _syntax;
    private readonly IReadOnlyDictionary<string, Modality> _claimVerbs;
    private readonly ClaimLexicon _lexicon;
    private readonly HashSet<string> _speechVerbs;

    public SyntacticAttribution(Document document, ClaimLexicon lexicon, QuoteLexicon quotes)
    {
        _text = document.Text;
        _tokens = document.Get(Layers.Tokens);
        _syntax = new DocumentSyntax(document);
        _claimVerbs = lexicon.Modalities;
        _lexicon = lexicon;
        _speechVerbs = [.. quotes.CueForms.Values];
    }

    /// <summary>
    /// The attributions whose content holds <paramref name="span"/>, innermost first (<c>X said that Y estimated
    /// 5,000</c> gives Y's, then X's); empty where the parse shows none.
    /// </summary>
    public List<Found> Of(TextSpan span)
    {
        var found = new List<Found>(2);
        var word = PhraseHead(span);
        if (word < 0)
        {
            return found;
        }

        var from = -1;
        var length = _syntax.SentenceLength(word);
        for (var steps = 0; word >= 0 && steps <= length && found.Count < MaxDepth; steps++)
        {
            if (Beside(word, from) is { } beside)
            {
                found.Add(beside);
            }

            var head = _syntax.HeadOf(word);
            if (head < 0)
            {
                break;
            }

            if (IsCue(head, _syntax.BaseRelationOf(word)))
            {
                found.Add(new Found(head, SourceOf(head), _syntax.LemmaOf(head) ?? string.Empty));
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
        var tag = _syntax.TagOf(token);
        if (tag is not (Upos.VERB or Upos.NOUN) || _syntax.LemmaOf(token) is not { } lemma)
        {
            return false;
        }

        return (s_clausal.Contains(relation) && _speechVerbs.Contains(lemma))
            || (s_claimed.Contains(relation) && _claimVerbs.ContainsKey(lemma) && tag == Upos.VERB);
    }

    /// <summary>An inverted `…, X said`, a reporting relative clause, or `according to X` attached to the word.</summary>
    private Found? Beside(int word, int from)
    {
        foreach (var (child, relation) in _syntax.Dependents(word))
        {
            if (child == from)
            {
                continue;
            }

            var lemma = _syntax.LemmaOf(child);
            if ((relation is "parataxis" || relation.StartsWith("acl", StringComparison.Ordinal))
                && _syntax.TagOf(child) == Upos.VERB && lemma is not null && (_speechVerbs.Contains(lemma) || _claimVerbs.ContainsKey(lemma))
                && SourceOf(child) is var source && source >= 0)
            {
                return new Found(child, source, lemma);
            }

            if (relation.StartsWith("obl", StringComparison.Ordinal) && AccordingTo(child) is { } according)
            {
                return new Found(according, child, "according to");
            }
        }

        return null;
    }

    /// <summary>The <c>according</c> of `according to X` under X, as a document token; null if none.</summary>
    private int? AccordingTo(int word)
    {
        foreach (var (child, relation) in _syntax.Dependents(word))
        {
            if (relation == "case" && Text(child).Equals("according", StringComparison.OrdinalIgnoreCase))
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The cue's source as a document token: its subject, its passive agent, else its governing verb's subject; -1 if none.</summary>
    private int SourceOf(int cue)
    {
        for (int w = cue, steps = 0; w >= 0 && steps < 4; steps++)
        {
            foreach (var (child, relation) in _syntax.Dependents(w))
            {
                if (relation is "nsubj" or "obl:agent")
                {
                    // `Karst Analytics, which put losses at $22 billion`: a relative pronoun stands for the noun its
                    // clause describes.
                    return IsRelativePronoun(child) && _syntax.RelationOf(w) is "acl:relcl" && _syntax.HeadOf(w) is >= 0 and var antecedent
                        ? antecedent
                        : child;
                }
            }

            // Only a participle takes the subject of the verb it hangs from (`gave a higher figure, saying that …`);
            // a finite `said` without a subject is a misparse of an inverted attribution, not a shared subject.
            if (!s_inheritsSubject.Contains(_syntax.BaseRelationOf(w)) || !Text(w).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            w = _syntax.HeadOf(w);
        }

        return -1;
    }

    private bool IsRelativePronoun(int token)
        => Text(token) is var word && (word.Equals("which", StringComparison.OrdinalIgnoreCase) || word.Equals("who", StringComparison.OrdinalIgnoreCase)
            || word.Equals("that", StringComparison.OrdinalIgnoreCase));

    /// <summary>The document token heading the words of a span in its sentence; -1 if unparsed.</summary>
    public int HeadOfSpan(TextSpan span) => PhraseHead(span);

    /// <summary>The lemma of a document token (lower case for common words), or null when untagged.</summary>
    public string? LemmaOf(int token) => _syntax.LemmaOf(token);

    /// <summary>The head of a document token and the relation it hangs by (-1 and empty at the root or unparsed).</summary>
    public (int Head, string Relation) Governor(int token) => (_syntax.HeadOf(token), _syntax.RelationOf(token));

    private ReadOnlySpan<char> Text(int token) => _text.AsSpan(_tokens[token].Span.Start, _tokens[token].Span.Length);

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

            if (Text(t) is "," && t + 1 < cue)
            {
                return new TextSpan(_tokens[t + 1].Span.Start, _tokens[cue - 1].Span.End);
            }
        }

        return default;
    }

    /// <summary>The first and last document token of the subtree of <paramref name="token"/>.</summary>
    public (int First, int Last) Phrase(int token) => _syntax.Subtree(token);

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
        => _syntax.Dependents(token).Where(d => d.Relation == "appos").Select(d => d.Token);

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
        if (t < 0 || n < 0 || !_syntax.SameTree(t, n))
        {
            return true;
        }

        // Up from the word the time hangs from, through nouns and figures only (`Saturday's elections`, `$10 million
        // in aid on Monday`): a verb on the way is a clause of its own.
        // A time that governs the number's clause is a parse gone wrong (`told reporters on Tuesday evening that 23
        // were missing`, the clause hung from `evening`): the time's own word stands where its verb should.
        if (_syntax.Dominates(t, n))
        {
            return true;
        }

        // A participle after a noun is part of the noun's phrase (`its own costing, released on June 2, was closer to
        // NZ$1.1bn`): the day dates the noun, and through it the figure.
        for (var w = _syntax.HeadOf(t); w >= 0; w = _syntax.HeadOf(w))
        {
            if (_syntax.Dominates(w, n))
            {
                return !SeparateClauseBetween(w, n, t);
            }

            if (_syntax.TagOf(w) is not (Upos.NOUN or Upos.PROPN or Upos.NUM or Upos.SYM)
                && !(_syntax.RelationOf(w) == "acl" && _syntax.TagOf(w) == Upos.VERB))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the way down from <paramref name="ancestor"/> to <paramref name="word"/> enters a clause that has its
    /// own time: a coordinated verb or parataxis (`declared Friday a day of mourning, and the government pledged
    /// USD15 million`) or a noun's infinitive (`marched on Tuesday against the decision to raise the price by 38
    /// percent`: the decision is not Tuesday's).
    /// </summary>
    private bool SeparateClauseBetween(int ancestor, int word, int time)
    {
        var fronted = time < ancestor;
        for (var w = word; w >= 0 && w != ancestor; w = _syntax.HeadOf(w))
        {
            var relation = _syntax.RelationOf(w);

            // A day written before the first verb (`On Tuesday every department stayed open and we kept 1,120 posts
            // staffed`) scopes over the verbs coordinated with it.
            if (fronted && relation == "conj")
            {
                continue;
            }

            // A day right before a coordinated verb's own clause, after its `and`, is that clause's, wherever the parse
            // hangs it (`… to Russia, and earlier this month, the White House released images … 1,000 containers`).
            if (relation == "conj" && time < w && !HasCoordinatorOrVerbBetween(time, w))
            {
                continue;
            }

            // A coordinated verb shares the time of the first when it shares its subject (`announced £10m on Monday,
            // and said a further £40m …`); with a subject of its own it is another statement (`the president declared
            // Friday a day of mourning, and the government pledged …`). One with its own `that` is one more complement
            // of the same verb (`told reporters on Tuesday that 23 were missing and that 4,860 had been moved`),
            // whatever the parse hangs it from.
            if (relation == "parataxis"
                || (relation == "conj" && _syntax.TagOf(w) is Upos.VERB or Upos.AUX
                    && _syntax.Dependents(w).Any(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal) || d.Relation == "csubj")
                    && !_syntax.Dependents(w).Any(d => d.Relation == "mark"))
                || (relation == "acl" && _syntax.Dependents(w).Any(d => d.Relation == "mark" && IsWord(d.Token, "to"))))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasCoordinatorOrVerbBetween(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (_syntax.TagOf(k) is Upos.CCONJ or Upos.VERB or Upos.AUX)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a date written after a number dates it (<c>rose to 58 on Monday</c>, <c>1.3m signatures as of Sunday</c>,
    /// <c>31,200 hectares in Monday's count</c>): only where both are parsed in one sentence, the date is no period's
    /// bound (<c>since Friday</c>), a possessive day belongs to a count or report noun (not <c>by Monday's
    /// earthquake</c>), and both lie in the same clause (not <c>X, which put losses at $22 billion, raised them on
    /// Monday</c>).
    /// </summary>
    public bool DatesFromAfter(TextSpan time, TextSpan number)
    {
        var t = PhraseHead(time);
        var n = PhraseHead(number);
        if (t < 0 || n < 0 || !_syntax.SameTree(t, n) || IsPeriodBound(time, t))
        {
            return false;
        }

        // A possessive day on a count noun (`Monday's count`) or on the very noun the number counts (`19 of
        // Thursday's fires`); not on another (`killed by Monday's earthquake`).
        if (_syntax.RelationOf(t) == "nmod:poss" && !_lexicon.CountNouns.Contains(_syntax.LemmaOf(_syntax.HeadOf(t)) ?? string.Empty)
            && _syntax.HeadOf(_syntax.HeadOf(t)) != n && _syntax.HeadOf(t) != _syntax.HeadOf(n) && !TakesPartIn(_syntax.HeadOf(t), n))
        {
            return false;
        }

        return ClauseOf(t) == ClauseOf(n) || Adjoining(number, time) || IsReleaseDate(t);
    }

    /// <summary>
    /// Whether a noun with a possessive day is the object or oblique of the verb whose subject the number counts
    /// (`about 38,000 people joined Saturday's march`, `took part in Wednesday's demonstrations`): the figure is the
    /// event's, and so is its day. Not a cause in a passive (`were killed by Monday's earthquake`: no subject).
    /// </summary>
    private bool TakesPartIn(int noun, int number)
    {
        var counted = _syntax.HeadOf(number);
        if (noun < 0 || counted < 0 || _syntax.RelationOf(noun) is not ("obj" or "obl"))
        {
            return false;
        }

        var verb = _syntax.HeadOf(noun);
        // The counted noun is the verb's subject, or the verb a participle or relative clause on it (`people joined …`
        // parsed as `people [who] joined …`).
        return verb >= 0 && _syntax.TagOf(verb) == Upos.VERB
            && ((_syntax.HeadOf(counted) == verb && _syntax.RelationOf(counted) == "nsubj")
                || (_syntax.HeadOf(verb) == counted && _syntax.RelationOf(verb) is "acl" or "acl:relcl"))
            && !_syntax.Dependents(noun).Any(d => d.Relation == "case" && WordOf(d.Token).Equals("by", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A count or report noun by its word (`figures`, tagged a verb at times: the tag is not asked).</summary>
    private bool IsReportNoun(int token) => _lexicon.CountNouns.Contains(WordOf(token)) || _lexicon.CountNouns.Contains(_syntax.LemmaOf(token) ?? string.Empty);

    /// <summary>
    /// Whether a date is the day a report came out (`according to figures the statistics office released on Friday`,
    /// `a report published on Monday`): it hangs from a participle or relative clause on a count or report noun
    /// (<c>count-nouns.txt</c>), reached through at most one other noun where the parse hangs the clause on the
    /// publisher's name. The figure is the report's, so is its day.
    /// </summary>
    private bool IsReleaseDate(int time)
    {
        var verb = _syntax.HeadOf(time);
        var noun = verb < 0 ? -1 : _syntax.HeadOf(verb);

        // An adverbial clause on a noun is a relative or participle clause the parse mislabelled.
        if (verb < 0 || noun < 0 || _syntax.TagOf(verb) != Upos.VERB
            || !(_syntax.RelationOf(verb) is "acl" or "acl:relcl" || (_syntax.RelationOf(verb) == "advcl" && IsReportNoun(noun))))
        {
            return false;
        }

        for (var step = 0; step < 2 && noun >= 0; step++, noun = _syntax.HeadOf(noun))
        {
            if (IsReportNoun(noun))
            {
                return true;
            }

            if (_syntax.TagOf(noun) is not (Upos.NOUN or Upos.PROPN))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a date follows a number closely in one stretch of words with no comma, conjunction, subordinator or
    /// relative word between them (`fewer than 1,500 employees had failed to report on Wednesday`): the number's
    /// clause by its words, where the parse splits them into two clauses.
    /// </summary>
    private bool Adjoining(TextSpan number, TextSpan time)
    {
        const int MaxWordsBetween = 8;
        var from = _tokens.FirstStartingAtOrAfter(number.End);
        var to = _tokens.FirstStartingAtOrAfter(time.Start);
        if (to - from > MaxWordsBetween)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (_tokens[k].Kind is not TokenKind.Word || _syntax.TagOf(k) is Upos.CCONJ or Upos.SCONJ
                || _lexicon.ClauseOpeners.Contains(_tokens[k].Span.Of(_text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a date after a number is the figure's own by its words: after <c>as of</c> (<c>61 missing as of
    /// Sunday</c>) or a possessive day on a count noun (<c>265,000 hectares in Monday's count</c>) or on the noun the
    /// number counts (<c>19 of Thursday's fires</c>). Such a date beats a
    /// nearer one before the number (<c>said on Wednesday, up from 265,000 hectares in Monday's count</c>).
    /// </summary>
    public bool IsOwnDate(TextSpan time, TextSpan number)
    {
        var t = PhraseHead(time);
        var n = PhraseHead(number);
        return IsAsOf(time) || (t >= 0 && _syntax.RelationOf(t) == "nmod:poss"
            && (_lexicon.CountNouns.Contains(_syntax.LemmaOf(_syntax.HeadOf(t)) ?? string.Empty)
                || (n >= 0 && (_syntax.HeadOf(_syntax.HeadOf(t)) == n || _syntax.HeadOf(t) == _syntax.HeadOf(n)))));
    }

    /// <summary>Whether the date is written after <c>as of</c> (<c>as of Sunday</c>).</summary>
    public bool IsAsOf(TextSpan time)
    {
        var first = _tokens.FirstStartingAtOrAfter(time.Start);
        return (first > 1 && IsWord(first - 1, "of") && IsWord(first - 2, "as"))
            || (first + 1 < _tokens.Count && IsWord(first, "as") && IsWord(first + 1, "of"));
    }

    /// <summary>
    /// The head of the clause a word belongs to: the nearest word at or above it that opens a clause (the root, a
    /// complement, adverbial or relative clause, parataxis, a clausal subject, a coordinated verb). A participle
    /// after a noun (<c>refugees crossed into Uganda on Monday</c>, <c>acl</c>) stays in its noun's clause: the day
    /// dates the counted people.
    /// </summary>
    private int ClauseOf(int token)
    {
        for (var w = token; w >= 0; w = _syntax.HeadOf(w))
        {
            var relation = _syntax.RelationOf(w);
            if (relation is "root" or "ccomp" or "advcl" or "parataxis" or "csubj" or "acl:relcl" or "advcl:relcl"
                || (relation == "conj" && _syntax.TagOf(w) is Upos.VERB or Upos.AUX))
            {
                return w;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a date is the start or end of a period: a word of <c>period-words.txt</c> as its case marker in the
    /// parse or as the word right before it (<c>since Friday</c>, <c>until March</c>).
    /// </summary>
    public bool IsPeriodBound(TextSpan time)
    {
        var t = PhraseHead(time);
        return IsPeriodBound(time, t);
    }

    /// <summary>Whether the date is written after <c>in</c> or <c>as of</c> (<c>in August</c>, <c>as of March</c>).</summary>
    public bool IsInOrAsOf(TextSpan time)
    {
        var first = _tokens.FirstStartingAtOrAfter(time.Start);
        return (first > 0 && IsWord(first - 1, "in")) || (first < _tokens.Count && IsWord(first, "in")) || IsAsOf(time) || IsEndOf(time);
    }

    /// <summary>Whether the date is written after <c>the end of</c> (<c>2.4 percent at the end of January</c>).</summary>
    public bool IsEndOf(TextSpan time)
    {
        var first = _tokens.FirstStartingAtOrAfter(time.Start);
        return (first > 1 && IsWord(first - 1, "of") && IsWord(first - 2, "end"))
            || (first + 2 < _tokens.Count && IsWord(first, "the") && IsWord(first + 1, "end") && IsWord(first + 2, "of"));
    }

    private bool IsWord(int token, string word) => _tokens[token].Span.Of(_text).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsPeriodBound(TextSpan time, int head)
    {
        // `up from Monday's count of 29`: before a possessive day the word governs the noun it owns, not the day.
        var first = _tokens.FirstStartingAtOrAfter(time.Start);
        var possessive = _text.AsSpan(time.End).StartsWith("'s", StringComparison.Ordinal) || _text.AsSpan(time.End).StartsWith("’s", StringComparison.Ordinal);
        if ((first > 0 && !possessive && _lexicon.PeriodWords.Contains(_tokens[first - 1].Span.Of(_text)))
            || (first < _tokens.Count && _lexicon.PeriodWords.Contains(_tokens[first].Span.Of(_text))))
        {
            return true;
        }

        if (head >= 0)
        {
            foreach (var (token, relation) in _syntax.Dependents(head))
            {
                if (relation is "case" or "mark" && _lexicon.PeriodWords.Contains(_tokens[token].Span.Of(_text)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The document token heading the words of <paramref name="span"/> in its sentence (its word whose head lies
    /// outside them); -1 if its first word is unparsed.
    /// </summary>
    private int PhraseHead(TextSpan span)
    {
        var first = _tokens.FirstStartingAtOrAfter(span.Start);
        if (first >= _tokens.Count || _tokens[first].Span.Start >= span.End || !_syntax.IsParsed(first))
        {
            return -1;
        }

        var last = first;
        while (last + 1 < _tokens.Count && _tokens[last + 1].Span.End <= span.End && _syntax.SameTree(first, last + 1))
        {
            last++;
        }

        return _syntax.HeadWithin(first, last);
    }

    /// <summary>Whether a word of <paramref name="span"/> hangs from the document token <paramref name="cue"/>.</summary>
    public bool AttachedTo(TextSpan span, int cue)
    {
        for (var t = _tokens.FirstStartingAtOrAfter(span.Start); t < _tokens.Count && _tokens[t].Span.Start < span.End; t++)
        {
            if (_syntax.IsParsed(cue) && _syntax.HeadOf(t) == cue)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The dependents of a document token as document tokens, with their relations.</summary>
    public IEnumerable<(int Token, string Relation)> Dependents(int token) => _syntax.Dependents(token);

    /// <summary>The text of a span of the document.</summary>
    public ReadOnlySpan<char> TextOf(TextSpan span) => _text.AsSpan(span.Start, span.Length);

    /// <summary>The token's text.</summary>
    public string WordOf(int token) => Text(token).ToString();

    /// <summary>Whether a document token is a noun (common or proper).</summary>
    public bool IsNoun(int token) => _syntax.TagOf(token) is Upos.NOUN or Upos.PROPN;

    /// <summary>Whether a document token is a pronoun (the quote stage and coreference say whom it means).</summary>
    public bool IsPronoun(int token) => _syntax.TagOf(token) == Upos.PRON;
}
