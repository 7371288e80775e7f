using Claimline.Entities.Resolution;
using Claimline.Events.Actors;
using Claimline.Events.Cameo;
using Claimline.Events.Dictionaries;
using Claimline.Model;
using Claimline.Resources;
using Claimline.Syntax;

namespace Claimline.Events;

/// <summary>
/// Codes the events of a document, verb by verb, on its dependency parse, in the manner of UniversalPetrarch: a verb
/// of the CAMEO dictionary, its subject as source (the passive agent for a passive), its object as target (the passive
/// subject, else a prepositional object: <c>met with</c>, <c>fired on</c>), the most specific dictionary pattern over
/// its objects and prepositional phrases for the code. A verb that governs another through <c>xcomp</c> combines with
/// it on PETRARCH's ontology (<c>threatened to attack</c> → 138, <c>refused to meet</c> → 125); where they do not combine,
/// the governed action is marked hypothetical (<c>plans to deploy</c>) or negated (<c>denied sending</c>). Both sides must
/// be actors (PETRARCH's <c>require_dyad</c>); coordinated subjects or objects give one event per pair. An action
/// under a reporting verb keeps who reported it.
/// </summary>
public sealed class EventCoder
{
    private static readonly string[] s_targetPrepositions = ["with", "against", "on", "upon", "to", "into", "toward", "towards", "at", "from", "over", "for", "of", "between"];
    private static readonly HashSet<string> s_subjects = ["nsubj", "nsubj:outer"];

    /// <summary>CAMEO's general rejection, the code of a refusal before what is refused refines it.</summary>
    private const string RefusalCode = "120";

    /// <summary>CAMEO's plain statement (make a statement, not specified).</summary>
    private const string StatementCode = "010";

    /// <summary>CAMEO's accusation (112) and legal charge (173).</summary>
    private const string AccusationCode = "112", ChargeCode = "173";

    /// <summary>CAMEO's general intent to cooperate, the code of an agreement to act before what is agreed refines it.</summary>
    private const string IntentCode = "030";

    /// <summary>PETRARCH's code for sending forces (SEND: * &amp;MILITARY): military cooperation.</summary>
    private const string MilitaryCooperationCode = "062";

    private static readonly Lazy<HashSet<string>> s_postureWords = new(() =>
        ResourceFile.ReadList("Events/Resources/en/posture-words.txt").ToHashSet(StringComparer.OrdinalIgnoreCase));


    /// <summary>The relations through which an appeal or demand reaches what it asks for, in the order they are searched.</summary>
    private static readonly string[] s_requestRelations = ["xcomp", "ccomp", "obj", "obl", "acl"];

    private readonly VerbDictionary _verbs;
    private readonly AgentDictionary _agents;
    private readonly ActorDictionary _actors;
    private readonly CountryCodes _countries;
    private readonly CameoCodes _codes;
    private readonly RequestCodes _requests;
    private readonly Dictionary<string, Dictionary<string, string>> _refinements;
    private readonly Dictionary<string, string> _words;

    private static readonly Lazy<(Dictionary<string, string> Verbs, HashSet<string> Currencies, Dictionary<string, string> Codes)> s_aid = new(() => (
        LoadWords("Events/Resources/en/aid-verbs.tsv"),
        ResourceFile.ReadList("Events/Resources/en/currency-words.txt").ToHashSet(StringComparer.OrdinalIgnoreCase),
        LoadWords("Events/Resources/cameo/aid-codes.tsv", "category", "provide")));

    public EventCoder(VerbDictionary verbs, AgentDictionary agents, ActorDictionary actors, CountryCodes countries, CameoCodes codes, IReadOnlyDictionary<string, string> words)
    {
        _verbs = verbs;
        _agents = agents;
        _actors = actors;
        _countries = countries;
        _codes = codes;
        _requests = RequestCodes.English;
        _refinements = LoadRefinements("Events/Resources/cameo/code-refinements.tsv");
        _words = new Dictionary<string, string>(words, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The coder with the dictionaries shipped with Claimline.</summary>
    public static EventCoder English { get; } = new(
        VerbDictionary.English, AgentDictionary.English, ActorDictionary.English, CountryCodes.English, CameoCodes.English, LoadWords("Events/Resources/en/event-words.tsv"));

    public IReadOnlyList<Event> Code(Document document)
    {
        var context = new EventContext(document);
        if (context.Tokens.Count == 0 || !document.TryGet(Layers.Syntax, out var trees) || trees.Count == 0)
        {
            return [];
        }

        var actors = new ActorCoder(context, _agents, _actors, _countries);
        var events = new List<Event>();
        var actions = new Dictionary<int, Action>();
        foreach (var tree in trees)
        {
            actions.Clear();
            for (var w = 0; w < tree.Length; w++)
            {
                var token = tree.FirstToken + w;
                if (token < context.Tokens.Count && Read(context, token) is { } action)
                {
                    actions[token] = action;
                }
            }

            var coded = new HashSet<int>();
            foreach (var (token, action) in actions)
            {
                // A governed action (xcomp) is coded with its governor: combined, or flagged by it.
                var relation = context.Syntax.BaseRelationOf(token);
                var governor = context.Syntax.HeadOf(token);
                if (relation == "xcomp" && actions.TryGetValue(governor, out var upper) && Absorb(upper, action) is not null)
                {
                    continue;
                }

                // What an appeal or demand asks for (`demanded that Iran release …`) is its content, not an event.
                if (relation is "xcomp" or "ccomp" && actions.TryGetValue(governor, out var request)
                    && request.Code is ['0', '2', ..] or ['1', '0', ..])
                {
                    continue;
                }

                var before = events.Count;
                Emit(context, actors, actions, token, action, events);
                if (events.Count > before)
                {
                    coded.Add(token);
                }
            }

            MaterialAid(context, actors, tree, coded, events);
        }

        events.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Trigger.Start.CompareTo(b.Trigger.Start));
        return events;
    }

    /// <summary>
    /// A coded verb: its code (null: the verb codes nothing alone), the pattern that gave it, and whether it is a refusal
    /// of the action it governs (<c>refused to release</c>).
    /// </summary>
    private sealed record Action(VerbEntry Entry, VerbPattern? Pattern, string? Code, string? Reverse, int Last, bool CodesGoverned = false);

    /// <summary>
    /// The one code of a verb and the action it governs through xcomp, or null when they stay two events: their sum on
    /// PETRARCH's ontology (<c>threatened to attack</c> → 138), or a refusal's own code, whose sub-code then names what
    /// is refused (<c>refused to release</c> → 1243, <c>refused to meet</c> → 125).
    /// </summary>
    private string? Absorb(Action upper, Action lower)
    {
        if (upper.Code is null)
        {
            return null;
        }

        return (lower.Code is not null ? _codes.Combine(upper.Code, lower.Code) : null) ?? (upper.CodesGoverned ? upper.Code : null);
    }

    private Action? Read(EventContext context, int token)
    {
        var syntax = context.Syntax;
        if (syntax.TagOf(token) != Upos.VERB)
        {
            return null;
        }

        var lemma = (syntax.LemmaOf(token) ?? context.SpanOf(token).Of(context.Text)).ToUpperInvariant();
        var entries = _verbs.Lookup(lemma);
        if (entries.Count == 0)
        {
            entries = _verbs.LookupForm(context.SpanOf(token).Of(context.Text).ToUpperInvariant());
        }

        if (entries.Count == 0)
        {
            return null;
        }

        // A multi-word verb whose other words stand around it (`shut down`, `call off`) wins over the plain verb; the
        // patterns of every block that lists the verb in that form compete (Claimline's additions beside PETRARCH's).
        VerbEntry? entry = null;
        var last = token;
        var words = -1;
        var fitting = new List<VerbEntry>(2);
        foreach (var candidate in entries.OrderByDescending(e => e.Before.Length + e.After.Length))
        {
            var length = candidate.Before.Length + candidate.After.Length;
            if (words >= 0 && length < words)
            {
                break;
            }

            if (Fits(context, token, candidate, out var end))
            {
                entry ??= candidate;
                last = words < 0 ? end : last;
                words = length;
                fitting.Add(candidate);
            }
        }

        if (entry is null)
        {
            return null;
        }

        var frame = Frame.Of(context, token);
        VerbPattern? best = null;
        foreach (var pattern in fitting.SelectMany(e => e.Block.Patterns))
        {
            if ((best is null || pattern.Specificity > best.Specificity) && Matches(context, pattern, frame))
            {
                best = pattern;
            }
        }

        // With no pattern, the verb's own code; where several blocks list the verb (DENY under REFUSE, which codes
        // nothing alone, and under Claimline's DENY [016]), the one that codes an event.
        var ownCode = fitting.Select(e => e.Code).FirstOrDefault(c => c is not null && c != VerbEntry.NoEvent) ?? entry.Code;
        var (code, reverse) = best is not null ? (best.Code, best.Reverse) : ownCode is { } own ? VerbPattern.SplitCode(own) : (null, null);
        code = code == VerbEntry.NoEvent ? null : code;

        // `refused to release …`: a verb of refusal that codes nothing alone rejects the action it governs (120, refined
        // by what is refused); `agreed to hold joint patrols`: a verb of agreement intends it (030, refined likewise).
        var kind = _words.GetValueOrDefault(lemma);
        var governs = best is null && (kind == "intent" || (kind == "refusal" && code is null))
            && context.Syntax.Dependents(token).Any(d => d.Relation == "xcomp" && context.Syntax.TagOf(d.Token) == Upos.VERB);
        var governedCode = kind == "refusal" ? RefusalCode : IntentCode;
        return new Action(entry, best, governs ? governedCode : code, reverse == VerbEntry.NoEvent ? null : reverse, last, governs);
    }

    private void Emit(EventContext context, ActorCoder actors, Dictionary<int, Action> actions, int token, Action action, List<Event> events)
    {
        var syntax = context.Syntax;
        var code = action.Code;
        var reverse = action.Reverse;
        var triggerEnd = action.Last;
        var rule = action.Entry.Block.Name + ": " + (action.Pattern?.Text ?? action.Entry.Lemma);
        var negated = IsNegated(context, token);
        var hypothetical = IsModal(context, token);
        var frameToken = token;
        var verbKind = _words.GetValueOrDefault(syntax.LemmaOf(token) ?? string.Empty);

        // An upper verb that takes this one as xcomp and combines with it: the combination's code, the upper verb's subject.
        foreach (var (child, relation) in syntax.Dependents(token))
        {
            if (relation == "xcomp" && actions.TryGetValue(child, out var lower) && Absorb(action, lower) is { } combined)
            {
                code = combined;
                reverse = null;
                triggerEnd = Math.Max(triggerEnd, lower.Last);
                rule += " + " + lower.Entry.Block.Name + ": " + (lower.Pattern?.Text ?? lower.Entry.Lemma);
                frameToken = child;
                negated |= IsNegated(context, child);
                break;
            }
        }

        // `…, killing seven people`: the toll of the attack the clause hangs from, not an event of its own (a participle
        // of force with no subject of its own); its source would be whoever the sentence's main verb has.
        if (code is ['1', '8' or '9', ..] or ['2', '0', ..] && syntax.BaseRelationOf(token) == "advcl"
            && context.WordOf(token).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && !syntax.Dependents(token).Any(d => s_subjects.Contains(d.Relation) || d.Relation == "nsubj:pass"))
        {
            return;
        }

        // `accused Kyrgyzstan of seizing …`, `criticised Berlin for locking in …`: the grounds of an accusation or a
        // reproach are what it says, not an event of their own (all four golds code only the accusation).
        if (IsGrounds(context, token))
        {
            return;
        }

        // `X said Y had won`: a plain statement is no event between X and whoever its content names; it is one only
        // towards an addressee (`told reporters`, `said to Y`).
        if (code == StatementCode && verbKind == "report"
            && !syntax.Dependents(token).Any(d => d.Relation == "iobj" || (d.Relation.StartsWith("obl", StringComparison.Ordinal) && CaseOf(context, d.Token) == "to")))
        {
            return;
        }

        // A refusal of an action the dictionary does not code (`refused to admit the investigators`) still reads its
        // target there.
        if (action.CodesGoverned && frameToken == token && ChildOf(context, token, "xcomp") is var refused and >= 0)
        {
            frameToken = refused;
            triggerEnd = Math.Max(triggerEnd, refused);
        }

        if (code is null && reverse is null)
        {
            return;
        }

        // `demanded the release of …`, `urged both sides to return to talks`: what is asked for names the sub-code of a
        // general one (020, 100, 120) or of the verb's own; a dictionary pattern's sub-code stands (`approved a loan`).
        if (code is not null && RequestCodes.IsRequestRoot(code) && RequestedCategory(context, token) is { } category
            && _requests.Refine(code, category) is { } refined
            && (action.Pattern is null || code is [_, _, '0'] || refined.StartsWith(code, StringComparison.Ordinal)))
        {
            code = refined;
            rule += " | asks: " + category;
        }

        // Governed by a verb it does not combine with: the governor tells whether it happened.
        if (syntax.BaseRelationOf(token) is "xcomp" or "ccomp" && syntax.HeadOf(token) is var head and >= 0
            && _words.GetValueOrDefault(syntax.LemmaOf(head) ?? string.Empty) is { } kind)
        {
            negated |= kind is "negating" or "refusal" || IsNegated(context, head) && kind == "hypothetical";
            hypothetical |= kind == "hypothetical" || IsModal(context, head);
        }

        // `accused Russia of war crimes`, `blamed Russian military intelligence`: an accusation whatever the pattern's
        // object (PETRARCH codes some as 173 or 111); `charged` is the legal act (173). CAMEO's codebook and all four
        // golds code them so (`accusation` and `charge` in event-words.tsv).
        if (code is not null && verbKind == "accusation" && !code.StartsWith(AccusationCode, StringComparison.Ordinal))
        {
            code = AccusationCode;
            rule += " | accusation";
        }
        else if (code is not null && verbKind == "charge")
        {
            code = ChargeCode;
            rule += " | charge";
        }

        // `shelled`, `American warplanes struck …`: a use of force named by its means; an investigation by its subject.
        if (code is not null && _refinements.ContainsKey(code) && MeansCode(context, token, _refinements[code]) is { } means)
        {
            code = means;
            rule += " | refined";
        }

        var sources = Sources(context, token);
        // A combined action's target: the governing verb's own object when it has one that is an actor (`urged Bahrain
        // to release …`: Bahrain), else the governed verb's (`threatened to attack South Korea`).
        var targets = Targets(context, token, action.Pattern);
        if (frameToken != token && !targets.Any(t => actors.Code(t) is not null))
        {
            targets = Targets(context, frameToken, null);
        }

        // `denied targeting civilians`, `accused X of …`: with no target of its own, the action takes its complement's.
        if (targets.Count == 0 && verbKind is "negating" or "refusal")
        {
            foreach (var (child, relation) in syntax.Dependents(token))
            {
                if (relation is "ccomp" or "xcomp" or "advcl" && syntax.TagOf(child) == Upos.VERB)
                {
                    targets.AddRange(Targets(context, child, null));
                }
            }
        }

        // `demanded that Caracas release …`: the complement's subject is whom an appeal, demand or rejection is aimed at
        // (not a plain statement's: `X said Y …` codes no event between X and Y).
        var root = (code ?? reverse ?? string.Empty) is { Length: >= 2 } c0 ? c0[..2] : string.Empty;
        if (!targets.Any(t => actors.Code(t) is not null) && root is not "01")
        {
            foreach (var (child, relation) in syntax.Dependents(token))
            {
                if (relation == "ccomp" && SubjectOf(context, child) is var subject and >= 0)
                {
                    targets.AddRange(WithConjuncts(context, Antecedent(context, subject)));
                }
            }
        }

        var reportedBy = ReporterOf(context, actors, token);
        var date = DateOf(context, token);
        var place = PlaceOf(context, token);
        var trigger = new TextSpan(context.SpanOf(token).Start, context.SpanOf(triggerEnd).End);
        // `Armenia and Azerbaijan signed an agreement`, `… troops clashed`: coordinated actors with no target act on each
        // other when the action is one of meeting, cooperating or fighting.
        if (!targets.Any(t => actors.Code(t) is not null) && sources.Count > 1 && root is "04" or "05" or "06" or "19")
        {
            var pairs = new List<(int, int)>();
            foreach (var a in sources)
            {
                foreach (var b in sources)
                {
                    if (a != b)
                    {
                        pairs.Add((a, b));
                    }
                }
            }

            foreach (var (a, b) in pairs)
            {
                if (actors.Code(a) is { } from && actors.Code(b) is { } to && !SameActor(from, to) && code is not null)
                {
                    events.Add(Make(from, to, code));
                }
            }

            return;
        }

        // A thing an agent word modifies with no country (`joint naval patrols`) is the last choice of target, after any
        // actor whose country or body is known (`… with Greece`).
        // A thing a country drafted or leads (`vetoed a British-drafted resolution`) is that country, before anything it
        // is about (`on Sudan`).
        targets = [.. targets.OrderBy(t => ActorCoder.NamesAuthor(context, t) ? 0 : actors.Code(t) is { Code: ['-', '-', '-', ..] } ? 2 : 1)];
        foreach (var s in sources)
        {
            if (actors.Code(s) is not { } source)
            {
                continue;
            }

            foreach (var t in targets)
            {
                // `urged both countries to …`, `the two governments`: the two countries named last, one event each.
                if (actors.Pair(t, source.Country) is { } pair)
                {
                    foreach (var member in pair)
                    {
                        if (!SameActor(source, member) && !member.Code.StartsWith(source.Code[..Math.Min(3, source.Code.Length)], StringComparison.Ordinal) && code is not null)
                        {
                            events.Add(Make(source, member, code));
                        }
                    }

                    break;
                }

                // `Ukraine sent troops`: troops whose country only the dateline gave are the country's own, not a target.
                if (actors.Code(t) is not { } target || SameActor(source, target)
                    || (source.Code.Length == 3 && actors.HasInferredCountry(t) && target.Code.StartsWith(source.Code, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (code is not null)
                {
                    events.Add(Make(source, target, verbKind == "deploy" && code == MilitaryCooperationCode ? Posture(context, token, source, target) : code));
                }

                if (reverse is not null)
                {
                    events.Add(Make(target, source, reverse));
                }

                // `appealed to the WHO and UNICEF`, `against Washington and Seoul`: each coordinated target is one
                // event (the gold's convention 2: one event per pair).
                foreach (var (conjunct, relation) in syntax.Dependents(t))
                {
                    if (relation == "conj" && code is not null && actors.Code(conjunct) is { } other && !SameActor(source, other) && !SameActor(target, other))
                    {
                        events.Add(Make(source, other, code));
                    }
                }

                break;
            }
        }

        Event Make(EventActor from, EventActor to, string c)
        {
            var start = Math.Min(trigger.Start, Math.Min(from.Span.Start, to.Span.Start));
            var end = Math.Max(trigger.End, Math.Max(from.Span.End, to.Span.End));
            return new Event(new TextSpan(start, end), trigger, c, from, to, negated, hypothetical, reportedBy, date, place, rule);
        }
    }

    /// <summary>One actor on both sides, or two the codes cannot tell apart (an event of an actor on itself is almost always a misreading).</summary>
    private static bool SameActor(EventActor a, EventActor b)
        => (a.Key is not null && a.Key == b.Key) || a.Span == b.Span || a.Code == b.Code;

    /// <summary>
    /// The subjects of the verb: its own (and their conjuncts), a passive's agent, else those of the verb it hangs from
    /// (a conjunct, an adverbial or participial clause, an xcomp: object control first, `urged Iran to halt`), or the
    /// noun a participle modifies (`troops deployed to the border`).
    /// </summary>
    private static List<int> Sources(EventContext context, int token)
    {
        var syntax = context.Syntax;
        for (int verb = token, steps = 0; verb >= 0 && steps < 8; steps++)
        {
            var found = new List<int>();
            var passive = HasPassive(context, verb);
            foreach (var (child, relation) in syntax.Dependents(verb))
            {
                // A subject labelled passive on a verb with no passive auxiliary is the parser's slip: the actor,
                // unless the verb has an active subject too (then it is a piece of that subject's phrase).
                if (s_subjects.Contains(relation)
                    || (relation == "nsubj:pass" && !passive && !syntax.Dependents(verb).Any(d => s_subjects.Contains(d.Relation))))
                {
                    found.AddRange(WithConjuncts(context, child));
                }
                else if (relation == "obl:agent" || (relation == "obl" && HasCase(context, child, "by") && passive))
                {
                    found.AddRange(WithConjuncts(context, child));
                }
            }

            if (found.Count > 0)
            {
                return found.ConvertAll(f => Antecedent(context, f));
            }

            var relationToHead = syntax.BaseRelationOf(verb);
            var head = syntax.HeadOf(verb);
            if (head < 0)
            {
                break;
            }

            if (relationToHead == "xcomp")
            {
                // Object control: `urged Iran to halt` — Iran halts; else the governor's subject.
                var obj = ChildOf(context, head, "obj");
                if (obj < 0)
                {
                    obj = ChildOf(context, head, "iobj");
                }

                if (obj >= 0)
                {
                    return [obj];
                }

                verb = head;
                continue;
            }

            var headTag = syntax.TagOf(head);
            if (relationToHead is "acl" && headTag is Upos.NOUN or Upos.PROPN)
            {
                return [head];
            }

            if (relationToHead is "conj" or "advcl" or "acl" or "parataxis" || headTag == Upos.PUNCT)
            {
                // `…, accusing Russia of war crimes` hangs from the clause before it (through a comma when misparsed).
                verb = headTag == Upos.PUNCT ? syntax.HeadOf(head) : head;
                continue;
            }

            break;
        }

        return [];
    }

    /// <summary>A relative pronoun stands for the noun its clause modifies.</summary>
    private static int Antecedent(EventContext context, int token)
    {
        var syntax = context.Syntax;
        if (syntax.TagOf(token) == Upos.PRON && syntax.BaseRelationOf(syntax.HeadOf(token)) == "acl")
        {
            return syntax.HeadOf(syntax.HeadOf(token));
        }

        return token;
    }

    /// <summary>The verb's candidate targets in order: its objects, a passive's subject, the pattern's prepositions, then other prepositional objects.</summary>
    private static List<int> Targets(EventContext context, int token, VerbPattern? pattern)
    {
        var syntax = context.Syntax;
        var found = new List<int>();
        var passive = HasPassive(context, token);
        var objects = new List<int>();
        var obliques = new List<(int Token, string Preposition)>();
        foreach (var (child, relation) in syntax.Dependents(token))
        {
            if (relation is "iobj" or "obj" || (passive && relation == "nsubj:pass"))
            {
                objects.AddRange(WithConjuncts(context, child));
            }
            else if (relation.StartsWith("obl", StringComparison.Ordinal) && relation != "obl:agent" && CaseOf(context, child) is { } preposition
                && preposition != "of" && !(passive && preposition == "by"))
            {
                obliques.Add((child, preposition));
            }
        }

        // `launched an attack on the base`: the object's own prepositional phrases.
        foreach (var obj in objects.ToArray())
        {
            foreach (var (child, relation) in syntax.Dependents(obj))
            {
                if (relation.StartsWith("nmod", StringComparison.Ordinal) && relation != "nmod:poss" && CaseOf(context, child) is { } preposition)
                {
                    obliques.Add((child, preposition));
                }
            }
        }

        // A noun the pattern names is part of the action (`imposed sanctions`, `sent troops`): it is a target only when
        // nothing else is (`expelled a Pakistani diplomat`), so it goes last.
        var named = pattern is null ? [] : objects.Where(o => pattern.After.Any(e => NounMatches(context, e, o))).ToList();
        found.AddRange(objects.Except(named));
        if (pattern is not null)
        {
            foreach (var p in pattern.Prepositions)
            {
                foreach (var (o, prep) in obliques)
                {
                    if (string.Equals(prep, p.Preposition, StringComparison.OrdinalIgnoreCase))
                    {
                        found.AddRange(WithConjuncts(context, o));
                    }
                }
            }
        }

        foreach (var wanted in s_targetPrepositions)
        {
            foreach (var (o, prep) in obliques)
            {
                if (prep == wanted)
                {
                    found.AddRange(WithConjuncts(context, o));
                }
            }
        }

        found.AddRange(named);
        return found.Distinct().ToList();
    }

    private static IEnumerable<int> WithConjuncts(EventContext context, int token)
    {
        yield return token;
        foreach (var (child, relation) in context.Syntax.Dependents(token))
        {
            if (relation == "conj")
            {
                yield return child;
            }
        }
    }

    private bool IsNegated(EventContext context, int token)
    {
        foreach (var (child, relation) in context.Syntax.Dependents(token))
        {
            if (relation is "advmod" or "neg" or "det" && _words.GetValueOrDefault(Word(context, child)) == "negation")
            {
                return true;
            }
        }

        return false;
    }

    private bool IsModal(EventContext context, int token)
    {
        foreach (var (child, relation) in context.Syntax.Dependents(token))
        {
            if (relation == "aux" && _words.GetValueOrDefault(Word(context, child)) == "modal")
            {
                return true;
            }

            if (relation == "mark" && Word(context, child) is "if" or "unless")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Who reports the action: the subject of a reporting verb it is the complement of (<c>police said gunmen attacked</c>),
    /// of one hanging off it (<c>gunmen attacked …, police said</c>), or the object of <c>according to</c>.
    /// </summary>
    private EventActor? ReporterOf(EventContext context, ActorCoder actors, int token)
    {
        var syntax = context.Syntax;
        foreach (var (child, relation) in syntax.Dependents(token))
        {
            if (relation == "parataxis" && IsReport(context, child) && SubjectOf(context, child) is var s and >= 0 && actors.Code(s) is { } inverted)
            {
                return inverted;
            }

            if (relation.StartsWith("obl", StringComparison.Ordinal) && CaseOf(context, child) == "according"
                && actors.Code(child) is { } according)
            {
                return according;
            }
        }

        var word = token;
        for (var steps = 0; steps < 8; steps++)
        {
            var relation = syntax.BaseRelationOf(word);
            var head = syntax.HeadOf(word);
            if (head < 0 || relation is not ("ccomp" or "conj" or "parataxis" or "advcl"))
            {
                break;
            }

            if (relation is "ccomp" or "parataxis" && IsReport(context, head))
            {
                var subject = SubjectOf(context, head);
                return subject >= 0 ? actors.Code(Antecedent(context, subject)) : null;
            }

            word = head;
        }

        return null;
    }

    private bool IsReport(EventContext context, int token)
        => _words.GetValueOrDefault(context.Syntax.LemmaOf(token) ?? string.Empty) == "report";

    private static int SubjectOf(EventContext context, int verb)
    {
        foreach (var (child, relation) in context.Syntax.Dependents(verb))
        {
            if (s_subjects.Contains(relation))
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>A time written on the action itself (<c>on Tuesday</c>, <c>last week</c>) gives its date; else the article's.</summary>
    private static string? DateOf(EventContext context, int token)
    {
        var syntax = context.Syntax;
        foreach (var (child, relation) in syntax.Dependents(token))
        {
            if (!(relation.StartsWith("obl", StringComparison.Ordinal) || relation is "advmod" or "nmod:tmod"))
            {
                continue;
            }

            var (first, last) = syntax.Subtree(child);
            var span = new TextSpan(context.SpanOf(first).Start, context.SpanOf(last).End);
            foreach (var t in context.TimeIndex.Overlapping(span))
            {
                var time = context.Times[t];
                if (time.Type is "DATE" && span.Contains(time.Span))
                {
                    return time.Value;
                }
            }
        }

        return context.Date;
    }

    /// <summary>A place in a locative phrase of the action (<c>in Kherson</c>), else the story's dateline.</summary>
    private static EventPlace? PlaceOf(EventContext context, int token)
    {
        var syntax = context.Syntax;
        foreach (var (child, relation) in syntax.Dependents(token))
        {
            if (!relation.StartsWith("obl", StringComparison.Ordinal) || CaseOf(context, child) is not ("in" or "at" or "near" or "outside"))
            {
                continue;
            }

            foreach (var m in context.Mentions.Spans.Overlapping(context.SpanOf(child)))
            {
                var referent = context.Mentions.ReferentOf(m);
                if (referent.Kind is ReferentKind.Place or ReferentKind.Country)
                {
                    return new EventPlace(context.Mentions.Spans[m], referent.Canonical, referent.Key, referent.Country, referent.Location);
                }
            }
        }

        if (context.DatelineAt(context.SpanOf(token).Start) is { } dateline)
        {
            foreach (var m in context.Mentions.Spans.Overlapping(dateline.Line.PlaceSpan))
            {
                var referent = context.Mentions.ReferentOf(m);
                return new EventPlace(null, referent.Canonical, referent.Key, referent.Country, referent.Location);
            }

            return new EventPlace(null, dateline.Line.Place, null, dateline.Country, null);
        }

        return null;
    }

    private static bool Fits(EventContext context, int token, VerbEntry entry, out int last)
    {
        last = token;
        for (var k = 0; k < entry.After.Length; k++)
        {
            var next = token + 1 + k;
            if (next >= context.Tokens.Count || !Word(context, next).Equals(entry.After[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            last = next;
        }

        for (var k = 0; k < entry.Before.Length; k++)
        {
            var previous = token - entry.Before.Length + k;
            if (previous < 0 || !Word(context, previous).Equals(entry.Before[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(EventContext context, VerbPattern pattern, Frame frame)
    {
        // Loops, not LINQ: this runs for every pattern of a verb's blocks, hundreds per verb.
        foreach (var element in pattern.Before)
        {
            if (!AnyMatches(context, element, frame.Subjects, frame.Words))
            {
                return false;
            }
        }

        foreach (var element in pattern.After)
        {
            if (!AnyMatches(context, element, frame.Objects, frame.Words))
            {
                return false;
            }
        }

        foreach (var element in pattern.Prepositions)
        {
            var found = false;
            foreach (var (obj, preposition) in frame.Prepositions)
            {
                if (string.Equals(preposition, element.Preposition, StringComparison.OrdinalIgnoreCase)
                    && (element.Object is null || NounMatches(context, element.Object, obj, frame.Words)))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyMatches(EventContext context, NounElement element, List<int> heads, PhraseWords words)
    {
        foreach (var head in heads)
        {
            if (NounMatches(context, element, head, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a phrase headed by <paramref name="head"/> has one of the element's heads and all its modifiers.</summary>
    private static bool NounMatches(EventContext context, NounElement element, int head, PhraseWords? words = null)
    {
        words ??= new PhraseWords(context);
        var (word, lemma) = words.HeadOf(head);
        foreach (var alternative in element.Alternatives)
        {
            if (alternative.Head != word && alternative.Head != lemma)
            {
                continue;
            }

            if (alternative.Modifiers.Length == 0)
            {
                return true;
            }

            var inPhrase = words.Of(head);
            var all = true;
            foreach (var choices in alternative.Modifiers)
            {
                var any = false;
                foreach (var choice in choices)
                {
                    if (inPhrase.Contains(choice))
                    {
                        any = true;
                        break;
                    }
                }

                if (!any)
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The upper-case words and lemmas of the phrases one verb's patterns test, read once per phrase: a block may hold a
    /// hundred patterns, each asking about the same few phrases.
    /// </summary>
    private sealed class PhraseWords(EventContext context)
    {
        private readonly Dictionary<int, (string Word, string Lemma)> _heads = [];
        private readonly Dictionary<int, HashSet<string>> _phrases = [];

        public (string Word, string Lemma) HeadOf(int head)
        {
            if (!_heads.TryGetValue(head, out var forms))
            {
                var word = Word(context, head).ToUpperInvariant();
                forms = (word, context.Syntax.LemmaOf(head)?.ToUpperInvariant() ?? word);
                _heads[head] = forms;
            }

            return forms;
        }

        public HashSet<string> Of(int head)
        {
            if (!_phrases.TryGetValue(head, out var words))
            {
                words = new HashSet<string>(StringComparer.Ordinal);
                var (first, last) = context.Syntax.Subtree(head);
                for (var t = first; t <= last && t - first < 64; t++)
                {
                    words.Add(Word(context, t).ToUpperInvariant());
                    words.Add((context.Syntax.LemmaOf(t) ?? string.Empty).ToUpperInvariant());
                }

                _phrases[head] = words;
            }

            return words;
        }
    }

    /// <summary>The phrases around a verb that patterns test: subjects, objects, prepositional phrases.</summary>
    private sealed record Frame(List<int> Subjects, List<int> Objects, List<(int Token, string Preposition)> Prepositions, PhraseWords Words)
    {
        public static Frame Of(EventContext context, int verb)
        {
            var syntax = context.Syntax;
            var frame = new Frame([], [], [], new PhraseWords(context));
            foreach (var (child, relation) in syntax.Dependents(verb))
            {
                if (s_subjects.Contains(relation))
                {
                    frame.Subjects.Add(child);
                }
                else if (relation is "obj" or "iobj" or "nsubj:pass" or "xcomp")
                {
                    frame.Objects.AddRange(WithConjuncts(context, child));
                }
                else if (relation.StartsWith("obl", StringComparison.Ordinal) && CaseOf(context, child) is { } preposition)
                {
                    frame.Prepositions.Add((child, preposition));
                }
            }

            foreach (var obj in frame.Objects.ToArray())
            {
                foreach (var (child, relation) in syntax.Dependents(obj))
                {
                    if (relation.StartsWith("nmod", StringComparison.Ordinal) && CaseOf(context, child) is { } preposition)
                    {
                        frame.Prepositions.Add((child, preposition));
                    }
                }
            }

            return frame;
        }
    }

    private static string? CaseOf(EventContext context, int token) => context.CaseOf(token);

    private static bool HasCase(EventContext context, int token, string preposition) => context.CaseOf(token) == preposition;

    /// <summary>A passive has its passive auxiliary (`was attacked`); a bare participle with a passive subject counts too when it modifies nothing else.</summary>
    // A passive subject beside an active one (`South Korean President Han urged …` parsed with `Korean` as a passive
    // subject) is a parse error, not a passive.
    private static bool HasPassive(EventContext context, int verb)
        => context.Syntax.Dependents(verb).Any(d => d.Relation == "aux:pass")
            || (context.Syntax.Dependents(verb).Any(d => d.Relation == "nsubj:pass")
                && !context.Syntax.Dependents(verb).Any(d => d.Relation is "aux" or "nsubj"));

    /// <summary>
    /// The sub-code of a general code by the words of <c>code-refinements.tsv</c> (a use of force by its means, an
    /// investigation by its subject): the verb's lemma, else the first listed word, or
    /// pair of a modifier and its word (<c>air strike</c>), in the verb's own phrases (objects and prepositional phrases,
    /// then its subject; not its clauses). Null when none is listed.
    /// </summary>
    private static string? MeansCode(EventContext context, int token, Dictionary<string, string> words)
    {
        var syntax = context.Syntax;
        if (words.GetValueOrDefault(syntax.LemmaOf(token) ?? string.Empty) is { } own)
        {
            return own;
        }

        // What the verb acts on or with first (`investigating an air strike`), its subject last (`prosecutors`).
        foreach (var (child, relation) in syntax.Dependents(token).OrderBy(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal) ? 1 : 0))
        {
            if (relation is "ccomp" or "xcomp" or "advcl" or "conj" or "parataxis" or "punct" or "cc" or "mark" or "aux" or "aux:pass")
            {
                continue;
            }

            var (first, last) = syntax.Subtree(child);
            for (var t = first; t <= last; t++)
            {
                var lemma = (syntax.LemmaOf(t) ?? context.WordOf(t)).ToLowerInvariant();
                var pair = t < last ? words.GetValueOrDefault(lemma + " " + (syntax.LemmaOf(t + 1) ?? context.WordOf(t + 1)).ToLowerInvariant()) : null;
                if ((pair ?? words.GetValueOrDefault(lemma)) is { } code)
                {
                    return code;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// What an appeal, demand, offer or refusal asks for: the first word of its complement (breadth first, at most three
    /// steps down through clauses, objects and prepositional phrases) whose lemma, or lemma with its particle, object or
    /// modifier, <c>requested-actions.tsv</c> lists. Null when none does.
    /// </summary>
    private string? RequestedCategory(EventContext context, int token)
    {
        var syntax = context.Syntax;
        var queue = new Queue<(int Token, int Depth)>();
        foreach (var relation in s_requestRelations)
        {
            foreach (var (child, r) in syntax.Dependents(token))
            {
                if (syntax.BaseRelationOf(child) == relation && r != "nsubj")
                {
                    queue.Enqueue((child, 1));
                }
                else if (relation == "xcomp" && r == "advcl" && HasInfinitiveMark(context, child))
                {
                    // `urged Iran on Thursday to return to talks`: the parser often hangs the infinitive of what is asked
                    // for as an adverbial clause when a phrase stands between; it is asked for all the same.
                    queue.Enqueue((child, 1));
                }
            }
        }

        while (queue.Count > 0)
        {
            var (node, depth) = queue.Dequeue();
            var lemma = (syntax.LemmaOf(node) ?? context.WordOf(node)).ToLowerInvariant();
            string? category = null;
            foreach (var (child, relation) in syntax.Dependents(node))
            {
                if (relation is "compound:prt" or "obj" or "amod" or "compound")
                {
                    var other = (syntax.LemmaOf(child) ?? context.WordOf(child)).ToLowerInvariant();
                    category ??= relation is "amod" or "compound" ? _requests.CategoryOf(other + " " + lemma) : _requests.CategoryOf(lemma + " " + other);
                }
            }

            if ((category ?? _requests.CategoryOf(lemma)) is { } found)
            {
                return found;
            }

            // `for vaccines and water purification tablets`, parsed as one compound noun: a listed modifier names it.
            foreach (var (child, relation) in syntax.Dependents(node))
            {
                if (relation == "compound" && _requests.CategoryOf((syntax.LemmaOf(child) ?? context.WordOf(child)).ToLowerInvariant()) is { } modifier)
                {
                    return modifier;
                }
            }

            if (depth < 3)
            {
                foreach (var (child, relation) in syntax.Dependents(node))
                {
                    if (s_requestRelations.Contains(syntax.BaseRelationOf(child)) || relation.StartsWith("nmod", StringComparison.Ordinal) && relation != "nmod:poss")
                    {
                        queue.Enqueue((child, depth + 1));
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// `pledged $3 million to help Tanzania`, `released 3 million euros in emergency aid for Nepal`: a verb of giving or
    /// pledging (en/aid-verbs.tsv) whose object is an amount of money or names aid, and which the dictionary coded no
    /// event for, gives aid to the actor its `to`/`for` phrases or its `to help X` name. Giving is 07x by what is given
    /// (cameo/aid-codes.tsv), a pledge or a giving under `will`/`would` the intent 03x, a pledge also the giving flagged
    /// hypothetical (the golds list both).
    /// </summary>
    private void MaterialAid(EventContext context, ActorCoder actors, Syntax.DependencyTree tree, HashSet<int> coded, List<Event> events)
    {
        var syntax = context.Syntax;
        var (verbs, currencies, codes) = s_aid.Value;
        for (var w = 0; w < tree.Length; w++)
        {
            var token = tree.FirstToken + w;
            if (token >= context.Tokens.Count || coded.Contains(token) || syntax.TagOf(token) != Upos.VERB
                || verbs.GetValueOrDefault((syntax.LemmaOf(token) ?? context.WordOf(token)).ToLowerInvariant()) is not { } kind
                || ChildOf(context, token, "obj") is not (var obj and >= 0))
            {
                continue;
            }

            string? category = null;
            var money = false;
            foreach (var (child, relation) in syntax.Dependents(token))
            {
                if (relation is not ("obj" or "obl"))
                {
                    continue;
                }

                var (first, last) = syntax.Subtree(child);
                for (var t = first; t <= last; t++)
                {
                    var word = context.WordOf(t);
                    var lemma = (syntax.LemmaOf(t) ?? word).ToLowerInvariant();
                    var pair = t > first ? _requests.CategoryOf((syntax.LemmaOf(t - 1) ?? context.WordOf(t - 1)).ToLowerInvariant() + " " + lemma) : null;
                    if ((pair ?? _requests.CategoryOf(lemma)) is { } found && codes.ContainsKey(found))
                    {
                        category = pair ?? (category is null or "aid" ? found : category);
                    }

                    money |= relation == "obj" && (currencies.Contains(lemma) || word is "$" or "€" or "£" or "¥" or "₹" || word.StartsWith('$'));
                }
            }

            if (category is null && !money)
            {
                continue;
            }

            category ??= "economic-aid";
            var modal = IsModal(context, token);
            var intent = kind == "pledge" || modal ? _requests.Refine(IntentCode, category) : null;
            var giving = codes[category];
            var targets = AidTargets(context, token, obj);
            var negated = IsNegated(context, token);
            var reportedBy = ReporterOf(context, actors, token);
            var date = DateOf(context, token);
            var place = PlaceOf(context, token);
            var trigger = context.SpanOf(token);
            foreach (var s in Sources(context, token))
            {
                if (actors.Code(s) is not { } source)
                {
                    continue;
                }

                foreach (var t in targets)
                {
                    if (actors.Code(t) is not { } target || SameActor(source, target))
                    {
                        continue;
                    }

                    var start = Math.Min(trigger.Start, Math.Min(source.Span.Start, target.Span.Start));
                    var end = Math.Max(trigger.End, Math.Max(source.Span.End, target.Span.End));
                    var rule = "AID: " + kind + " | " + category;
                    if (intent is not null)
                    {
                        events.Add(new Event(new TextSpan(start, end), trigger, intent, source, target, negated, false, reportedBy, date, place, rule));
                    }

                    if (intent is null || kind == "pledge")
                    {
                        events.Add(new Event(new TextSpan(start, end), trigger, giving, source, target, negated, intent is not null, reportedBy, date, place, rule));
                    }

                    break;
                }
            }
        }
    }

    /// <summary>Who aid goes to: the verb's `to`/`for` phrases, those inside its object, then whom its `to help X` helps.</summary>
    private static List<int> AidTargets(EventContext context, int verb, int obj)
    {
        var syntax = context.Syntax;
        var found = new List<int>();
        foreach (var (child, relation) in syntax.Dependents(verb))
        {
            if (relation.StartsWith("obl", StringComparison.Ordinal) && CaseOf(context, child) is "to" or "for")
            {
                found.AddRange(WithConjuncts(context, child));
            }
        }

        // Inside the object and the verb's other phrases: `$3 million in aid to Tanzania`.
        foreach (var (child, relation) in syntax.Dependents(verb))
        {
            if (relation is not ("obj" or "obl"))
            {
                continue;
            }

            var (first, last) = syntax.Subtree(child);
            for (var t = first; t <= last; t++)
            {
                if (t != child && syntax.BaseRelationOf(t) is "nmod" or "obl" && CaseOf(context, t) is "to" or "for")
                {
                    found.AddRange(WithConjuncts(context, t));
                }
            }
        }

        foreach (var holder in new[] { verb, obj })
        {
            foreach (var (child, relation) in syntax.Dependents(holder))
            {
                if (relation is "advcl" or "xcomp" or "acl" && (syntax.LemmaOf(child) ?? context.WordOf(child)).ToLowerInvariant() is "help" or "support" or "assist"
                    && ChildOf(context, child, "obj") is var helped and >= 0)
                {
                    found.AddRange(WithConjuncts(context, helped));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Sending forces: within the sender's own country (`sent 2,000 soldiers and police officers to clear the
    /// roadblocks`) a mobilization (154); at or towards a frontier (`deployed soldiers to its border with Guyana`) a show
    /// of force (150); else PETRARCH's military cooperation (062).
    /// </summary>
    private static string Posture(EventContext context, int verb, EventActor source, EventActor target)
    {
        if ((source.Country is { } home && target.Country == home)
            || (source.Code.Length >= 3 && target.Code.Length >= 3 && source.Code[..3] == target.Code[..3] && CountryCodes.English.IsCountry(source.Code[..3])))
        {
            return "154";
        }

        var (first, last) = context.Syntax.Subtree(verb);
        for (var t = first; t <= last; t++)
        {
            if (t != verb && s_postureWords.Value.Contains(context.WordOf(t)))
            {
                return "150";
            }
        }

        return MilitaryCooperationCode;
    }

    /// <summary>A gerund after `of` or `for` under a verb of accusation, charge or reproach, or under that verb's object.</summary>
    private bool IsGrounds(EventContext context, int token)
    {
        var syntax = context.Syntax;
        if (!context.WordOf(token).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || !syntax.Dependents(token).Any(d => d.Relation is "mark" or "case" && context.WordOf(d.Token).ToLowerInvariant() is "of" or "for"))
        {
            return false;
        }

        var head = syntax.HeadOf(token);
        for (var step = 0; step < 2 && head >= 0; step++, head = syntax.HeadOf(head))
        {
            if (_words.GetValueOrDefault(syntax.LemmaOf(head) ?? string.Empty) is "accusation" or "charge" or "grounds")
            {
                return true;
            }

            if (syntax.TagOf(head) == Upos.VERB)
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasInfinitiveMark(EventContext context, int token)
    {
        foreach (var (child, relation) in context.Syntax.Dependents(token))
        {
            if (relation == "mark" && string.Equals(context.WordOf(child), "to", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int ChildOf(EventContext context, int token, string relation)
    {
        foreach (var (child, r) in context.Syntax.Dependents(token))
        {
            if (r == relation)
            {
                return child;
            }
        }

        return -1;
    }

    private static string Word(EventContext context, int token) => context.WordOf(token);

    private static Dictionary<string, Dictionary<string, string>> LoadRefinements(string path)
    {
        var table = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (line, f) in ResourceFile.ReadTable(path, "code", "word", "refined"))
        {
            // Mostly a sub-code under the same root; the codebook's neighbour in another root where PETRARCH's
            // dictionary gives one (beat: 190 → 182), so only the code itself is checked.
            if (!CameoCodes.English.IsKnown(f[2]) || !CameoCodes.English.IsKnown(f[0]))
            {
                throw new ResourceException(path, line, $"'{f[0]}' or '{f[2]}' is not a CAMEO event code");
            }

            if (!table.TryGetValue(f[0], out var words))
            {
                table[f[0]] = words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            }

            words[f[1]] = f[2];
        }

        return table;
    }

    private static Dictionary<string, string> LoadWords(string path, string key = "word", string value = "kind")
    {
        var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, f) in ResourceFile.ReadTable(path, key, value))
        {
            words[f[0]] = f[1];
        }

        return words;
    }
}
