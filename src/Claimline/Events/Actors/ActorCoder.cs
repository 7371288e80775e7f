using Claimline.Entities.Coreference;
using Claimline.Entities.Resolution;
using Claimline.Events.Dictionaries;
using Claimline.Model;
using Claimline.Syntax;

namespace Claimline.Events.Actors;

/// <summary>
/// Gives the noun phrase headed by a token a CAMEO actor code, from what Claimline already knows of it: the referent it
/// names or refers back to (a country → <c>RUS</c>; a person → their role's country and agent, <c>Foreign Minister</c>
/// → <c>…GOV</c>; a body → its Phoenix code, <c>IGOUNO</c>, or its country and agent), else an agent noun
/// (<c>troops</c>, <c>police</c>, <c>protesters</c>) with the country its phrase names (<c>Russian troops</c>,
/// <c>police in Lagos</c>) or the story's dateline gives. Null when the phrase is no actor (<c>aid</c>, <c>the port</c>).
/// Built per document on one thread.
/// </summary>
internal sealed class ActorCoder
{
    private const double MinAnaphorConfidence = 0.5;

    /// <summary>How far back (characters) a description looks for the body it describes: about three paragraphs.</summary>
    private const int DescriptionReach = 1500;

    private static readonly Lazy<HashSet<string>> s_descriptionNouns = new(() =>
        Claimline.Resources.ResourceFile.ReadList("Events/Resources/en/description-nouns.txt").ToHashSet(StringComparer.OrdinalIgnoreCase));

    private readonly HashSet<string> _descriptionNouns = s_descriptionNouns.Value;

    private static readonly Lazy<HashSet<string>> s_authorParticiples = new(() =>
        Claimline.Resources.ResourceFile.ReadList("Events/Resources/en/author-participles.txt").ToHashSet(StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<Dictionary<string, string>> s_metonyms = new(() =>
        Claimline.Resources.ResourceFile.ReadTable("Events/Resources/en/metonyms.tsv", "name", "code")
            .ToDictionary(r => r.Fields[0], r => r.Fields[1], StringComparer.Ordinal));

    private static readonly HashSet<string> s_phraseRelations =
        ["compound", "flat", "amod", "det", "nmod:poss", "nummod", "fixed", "case", "nmod", "goeswith", "appos"];

    private readonly EventContext _context;
    private readonly AgentDictionary _agents;
    private readonly ActorDictionary _actors;
    private readonly CountryCodes _countries;
    private readonly Dictionary<int, EventActor?> _coded = [];

    /// <summary>The heads coded so far whose own words gave a country, by lemma, in coding order (<see cref="EarlierAgent"/>).</summary>
    private readonly Dictionary<string, List<(int Head, EventActor Actor)>> _withCountryByLemma = new(StringComparer.Ordinal);
    private readonly HashSet<int> _inferred = [];

    public ActorCoder(EventContext context, AgentDictionary agents, ActorDictionary actors, CountryCodes countries)
    {
        _context = context;
        _agents = agents;
        _actors = actors;
        _countries = countries;
    }

    /// <summary>Whether the actor of <paramref name="head"/> (coded before) took its country from the scene or the dateline, not from its own words.</summary>
    public bool HasInferredCountry(int head) => _inferred.Contains(head);

    /// <summary>The actor the phrase headed by <paramref name="head"/> names, or null.</summary>
    public EventActor? Code(int head)
    {
        // The same phrase is asked about by several verbs and rules of a sentence: code it once.
        if (!_coded.TryGetValue(head, out var actor))
        {
            actor = Code(head, 0);
            _coded[head] = actor;
            if (actor is { Country: not null } && !_inferred.Contains(head) && _context.Syntax.LemmaOf(head) is { } lemma)
            {
                if (!_withCountryByLemma.TryGetValue(lemma, out var heads))
                {
                    _withCountryByLemma[lemma] = heads = [];
                }

                heads.Add((head, actor));
            }
        }

        return actor;
    }

    private EventActor? Code(int head, int depth)
    {
        var syntax = _context.Syntax;
        var tokens = PhraseTokens(head);
        var first = tokens.Where(t => !(syntax.HeadOf(t) == head && syntax.RelationOf(t) == "case")).DefaultIfEmpty(head).Min();
        var span = new TextSpan(_context.SpanOf(first).Start, _context.SpanOf(tokens.Max()).End);
        var headSpan = _context.SpanOf(head);

        // `vetoed a British-drafted resolution`: what a country drafted or leads stands for that country.
        if (AuthorOf(_context, head) is { } author && _countries.Cameo(author) is { } authorCode)
        {
            return new EventActor(span, authorCode, span.Of(_context.Text), null, author);
        }

        // `criticised Brussels`: a seat standing for the body seated there (en/metonyms.tsv), only as the whole phrase.
        if (tokens.Count == 1 && s_metonyms.Value.GetValueOrDefault(_context.WordOf(head)) is { } seated)
        {
            return new EventActor(span, seated, _context.WordOf(head), null, null);
        }

        // The referent the head names, or the one a pronoun or role noun on the head refers back to.
        Referent? named = null;
        foreach (var m in _context.Mentions.Spans.Overlapping(headSpan))
        {
            named = _context.Mentions.ReferentOf(m);
            break;
        }

        if (named is null)
        {
            foreach (var a in _context.AnaphorIndex.Overlapping(headSpan))
            {
                var link = _context.Anaphora[a];
                if (link.Confidence >= MinAnaphorConfidence && link.Referent >= 0 && link.Referent < _context.Referents.Count)
                {
                    named = _context.Referents[link.Referent];
                    break;
                }
            }
        }

        // A person named inside a phrase headed by their title (`Secretary of State Mark Hollis`, `the minister, Li Wen`).
        if (named is null)
        {
            foreach (var t in tokens)
            {
                foreach (var m in _context.Mentions.Spans.Overlapping(_context.SpanOf(t)))
                {
                    if (_context.Mentions.ReferentOf(m) is { Kind: ReferentKind.Person } person)
                    {
                        named = person;
                        break;
                    }
                }

                if (named is not null)
                {
                    break;
                }
            }
        }

        // `the al-Shabaab militant group`, `the M23 movement`: a body named in a compound before a group noun is the body.
        named ??= NamedBeforeGroupNoun(head);

        // `the fund`, `the alliance`: a description of a body named before.
        named ??= DescribedBody(head);

        // `Russian troops`, `Kenyan police`: a nationality on an agent noun gives the country, the noun the role.
        if (named is { Kind: ReferentKind.Country or ReferentKind.Group or ReferentKind.Place } && syntax.TagOf(head) == Upos.NOUN
            && AgentOf(tokens, head) is { Prefix: false } sector && _countries.Cameo(named.Country) is { } nation)
        {
            return new EventActor(span, nation + Role(sector.Code), named.Canonical, named.Key, named.Country);
        }

        if (named is not null && CodeOf(named, span) is { } code)
        {
            return new EventActor(span, code, named.Canonical, named.Key, named.Country);
        }

        // `a police convoy`, `military targets`: an agent word modifying a thing stands for its owner.
        var agent = AgentOf(tokens, head);
        if (agent is null)
        {
            foreach (var (child, relation) in syntax.Dependents(head))
            {
                if (relation is "compound" or "amod" && AgentOf([child], child) is { Prefix: false } modifier)
                {
                    agent = modifier;
                    break;
                }
            }
        }

        if (agent is null)
        {
            // `dozens of protesters`, `members of the opposition`: the actor is what the quantity counts.
            if (depth < 2 && OfPhrase(head) is var of and >= 0)
            {
                return Code(of, depth + 1);
            }

            // `the Ukrainian port of Odesa`, `a NATO member`, `Egypt's central bank`: a thing or part of an actor stands
            // for the actor, as GDELT codes it.
            foreach (var m in InTextOrder(span))
            {
                var owner = _context.Mentions.ReferentOf(m);
                if (CodeOf(owner, span) is { } ownerCode)
                {
                    return new EventActor(span, ownerCode, owner.Canonical, owner.Key, owner.Country);
                }
            }

            return CountryInPhrase(span, exceptAt: default) is { } ownerCountry && _countries.Cameo(ownerCountry) is { } nationCode
                ? new EventActor(span, nationCode, span.Of(_context.Text), null, ownerCountry)
                : null;
        }

        // `European Union foreign ministers`, `ASEAN leaders`, `NATO troops`: agents of an international body act for it.
        foreach (var m in InTextOrder(span))
        {
            var owner = _context.Mentions.ReferentOf(m);
            if (owner.Kind == ReferentKind.Organization && CodeOf(owner, span) is { } body && body.StartsWith("IGO", StringComparison.Ordinal))
            {
                return new EventActor(span, body, owner.Canonical, owner.Key, owner.Country);
            }
        }

        // `the farmers` after `Polish farmers`: a definite agent noun is the one named with its country shortly before.
        if (EarlierAgent(head) is { } earlier)
        {
            _inferred.Remove(head);
            return earlier with { Span = span };
        }

        // Police, soldiers and residents belong to the place the sentence tells of (`in the Darfur town of Geneina`), else
        // to the country the story is filed from; gunmen and rebels only to a place the sentence names.
        var country = CountryInPhrase(span, exceptAt: headSpan) ?? named?.Country ?? SceneCountry(headSpan.Start)
            ?? _context.DatelineCountry(headSpan.Start) ?? _context.ArticleCountry;
        var root = _countries.Cameo(country) ?? "---";
        if (country is not null && CountryInPhrase(span, exceptAt: headSpan) is null && named?.Country is null)
        {
            _inferred.Add(head);
        }

        var actor = agent.Prefix ? agent.Code + (root == "---" ? string.Empty : root) : root + Role(agent.Code);
        var name = named?.Canonical ?? span.Of(_context.Text);
        return new EventActor(span, actor, name, named?.Key, country);
    }

    /// <summary>
    /// For a definite agent noun with no country of its own (`the farmers`, `the rebels`), the actor coded last, within
    /// a few paragraphs before it, on a phrase headed by the same noun whose own words gave its country; else null.
    /// </summary>
    private EventActor? EarlierAgent(int head)
    {
        var syntax = _context.Syntax;
        if (!syntax.Dependents(head).Any(d => d.Relation == "det" && _context.WordOf(d.Token).Equals("the", StringComparison.OrdinalIgnoreCase))
            || syntax.Dependents(head).Any(d => d.Relation is "amod" or "compound" or "nmod:poss" or "nmod"))
        {
            return null;
        }

        if (syntax.LemmaOf(head) is not { } lemma || !_withCountryByLemma.TryGetValue(lemma, out var heads))
        {
            return null;
        }

        // Heads are coded in text order, sentence by sentence: the nearest earlier one is found from the end.
        var at = _context.SpanOf(head).Start;
        EventActor? found = null;
        var nearest = -1;
        for (var i = heads.Count - 1; i >= 0; i--)
        {
            var (other, actor) = heads[i];
            if (other < head && other > nearest && at - _context.SpanOf(other).Start <= DescriptionReach)
            {
                found = actor;
                nearest = other;
            }
            else if (at - _context.SpanOf(other).Start > DescriptionReach)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>An organization named by a compound of <paramref name="head"/> when the head is a noun of <c>description-nouns.txt</c>.</summary>
    private Referent? NamedBeforeGroupNoun(int head)
    {
        var syntax = _context.Syntax;
        if (syntax.TagOf(head) != Upos.NOUN || !_descriptionNouns.Contains((syntax.LemmaOf(head) ?? _context.WordOf(head)).ToLowerInvariant()))
        {
            return null;
        }

        foreach (var (child, relation) in syntax.Dependents(head))
        {
            if (relation is not ("compound" or "amod" or "flat"))
            {
                continue;
            }

            foreach (var m in _context.Mentions.Spans.Overlapping(_context.SpanOf(child)))
            {
                // The tagger often reads `al-Shabaab` as misc: a name the actor dictionaries know is a body all the same.
                var body = _context.Mentions.ReferentOf(m);
                if (body.Kind == ReferentKind.Organization || (body.Kind == ReferentKind.Other && _actors.Lookup(body.Canonical, _context.Date) is not null))
                {
                    return body;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The body a definite description refers back to (<c>the fund</c>, <c>the alliance</c>): the organization named last
    /// before it, within a few paragraphs, whose name holds the noun, else, for a noun of <c>description-nouns.txt</c>, the
    /// organization named last. Null for other nouns.
    /// </summary>
    private Referent? DescribedBody(int head)
    {
        if (_context.Syntax.TagOf(head) != Upos.NOUN)
        {
            return null;
        }

        var noun = (_context.Syntax.LemmaOf(head) ?? _context.WordOf(head)).ToLowerInvariant();
        var generic = _descriptionNouns.Contains(noun);
        var at = _context.SpanOf(head).Start;
        Referent? last = null;
        var candidates = _context.Mentions.Spans.StartingBetween(at - DescriptionReach, at);
        for (var k = candidates.Length - 1; k >= 0; k--)
        {
            var m = candidates[k];
            if (_context.Mentions.Spans[m].End > at)
            {
                continue;
            }

            var referent = _context.Mentions.ReferentOf(m);
            if (referent.Kind != ReferentKind.Organization)
            {
                continue;
            }

            if (referent.Canonical.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals(noun, StringComparison.OrdinalIgnoreCase)))
            {
                return referent;
            }

            last ??= referent;
        }

        return generic ? last : null;
    }

    /// <summary>The agent named by the longest run of the head's compounds and adjectives ending at the head, or null.</summary>
    private Agent? AgentOf(List<int> tokens, int head)
    {
        var words = new List<string>();
        var lemmas = new List<string>();
        foreach (var t in tokens.Where(t => t <= head && IsNounWord(t, head)).Order())
        {
            var word = _context.WordOf(t).ToUpperInvariant();
            words.Add(word);
            lemmas.Add((_context.Syntax.LemmaOf(t) ?? word).ToUpperInvariant());
        }

        return words.Count == 0 ? null : _agents.LongestEndingAt(words, lemmas);
    }

    /// <summary>The code of a referent: its country and role, or an international body's code.</summary>
    private string? CodeOf(Referent referent, TextSpan phrase)
    {
        switch (referent.Kind)
        {
            case ReferentKind.Country:
            case ReferentKind.Place:
                return _countries.Cameo(referent.Country);
            case ReferentKind.Group:
                // A people stands for its country (`Ukrainians`); an armed or political group has a code of its own (`the Houthis`).
                return _countries.Cameo(referent.Country) ?? KnownName(referent);
            case ReferentKind.Person:
                {
                    var country = _countries.Cameo(referent.Country);
                    string? organization = null;
                    Agent? role = null;
                    foreach (var r in referent.Roles)
                    {
                        role ??= AgentOfTitle(r.Title);
                        if (r.Organization is { } org && _actors.Lookup(org, _context.Date) is { } orgCode)
                        {
                            organization ??= orgCode;
                        }
                    }

                    // An official of an international body acts for it, unless a country of their own is written.
                    if (organization is not null && (country is null || referent.Roles.All(r => r.Source is RoleSource.Dateline or RoleSource.None)))
                    {
                        return organization;
                    }

                    if (country is null)
                    {
                        return _actors.Lookup(referent.Canonical, _context.Date) ?? IntroducedAs(referent);
                    }

                    return country + (role is { Prefix: false } ? Role(role.Code) : string.Empty);
                }

            case ReferentKind.Organization:
                {
                    if (KnownName(referent) is { } known)
                    {
                        return known;
                    }

                    var words = referent.Canonical.ToUpperInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
                    var agent = AgentOfWords(words);
                    var country = _countries.Cameo(referent.Country ?? CountryInPhrase(phrase, exceptAt: default));
                    if (agent is null)
                    {
                        return null;
                    }

                    country ??= _countries.Cameo(_context.DatelineCountry(phrase.Start));
                    return agent.Prefix ? agent.Code + (country ?? string.Empty) : (country ?? "---") + Role(agent.Code);
                }

            case ReferentKind.Other:
                // A name the tagger read as misc (`al-Shabaab`) that the actor dictionaries know.
                return KnownName(referent);

            default:
                return null;
        }
    }

    /// <summary>
    /// The code of the noun phrase a person was introduced with, when no role gave them a country: `a Pakistani diplomat
    /// named Ali Raza`, `Ali Raza, a Pakistani diplomat,` → the diplomat's code. Null when there is none.
    /// </summary>
    private string? IntroducedAs(Referent person)
    {
        var syntax = _context.Syntax;
        var first = person.Mentions.Count > 0 ? person.Mentions[0] : person.Span;
        var tokens = _context.TokenIndex.Overlapping(first);
        if (tokens.Count == 0)
        {
            return null;
        }

        var name = syntax.HeadWithin(tokens.Min(), tokens.Max());
        var candidates = new List<int>();
        var head = syntax.HeadOf(name);
        if (head >= 0 && syntax.TagOf(head) == Upos.VERB && syntax.BaseRelationOf(head) == "acl")
        {
            head = syntax.HeadOf(head); // `a diplomat named X`
        }

        if (head >= 0 && syntax.BaseRelationOf(name) is "appos" or "xcomp" or "acl")
        {
            candidates.Add(head);
        }

        foreach (var (child, relation) in syntax.Dependents(name))
        {
            if (relation == "appos")
            {
                candidates.Add(child); // `X, a Pakistani diplomat,`
            }
        }

        foreach (var noun in candidates)
        {
            if (syntax.TagOf(noun) != Upos.NOUN)
            {
                continue;
            }

            var phrase = PhraseTokens(noun);
            var span = new TextSpan(_context.SpanOf(phrase.Min()).Start, _context.SpanOf(phrase.Max()).End);
            if (AgentOf(phrase, noun) is { Prefix: false } agent && CountryInPhrase(span, exceptAt: _context.SpanOf(noun)) is { } country
                && _countries.Cameo(country) is { } code)
            {
                return code + Role(agent.Code);
            }
        }

        return null;
    }

    /// <summary>The Phoenix code of the referent's canonical name or of any of its mentions, or null.</summary>
    private string? KnownName(Referent referent)
    {
        if (_actors.Lookup(referent.Canonical, _context.Date) is { } known)
        {
            return known;
        }

        foreach (var mention in referent.Mentions)
        {
            if (_actors.Lookup(mention.Of(_context.Text), _context.Date) is { } byMention)
            {
                return byMention;
            }
        }

        return null;
    }

    private Agent? AgentOfTitle(string title)
        => AgentOfWords(title.ToUpperInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The agent of the longest run ending at some word, scanning from the last word back (<c>Ministry of Defence</c> → MINISTRY).</summary>
    private Agent? AgentOfWords(string[] words)
    {
        for (var end = words.Length; end > 0; end--)
        {
            var slice = words[..end];
            if (_agents.LongestEndingAt(slice, slice) is { } agent)
            {
                return agent;
            }
        }

        return null;
    }

    /// <summary>The first country a referent in the phrase (other than at the head) gives: <c>Russian</c>, <c>in Lagos</c>, <c>Kenya's</c>, <c>its</c>.</summary>
    private string? CountryInPhrase(TextSpan phrase, TextSpan exceptAt)
    {
        foreach (var a in _context.AnaphorIndex.Overlapping(phrase))
        {
            var link = _context.Anaphora[a];
            if (!link.Span.Overlaps(exceptAt) && link.Confidence >= MinAnaphorConfidence && link.Referent >= 0 && link.Referent < _context.Referents.Count
                && _context.Referents[link.Referent].Country is { } linked)
            {
                return linked;
            }
        }

        foreach (var m in InTextOrder(phrase))
        {
            if (_context.Mentions.Spans[m].Overlaps(exceptAt))
            {
                continue;
            }

            if (_context.Mentions.ReferentOf(m).Country is { } country)
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>The object of an <c>of</c> phrase on the head (<c>dozens of protesters</c>), or -1.</summary>
    private int OfPhrase(int head)
    {
        foreach (var (child, relation) in _context.Syntax.Dependents(head))
        {
            if (relation.StartsWith("nmod", StringComparison.Ordinal) && relation != "nmod:poss")
            {
                if (_context.CaseOf(child) == "of")
                {
                    return child;
                }
            }
        }

        return -1;
    }

    /// <summary>The country of the first place (a town, a region: not a country, which may be an actor) the sentence names, or null.</summary>
    private string? SceneCountry(int offset)
    {
        var sentence = _context.SentenceAt(offset);
        if (sentence.IsEmpty)
        {
            return null;
        }

        foreach (var m in InTextOrder(sentence))
        {
            if (_context.Mentions.ReferentOf(m) is { Kind: ReferentKind.Place, Country: { } country })
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>
    /// `both countries`, `the two governments`, `both sides` (<c>pair-nouns.tsv</c>): the two countries named last before
    /// the phrase (by name or nationality), within a few paragraphs, other than <paramref name="except"/> (the acting
    /// side's own), as two actors (with the noun's role: `the two governments` → their GOV); null for any other phrase
    /// or where fewer than two countries were named.
    /// </summary>
    public IReadOnlyList<EventActor>? Pair(int head, string? except = null)
    {
        var syntax = _context.Syntax;
        var noun = _context.WordOf(head).ToLowerInvariant();
        if (!s_pairNouns.Value.TryGetValue(noun, out var role)
            || !syntax.Dependents(head).Any(d => _context.WordOf(d.Token) is "both" or "Both" or "two"))
        {
            return null;
        }

        var at = _context.SpanOf(head).Start;
        var found = new List<(string Country, Referent Referent)>(2);
        var mentions = InTextOrder(new TextSpan(Math.Max(0, at - DescriptionReach), at));
        for (var i = mentions.Count - 1; i >= 0 && found.Count < 2; i--)
        {
            var referent = _context.Mentions.ReferentOf(mentions[i]);
            if (referent is { Kind: ReferentKind.Country or ReferentKind.Group, Country: { } country } && !found.Any(f => f.Country == country)
                && country != except && _countries.Cameo(country) is not null)
            {
                found.Add((country, referent));
            }
        }

        if (found.Count < 2)
        {
            return null;
        }

        var span = _context.SpanOf(head);
        return [.. found.Select(f => new EventActor(span, _countries.Cameo(f.Country) + (role == "-" ? string.Empty : role), f.Referent.Canonical, f.Referent.Key, f.Country))];
    }

    private static readonly Lazy<Dictionary<string, string>> s_pairNouns = new(() =>
        Claimline.Resources.ResourceFile.ReadTable("Events/Resources/en/pair-nouns.tsv", "noun", "role")
            .ToDictionary(r => r.Fields[0].Trim(), r => r.Fields[1].Trim(), StringComparer.OrdinalIgnoreCase));

    /// <summary>The mentions overlapping a span, first in the text first (the index orders them by referent).</summary>
    private List<int> InTextOrder(TextSpan span)
    {
        var found = _context.Mentions.Spans.Overlapping(span);
        found.Sort((a, b) => _context.Mentions.Spans[a].Start.CompareTo(_context.Mentions.Spans[b].Start));
        return found;
    }

    /// <summary>The first role code of an agent (<c>GOVHLH</c> → <c>GOV</c>): one role after the country, as GDELT's actor codes mostly have.</summary>
    private static string Role(string code) => code.Length > 3 ? code[..3] : code;

    private bool IsNounWord(int token, int head)
    {
        if (token == head)
        {
            return true;
        }

        var relation = _context.Syntax.RelationOf(token);
        return relation is "compound" or "amod" or "flat" && _context.Syntax.HeadOf(token) == head;
    }

    /// <summary>The head and the words that belong to its noun phrase: compounds, adjectives, possessives and attached prepositional phrases.</summary>
    /// <summary>Whether <paramref name="head"/> is modified by `British-drafted`, `Saudi-led` and the like.</summary>
    public static bool NamesAuthor(EventContext context, int head) => AuthorOf(context, head) is not null;

    /// <summary>
    /// The country of a `British-drafted` modifying <paramref name="head"/>, or modifying a compound on it (`a
    /// Norwegian-drafted Security Council resolution`, parsed with the modifier on `Council`); null if none.
    /// </summary>
    private static string? AuthorOf(EventContext context, int head)
    {
        foreach (var (child, relation) in context.Syntax.Dependents(head))
        {
            if (relation is not ("amod" or "compound"))
            {
                continue;
            }

            if (AuthorCountry(context.WordOf(child)) is { } country)
            {
                return country;
            }

            foreach (var (grandchild, inner) in context.Syntax.Dependents(child))
            {
                if (relation == "compound" && inner is "amod" or "compound" && AuthorCountry(context.WordOf(grandchild)) is { } deeper)
                {
                    return deeper;
                }
            }
        }

        return null;
    }

    /// <summary>The country of `British-drafted`, `Saudi-led` (en/author-participles.txt); null for any other word.</summary>
    private static string? AuthorCountry(string word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && s_authorParticiples.Value.Contains(word[(dash + 1)..])
            && EntityDirectory.English.Lookup(word[..dash]) is { Via: "demonym", Country: { } country } ? country : null;
    }

    private List<int> PhraseTokens(int head)
    {
        var result = new List<int> { head };
        var stack = new Stack<int>();
        stack.Push(head);
        while (stack.Count > 0 && result.Count < 64)
        {
            var word = stack.Pop();
            foreach (var (child, relation) in _context.Syntax.Dependents(word))
            {
                // `police in Lagos`, `the port of Odesa` belong to the phrase; `a convoy near the Somali border` does not.
                var nominal = relation.StartsWith("nmod", StringComparison.Ordinal) && relation != "nmod:poss";
                if (nominal && _context.CaseOf(child) is { } preposition && preposition is not ("of" or "in"))
                {
                    continue;
                }

                if (s_phraseRelations.Contains(relation) || nominal
                    || relation.StartsWith("compound", StringComparison.Ordinal) || relation.StartsWith("flat", StringComparison.Ordinal))
                {
                    result.Add(child);
                    stack.Push(child);
                }
            }
        }

        return result;
    }
}
