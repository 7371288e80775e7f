using Claimline.Entities.Coreference;
using Claimline.Entities.Resolution;
using Claimline.Model;

namespace Claimline.Quotes.Attribution;

/// <summary>
/// Resolves speakers to the article's referents (the <c>referents</c> layer): a name is the referent one of whose
/// mentions it overlaps (<c>Kovac</c> → <c>person:ana-kovac</c>, Ana Kovac); several names joined by <c>and</c> stay
/// joint (no single key); <c>he</c>/<c>she</c> → the person who spoke last, else the person named last before it,
/// skipping anyone whose given name or role says the other gender; <c>they</c>/<c>we</c> → the joint speakers just
/// quoted, else the body, country or group that spoke last, else the one named last; a role noun (<c>the senator</c>)
/// → the coreference stage's link, else the last person given that role, never a place inside the phrase. Falls back
/// on <see cref="InArticleSpeakerResolver"/> (tokens alone) where no referent fits, e.g. without the referents layer.
/// </summary>
public sealed class ReferentSpeakerResolver(QuoteLexicon lexicon, ISpeakerResolver fallback) : ISpeakerResolver
{
    public static ReferentSpeakerResolver English { get; } = new(QuoteLexicon.English, InArticleSpeakerResolver.English);

    public ResolvedSpeaker? Resolve(Document document, SpeakerMention mention, IReadOnlyList<Quote> earlier)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(earlier);
        if (!document.TryGet(Layers.Referents, out var referents) || referents.Count == 0)
        {
            return fallback.Resolve(document, mention, earlier);
        }

        if (mention.Kind == SpeakerKind.Multiple && Joint(document.Text, referents, mention) is { } joint)
        {
            return joint;
        }

        if (mention.Kind == SpeakerKind.Pronoun && JointBefore(mention, earlier) is { } jointBefore)
        {
            return jointBefore;
        }

        var found = mention.Kind switch
        {
            SpeakerKind.Pronoun => Pronoun(referents, mention, earlier),
            SpeakerKind.Role => Anaphor(document, referents, mention) ?? Role(referents, mention) ?? Named(referents, mention, ReferentKind.Person),
            _ => Named(referents, mention),
        };
        if (found is null)
        {
            return fallback.Resolve(document, mention, earlier);
        }

        var (referent, span) = found.Value;
        return new ResolvedSpeaker(span, referent.Canonical, referent.Key, referent.Canonical);
    }

    /// <summary>
    /// Several speakers at once (<c>Ana Kovac and Thomas Reyes</c>): every referent named in the phrase, joined in text
    /// order (<c>Ana Kovac and Thomas Reyes</c>); no single key. Null when fewer than two referents are named in it.
    /// </summary>
    private static ResolvedSpeaker? Joint(string text, Layer<Referent> referents, SpeakerMention mention)
    {
        if (!mention.Text.Contains(" and ", StringComparison.Ordinal) && !mention.Text.Contains(" & ", StringComparison.Ordinal))
        {
            return null;
        }

        // A possessive names no speaker: `Chile's minister and his deputy` are two people, Chile is not one of them.
        bool Possessive(TextSpan m) => text.AsSpan(m.End).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(m.End).StartsWith("’s", StringComparison.Ordinal);

        // Each referent's first mention in the phrase, in referent order (the index is in that order already).
        var index = ReferentMentions.Of(referents);
        var named = new List<(int Start, string Name)>();
        var seen = new HashSet<int>();
        foreach (var i in index.Spans.Overlapping(mention.Span))
        {
            var m = index.Spans[i];
            var referent = index.ReferentOf(i);
            if (!Possessive(m) && seen.Add(index.ReferentIndexOf(i)) && m.Length > 0 && named.All(n => n.Name != referent.Canonical))
            {
                named.Add((m.Start, referent.Canonical));
            }
        }

        if (named.Count < 2)
        {
            return null;
        }

        var names = named.OrderBy(n => n.Start).Select(n => n.Name).ToList();
        var canonical = string.Join(", ", names[..^1]) + " and " + names[^1];
        return new ResolvedSpeaker(mention.Span, canonical, Key: null, Canonical: canonical);
    }

    /// <summary>
    /// <c>they</c> or <c>we</c> right after a joint statement names the same speakers: the last quote before it has
    /// several speakers (within the last two quotes, so that a later single speaker is not passed over).
    /// </summary>
    private ResolvedSpeaker? JointBefore(SpeakerMention mention, IReadOnlyList<Quote> earlier)
    {
        if (lexicon.Pronouns.GetValueOrDefault(mention.Text.ToLowerInvariant()) != "group")
        {
            return null;
        }

        for (var i = earlier.Count - 1; i >= 0 && i >= earlier.Count - 2; i--)
        {
            if (earlier[i].SpeakerKind == SpeakerKind.Multiple && earlier[i].SpeakerKey is null && earlier[i].SpeakerCanonical is { } joint
                && earlier[i].Resolved is { } span && span.Start < mention.Span.Start)
            {
                return new ResolvedSpeaker(span, joint, Key: null, Canonical: joint);
            }
        }

        return null;
    }

    /// <summary>
    /// What the coreference stage linked the mention to (<c>the Florida senator</c> → the senator named before it): it
    /// knows titles and their abbreviations (<c>Sen.</c>), countries and bodies that a role noun names.
    /// </summary>
    private static (Referent, TextSpan)? Anaphor(Document document, Layer<Referent> referents, SpeakerMention mention)
    {
        if (!document.TryGet(Layers.Anaphora, out var anaphora))
        {
            return null;
        }

        foreach (var i in SpanIndex.Of(anaphora).Overlapping(mention.Span))
        {
            var link = anaphora[i];
            if (link.Referent < referents.Count && referents[link.Referent].Kind == ReferentKind.Person)
            {
                return (referents[link.Referent], referents[link.Referent].Span);
            }
        }

        return null;
    }

    /// <summary>
    /// The referent with a mention inside the speaker phrase (the last such, the phrase's head); of
    /// <paramref name="kind"/> only, when given (a role's `Florida` in `the Florida senator` is no speaker).
    /// </summary>
    private static (Referent, TextSpan)? Named(Layer<Referent> referents, SpeakerMention mention, ReferentKind? kind = null)
    {
        var index = ReferentMentions.Of(referents);
        var best = -1;
        foreach (var i in index.Spans.Overlapping(mention.Span))
        {
            if ((kind is not { } wanted || index.ReferentOf(i).Kind == wanted) && (best < 0 || index.Spans[i].Start > index.Spans[best].Start))
            {
                // The earliest mention is what the name resolves to; the overlap only picks the referent.
                best = i;
            }
        }

        return best >= 0 ? (index.ReferentOf(best), index.ReferentOf(best).Span) : null;
    }

    private (Referent, TextSpan)? Pronoun(Layer<Referent> referents, SpeakerMention mention, IReadOnlyList<Quote> earlier)
    {
        var antecedent = lexicon.Pronouns.GetValueOrDefault(mention.Text.ToLowerInvariant());
        Func<ReferentKind, bool> fits = antecedent switch
        {
            "person" => k => k == ReferentKind.Person,
            "group" => k => k is ReferentKind.Organization or ReferentKind.Country or ReferentKind.Group,
            _ => _ => false,
        };
        if (antecedent is not ("person" or "group"))
        {
            return null;
        }

        // A person whose given name or role says `she` is not `he` (`Delgado's deputy, Ivo Marsh, … He warned`).
        var gender = GenderOf(mention.Text);
        bool Agrees(Referent r) => gender == Gender.Unknown || CoreferenceLexicon.English.GenderOf(r) is var g && (g == Gender.Unknown || g == gender);

        // The speaker of the last quote before it that fits: news keeps one speaker over several paragraphs.
        var index = ReferentMentions.Of(referents);
        for (var i = earlier.Count - 1; i >= 0 && i >= earlier.Count - 6; i--)
        {
            if (earlier[i].SpeakerKey is { } key && earlier[i].Speaker is { } s && s.Start < mention.Span.Start
                && index.FirstByKey.TryGetValue(key, out var first) && referents[first] is var r && fits(r.Kind) && Agrees(r))
            {
                return (r, r.Span);
            }
        }

        // Otherwise the last one named before the pronoun.
        var fitting = index.Subset($"pronoun|{antecedent}|{gender}", r => fits(r.Kind) && Agrees(r));
        var last = fitting.LastEndingBefore(mention.Span.Start);
        return last >= 0 ? (fitting.ReferentOf(last), fitting.ReferentOf(last).Span) : null;
    }

    private static Gender GenderOf(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "him" or "his" => Gender.Male,
        "she" or "her" or "hers" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>A role noun names the last person before it whose written role ends with the same word.</summary>
    private static (Referent, TextSpan)? Role(Layer<Referent> referents, SpeakerMention mention)
    {
        var head = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var given = ReferentMentions.Of(referents).Subset(
            "role|" + head.ToUpperInvariant(),
            referent => referent.Kind == ReferentKind.Person
                && referent.Roles.Any(r => CoreferenceLexicon.English.ExpandTitle(r.Title, r.Rank).EndsWith(head, StringComparison.OrdinalIgnoreCase)));
        var last = given.LastEndingBefore(mention.Span.Start);
        return last >= 0 ? (given.ReferentOf(last), given.ReferentOf(last).Span) : null;
    }
}
