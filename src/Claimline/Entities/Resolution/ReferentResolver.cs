using Claimline.Model;
using Claimline.Structure;
using Claimline.Text;

namespace Claimline.Entities.Resolution;

/// <summary>
/// Groups an article's entity mentions into referents — sieves in order, each mention joining the first referent a
/// sieve finds for it (CoreNLP's deterministic coreference, for names only):
/// <list type="number">
/// <item>gazetteer: a name the directory knows joins that entry's referent (<c>DPRK</c> = <c>North Korea</c>;
/// <c>Seoul</c> and <c>Kremlin</c> stand for their countries; <c>U.N.</c> = <c>United Nations</c>);</item>
/// <item>same name: equal after normalization (<c>Park Min-soo</c> = <c>Park Min Soo</c>);</item>
/// <item>part of a name: a one-word person mention joins the latest person whose name starts or ends with it
/// (<c>Kovac</c>, <c>Park</c>); a one-word place or body that is an earlier person's surname is that person
/// (<c>Houston said</c> tagged as a place), unless it stands as a place (<c>in Houston</c>, <c>Houston, Texas</c>);</item>
/// <item>place with its kind: <c>Kherson</c>, <c>Kherson region</c> and <c>Kherson Oblast</c> are one place.</item>
/// </list>
/// Datelines count as mentions of what they name (<c>UNITED NATIONS</c>); a name followed by <c>administration</c> or
/// <c>government</c> becomes that body (<c>the Biden administration</c>). Roles come from <see cref="RoleFinder"/>.
/// </summary>
public sealed class ReferentResolver
{
    private static readonly Lazy<ReferentResolver> s_english = new(() => new ReferentResolver(EntityDirectory.English, RoleLexicon.English));

    private readonly EntityDirectory _directory;
    private readonly RoleLexicon _lexicon;
    private readonly RoleFinder _roles;


    // The geocoder's tables are large; load them on first use, not when the resolver is built.
    private readonly Lazy<Geocoder> _geocoder = new(() => Geocoder.English);

    public ReferentResolver(EntityDirectory directory, RoleLexicon lexicon)
    {
        _directory = directory;
        _lexicon = lexicon;
        _roles = new RoleFinder(lexicon, directory);
    }

    public static ReferentResolver English => s_english.Value;

    public List<Referent> Resolve(Document document)
    {
        var text = document.Text;
        var tokens = document.Get(Layers.Tokens);
        var mentions = document.Get(Layers.Entities);
        var datelines = document.Get(Layers.Datelines);
        var groups = new Groups();

        foreach (var dateline in datelines)
        {
            if (_directory.Lookup(dateline.Place) is { } entry)
            {
                Join(groups, entry, dateline.PlaceSpan, "dateline");
            }
        }

        foreach (var sentence in document.Get(Layers.Sentences))
        {
            var view = View(text, tokens, sentence, mentions);
            var previousPerson = (Group?)null;
            for (var m = 0; m < view.Mentions.Count; m++)
            {
                var mention = view.Mentions[m];
                var (first, end) = TokenRange(view, m);
                var span = mention.Span;

                // "(Russian President Vladimir) Putin" tagged as one name across the bracket: the name is what follows it.
                for (var k = end - 1; k > first; k--)
                {
                    if (Word(view, k) == ")" && k + 1 < end)
                    {
                        first = k + 1;
                        span = new TextSpan(view.Tokens.Span[first].Span.Start, span.End);
                        break;
                    }
                }

                // "the Biden administration": the name and its body word are an organization.
                if (end < view.Tokens.Length && _lexicon.BodySuffixes.Contains(Word(view, end)))
                {
                    span = new TextSpan(span.Start, view.Tokens.Span[end].Span.End);
                    JoinByName(groups, span.Of(text), span, EntityType.Org, ReferentKind.Organization, "body");
                    continue;
                }

                if (mention.Type == EntityType.Loc && end < view.Tokens.Length && _lexicon.PlaceSuffixes.Contains(Word(view, end)))
                {
                    span = new TextSpan(span.Start, view.Tokens.Span[end].Span.End);
                }

                var name = span.Of(text);
                if (_directory.Lookup(name) is { } known)
                {
                    Join(groups, known, span, known.Via);
                    continue;
                }

                // `Halvorsen said` tagged as a person after `Halvorsen Shipping Group`, with no person of that name: the body.
                if (mention.Type == EntityType.Person && end - first == 1 && BodyOfShortName(groups, name) is { } body)
                {
                    groups.Add(body, span, NameForms.Normalize(name), "name of an earlier body without its designators");
                    continue;
                }

                if (mention.Type == EntityType.Person || SurnameOfEarlierPerson(groups, view, m, first, end) is not null)
                {
                    var person = JoinPerson(groups, view, m, first, end, span, name);
                    var role = _roles.Find(view, first, end, out var coordinated);
                    if (role is not null)
                    {
                        if (coordinated && role.Country is null && previousPerson?.Roles.LastOrDefault()?.Country is { } shared)
                        {
                            role = role with { Country = shared, Source = RoleSource.Coordinated };
                        }

                        AddRole(person, role);
                    }

                    previousPerson = person;
                    continue;
                }

                JoinPlaceOrBody(groups, mention, span, name, text);
            }
        }

        FillRoleCountries(document, groups);
        var referents = groups.Select(g => g.ToReferent()).OrderBy(r => r.Span.Start).ToList();
        return Geocode(referents);
    }

    /// <summary>Countries get their point; places their division's or town's, preferring the countries the article names.</summary>
    private List<Referent> Geocode(List<Referent> referents)
    {
        var geocoder = _geocoder.Value;
        var context = referents.Where(r => r.Kind == ReferentKind.Country && r.Country is not null).Select(r => r.Country!).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < referents.Count; i++)
        {
            var r = referents[i];
            if (r.Kind == ReferentKind.Country && r.Country is not null)
            {
                referents[i] = r with { Location = geocoder.Country(r.Country) };
            }
            else if (r.Kind == ReferentKind.Place && (geocoder.Place(r.Canonical, context) ?? geocoder.Place(PlaceCore(r.Canonical), context)) is { } found)
            {
                referents[i] = r with { Location = found.Point, Country = r.Country ?? found.Country };
            }
        }

        return referents;
    }

    private Group JoinPerson(Groups groups, RoleFinder.SentenceView view, int m, int first, int end, TextSpan span, string name)
    {
        var normalized = NameForms.Normalize(name);
        var (bracketRole, given) = _roles.InBrackets(view, first);
        if (given is not null)
        {
            normalized = NameForms.Normalize(given + " " + name);
            name = given + " " + name;
        }

        var words = NameForms.Words(normalized);
        Group? group = null;
        var evidence = "same name";
        group = groups.ByName(ReferentKind.Person, normalized);

        if (group is null && words.Length == 1)
        {
            group = groups.Recent(ReferentKind.Person).FirstOrDefault(g => g.Words.Length > 1
                && (g.Words[^1] == words[0] || g.Words[0] == words[0]));
            evidence = "part of the name";
        }

        if (group is null && words.Length > 1)
        {
            // An earlier one-word mention ("Kovac") joins when this full name ends or starts with it.
            group = groups.Recent(ReferentKind.Person).FirstOrDefault(g => g.Words.Length == 1
                && (words[^1] == g.Words[0] || words[0] == g.Words[0]));
            evidence = "fuller name";
        }

        if (group is null)
        {
            group = new Group(ReferentKind.Person, EntityType.Person, name, null, null);
            groups.Add(group);
            evidence = "first mention";
        }
        else if (words.Length > group.Words.Length)
        {
            group.Rename(name);
        }

        groups.Add(group, span, normalized, evidence);
        if (bracketRole is not null)
        {
            AddRole(group, bracketRole);
        }

        return group;
    }

    /// <summary>A one-word place or body that is the surname of an earlier person, read as that person, unless it stands as a place.</summary>
    private Group? SurnameOfEarlierPerson(Groups groups, RoleFinder.SentenceView view, int m, int first, int end)
    {
        var mention = view.Mentions[m];
        if (mention.Type is not (EntityType.Loc or EntityType.Org) || end - first != 1)
        {
            return null;
        }

        var before = first > 0 ? Word(view, first - 1) : "";
        var after = end < view.Tokens.Length ? Word(view, end) : "";
        if (before is "in" or "at" or "from" or "to" or "near" or "of" || (after == "," && end + 1 < view.Tokens.Length && view.MentionAt[end + 1] >= 0))
        {
            return null;
        }

        var word = Word(view, first);
        return groups.Recent(ReferentKind.Person).FirstOrDefault(g => g.Words.Length > 1 && g.Words[^1] == word);
    }

    private void JoinPlaceOrBody(Groups groups, EntityMention mention, TextSpan span, string name, string text)
    {
        if (mention.Type is EntityType.Org or EntityType.Misc && BracketedAcronymOf(groups, span, name, text) is { } body)
        {
            groups.Add(body, span, NameForms.Normalize(name), "acronym in brackets");
            return;
        }

        var lastWord = name[(name.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        var mentionType = name.Contains(' ', StringComparison.Ordinal) && _lexicon.PlaceFeatures.Contains(lastWord) ? EntityType.Loc : mention.Type;
        var (kind, type) = mentionType switch
        {
            EntityType.Loc => (ReferentKind.Place, EntityType.Loc),
            EntityType.Org => (ReferentKind.Organization, EntityType.Org),
            EntityType.Norp => (ReferentKind.Group, EntityType.Norp),
            _ => (ReferentKind.Other, mention.Type),
        };

        if (kind == ReferentKind.Place)
        {
            // "Kherson", "Kherson region", "Kherson Oblast": one place; the form with a capitalized kind names it.
            var core = PlaceCore(name);
            var place = groups.Recent(ReferentKind.Place).FirstOrDefault(g => PlaceCore(g.Canonical) == core);
            if (place is not null)
            {
                if (!string.Equals(name, place.Canonical, StringComparison.Ordinal) && IsOfficialPlaceName(name))
                {
                    place.Rename(name);
                }

                groups.Add(place, span, NameForms.Normalize(name), "same place");
                return;
            }
        }

        // `Aerolis` after `Aerolis Services`, `Rheinmark` after `Rheinmark Automotive GmbH`: a body's name without the
        // designators that end it is the same body.
        if (kind == ReferentKind.Organization && groups.ByName(kind, NameForms.Normalize(name)) is null
            && ShortNameOf(groups, name) is { } longer)
        {
            groups.Add(longer, span, NameForms.Normalize(name), "name without its designators");
            return;
        }

        // `the Commission` after `the European Commission`, `the Fund` after `the International Monetary Fund`: one
        // capitalized word after `the` that ends the name of a body named shortly before is that body.
        if (kind == ReferentKind.Organization && groups.ByName(kind, NameForms.Normalize(name)) is null
            && AfterDefiniteArticle(text, span) && BodyOfHeadNoun(groups, name) is { } headed)
        {
            groups.Add(headed, span, NameForms.Normalize(name), "head noun of an earlier body's name");
            return;
        }

        JoinByName(groups, name, span, type, kind, "same name");
    }

    private static bool AfterDefiniteArticle(string text, TextSpan span)
        => span.Start >= 4 && text.AsSpan(span.Start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The body named last (of the last 16) whose name has more than one word and ends in the one word <paramref name="name"/>.</summary>
    private static Group? BodyOfHeadNoun(Groups groups, string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal) || name.Length < 3 || !char.IsUpper(name[0]))
        {
            return null;
        }

        var normalized = NameForms.Normalize(name);
        return groups.Recent(ReferentKind.Organization).Take(16).FirstOrDefault(g => g.Words.Length > 1 && g.Words[^1] == normalized);
    }

    /// <summary>An organization designator of the tagger's gazetteer (<c>org-designators.txt</c>), as written or in capitals.</summary>
    private static bool IsDesignator(string word)
        => Gazetteers.Gazetteer.English.IsDesignator(Features.FeatureHash.Of(Features.TokenForm.Normalize(word)));

    /// <summary>A one-word person mention that names no earlier person but an earlier body without its designators: that body.</summary>
    private static Group? BodyOfShortName(Groups groups, string name)
    {
        var normalized = NameForms.Normalize(name);
        return groups.ByName(ReferentKind.Person, normalized) is null
            && !groups.Recent(ReferentKind.Person).Any(g => g.Words.Length > 1 && (g.Words[^1] == normalized || g.Words[0] == normalized))
            ? ShortNameOf(groups, name)
            : null;
    }

    /// <summary>
    /// The body named shortly before whose name is <paramref name="name"/> followed only by organization designators
    /// (<c>Entities/Resources/gazetteer/org-designators.txt</c>: Services, Automotive, Group, GmbH …); null if none.
    /// </summary>
    private static Group? ShortNameOf(Groups groups, string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.All(IsDesignator))
        {
            return null;
        }

        foreach (var group in groups.Recent(ReferentKind.Organization).Take(16))
        {
            var full = group.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (full.Length > words.Length && words.SequenceEqual(full.Take(words.Length), StringComparer.Ordinal)
                && full.Skip(words.Length).All(IsDesignator))
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>
    /// `the National Authority for Emergency and Civil Protection (ANEPC)`, `the National Forestry Corporation
    /// (Conaf)`: one short capitalized word in brackets right after a body's name is its acronym or short name (in
    /// the body's own language, so its letters need not match the English name), and later mentions of it are the
    /// same body. Null for anything else.
    /// </summary>
    private static Group? BracketedAcronymOf(Groups groups, TextSpan span, string name, string text)
    {
        if (name.Length is < 2 or > 10 || !char.IsUpper(name[0]) || !name.All(c => char.IsLetter(c) || c is '-' or '&')
            || span.Start < 2 || span.End >= text.Length
            || text[span.Start - 1] != '(' || text[span.End] != ')')
        {
            return null;
        }

        var end = span.Start - 1;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return groups.Recent(ReferentKind.Organization).Take(8).FirstOrDefault(g => g.Mentions.Count > 0 && g.Mentions[^1].End == end);
    }

    private string PlaceCore(string name)
    {
        var words = NameForms.Words(NameForms.Normalize(name));
        var count = words.Length;
        while (count > 1 && _lexicon.PlaceSuffixes.Contains(words[count - 1]))
        {
            count--;
        }

        return string.Join(' ', words.Take(count));
    }

    private bool IsOfficialPlaceName(string name)
    {
        var words = name.Split(' ');
        return words.Length > 1 && _lexicon.PlaceSuffixes.Contains(words[^1].ToLowerInvariant()) && char.IsUpper(words[^1][0]);
    }

    private static void JoinByName(Groups groups, string name, TextSpan span, EntityType type, ReferentKind kind, string evidence)
    {
        var normalized = NameForms.Normalize(name);
        var group = groups.ByName(kind, normalized);
        if (group is null)
        {
            group = new Group(kind, type, name, null, null);
            groups.Add(group);
            evidence = "first mention";
        }

        groups.Add(group, span, normalized, evidence);
    }

    private static void Join(Groups groups, DirectoryEntry entry, TextSpan span, string via)
    {
        var group = groups.ByKey(entry.Key);
        var type = entry.Kind switch
        {
            ReferentKind.Country => EntityType.Loc,
            ReferentKind.Organization => EntityType.Org,
            ReferentKind.Group => EntityType.Norp,
            _ => EntityType.Misc,
        };
        if (group is null)
        {
            group = new Group(entry.Kind, type, entry.Canonical, entry.Key, entry.Country);
            groups.Add(group);
            via = "first mention";
        }

        groups.Add(group, span, entry.Key, "gazetteer: " + via);
    }

    private static void AddRole(Group person, Role role)
    {
        var same = person.Roles.FindIndex(r => string.Equals(r.Title, role.Title, StringComparison.OrdinalIgnoreCase));
        if (same < 0)
        {
            person.Roles.Add(role);
        }
        else if (person.Roles[same].Country is null && role.Country is not null)
        {
            person.Roles[same] = role;
        }
    }

    /// <summary>A role without a country takes the country of the story's dateline, or of the first dateline for text before any story.</summary>
    private void FillRoleCountries(Document document, Groups groups)
    {
        var datelines = document.Get(Layers.Datelines);
        if (datelines.Count == 0)
        {
            return;
        }

        var stories = document.Get(Layers.Sections).Where(s => s.Kind == SectionKind.Story).ToArray();
        foreach (var person in groups.Where(g => g.Kind == ReferentKind.Person))
        {
            for (var i = 0; i < person.Roles.Count; i++)
            {
                var role = person.Roles[i];
                if (role.Country is not null)
                {
                    continue;
                }

                var story = stories.FirstOrDefault(s => s.Span.Contains(role.Span))?.Story ?? 0;
                var dateline = datelines.FirstOrDefault(d => d.Story == story) ?? datelines[0];
                // `NAIROBI —` names the country by its capital; `GARISSA, Kenya —`, a town the directory does not
                // hold, by the country written after it.
                var place = _directory.Lookup(dateline.Place) ?? (dateline.Region is { } region ? _directory.Lookup(region) : null);
                if (place is { Kind: ReferentKind.Country } entry)
                {
                    person.Roles[i] = role with { Country = entry.Country, Source = RoleSource.Dateline };
                }
            }
        }
    }

    private static RoleFinder.SentenceView View(string text, Layer<Token> tokens, Sentence sentence, Layer<EntityMention> mentions)
    {
        var slice = tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount).ToArray();
        var inside = mentions.Inside(sentence.Span).ToList();
        var mentionAt = new int[slice.Length];
        Array.Fill(mentionAt, -1);

        // Mentions and tokens are both sorted and mentions do not overlap: one merge pass.
        var k = 0;
        for (var m = 0; m < inside.Count; m++)
        {
            while (k < slice.Length && slice[k].Span.Start < inside[m].Span.Start)
            {
                k++;
            }

            for (var j = k; j < slice.Length && slice[j].Span.End <= inside[m].Span.End; j++)
            {
                mentionAt[j] = m;
            }
        }

        var firstTokenOf = new int[inside.Count];
        for (var j = slice.Length - 1; j >= 0; j--)
        {
            if (mentionAt[j] >= 0)
            {
                firstTokenOf[mentionAt[j]] = j;
            }
        }

        return new RoleFinder.SentenceView(text, slice, mentionAt, inside, firstTokenOf);
    }

    private static (int First, int End) TokenRange(RoleFinder.SentenceView view, int m)
    {
        var first = view.FirstTokenOf[m];
        var end = first;
        while (end < view.MentionAt.Length && view.MentionAt[end] == m)
        {
            end++;
        }

        return (first, end);
    }

    private static string Word(RoleFinder.SentenceView view, int k) => view.Tokens.Span[k].Span.Of(view.Text).ToLowerInvariant();

    private static string KeyPrefix(ReferentKind kind) => kind switch
    {
        ReferentKind.Organization => "org",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The referents being built, indexed so that each mention costs near-constant time: by key, by kind and name,
    /// and a window of the most recent referents of each kind for the partial-name sieves (an article names far
    /// fewer; hostile input with a million names stays linear).
    /// </summary>
    private sealed class Groups : IEnumerable<Group>
    {
        private const int Window = 256;

        private readonly List<Group> _all = [];
        private readonly Dictionary<string, Group> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<(ReferentKind, string), Group> _byName = [];
        private readonly Dictionary<ReferentKind, List<Group>> _recent = [];

        public void Add(Group group)
        {
            _all.Add(group);
            if (group.Key is not null)
            {
                _byKey[group.Key] = group;
            }

            if (!_recent.TryGetValue(group.Kind, out var recent))
            {
                _recent[group.Kind] = recent = [];
            }

            recent.Add(group);
            if (recent.Count > 2 * Window)
            {
                recent.RemoveRange(0, Window);
            }

            foreach (var name in group.Names)
            {
                _byName.TryAdd((group.Kind, name), group);
            }
        }

        public void Add(Group group, TextSpan span, string normalized, string evidence)
        {
            group.Add(span, normalized, evidence);
            _byName.TryAdd((group.Kind, normalized), group);
            foreach (var name in group.Names)
            {
                _byName.TryAdd((group.Kind, name), group);
            }
        }

        public Group? ByKey(string key) => _byKey.GetValueOrDefault(key);

        public Group? ByName(ReferentKind kind, string normalized) => _byName.GetValueOrDefault((kind, normalized));

        /// <summary>The most recent referents of a kind, newest first.</summary>
        public IEnumerable<Group> Recent(ReferentKind kind)
        {
            if (!_recent.TryGetValue(kind, out var recent))
            {
                yield break;
            }

            for (var i = recent.Count - 1; i >= Math.Max(0, recent.Count - Window); i--)
            {
                yield return recent[i];
            }
        }

        public IEnumerator<Group> GetEnumerator() => _all.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A referent being built.</summary>
    private sealed class Group(ReferentKind kind, EntityType type, string canonical, string? key, string? country)
    {
        public ReferentKind Kind { get; } = kind;

        public EntityType Type { get; } = type;

        public string Canonical { get; private set; } = canonical;

        public string? Key { get; } = key;

        public string? Country { get; } = country;

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal) { NameForms.Normalize(canonical) };

        public string[] Words { get; private set; } = NameForms.Words(NameForms.Normalize(canonical));

        public List<TextSpan> Mentions { get; } = [];

        private HashSet<TextSpan> Seen { get; } = [];

        public List<string> Evidence { get; } = [];

        public List<Role> Roles { get; } = [];

        public void Rename(string canonical)
        {
            Canonical = canonical;
            Words = NameForms.Words(NameForms.Normalize(canonical));
            Names.Add(NameForms.Normalize(canonical));
        }

        public void Add(TextSpan span, string normalized, string evidence)
        {
            if (!Seen.Add(span))
            {
                return;
            }

            Mentions.Add(span);
            Names.Add(normalized);
            if (Mentions.Count > 1)
            {
                Evidence.Add(evidence);
            }
        }

        public Referent ToReferent()
        {
            var mentions = Mentions.OrderBy(s => s.Start).ToArray();
            var country = Country ?? Roles.Select(r => r.Country).FirstOrDefault(c => c is not null);
            var key = Key ?? $"{KeyPrefix(Kind)}:{NameForms.KeyOf(Canonical)}";
            return new Referent(mentions[0], Type, Kind, Canonical, key, country, mentions, [.. Roles], [.. Evidence]);
        }
    }
}
