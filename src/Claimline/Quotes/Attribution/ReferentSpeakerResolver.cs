using Claimline.Entities.Resolution;
using Claimline.Model;

namespace Claimline.Quotes.Attribution;

/// <summary>
/// Resolves speakers to the article's referents (the <c>referents</c> layer): a name is the referent one of whose
/// mentions it overlaps (<c>Kovac</c> → <c>person:ana-kovac</c>, Ana Kovac); <c>he</c>/<c>she</c> → the person
/// who spoke last, else the person named last before it; <c>they</c>/<c>we</c> → the body, country or group that spoke
/// last, else the one named last; a role noun (<c>the senator</c>) → the last person given that role. Falls back on
/// <see cref="InArticleSpeakerResolver"/> (tokens alone) where no referent fits, e.g. without the referents layer.
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

        var found = mention.Kind switch
        {
            SpeakerKind.Pronoun => Pronoun(referents, mention, earlier),
            SpeakerKind.Role => Role(referents, mention) ?? Named(referents, mention),
            _ => Named(referents, mention),
        };
        if (found is null)
        {
            return fallback.Resolve(document, mention, earlier);
        }

        var (referent, span) = found.Value;
        return new ResolvedSpeaker(span, referent.Canonical, referent.Key, referent.Canonical);
    }

    /// <summary>The referent with a mention inside the speaker phrase (the last such, the phrase's head).</summary>
    private static (Referent, TextSpan)? Named(Layer<Referent> referents, SpeakerMention mention)
    {
        (Referent, TextSpan)? best = null;
        foreach (var referent in referents)
        {
            foreach (var m in referent.Mentions)
            {
                if (m.Overlaps(mention.Span) && (best is null || m.Start > best.Value.Item2.Start))
                {
                    // The earliest mention is what the name resolves to; the overlap only picks the referent.
                    best = (referent, m);
                }
            }
        }

        return best is { } b ? (b.Item1, b.Item1.Span) : null;
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

        // The speaker of the last quote before it that fits: news keeps one speaker over several paragraphs.
        for (var i = earlier.Count - 1; i >= 0 && i >= earlier.Count - 6; i--)
        {
            if (earlier[i].SpeakerKey is { } key && earlier[i].Speaker is { } s && s.Start < mention.Span.Start
                && referents.FirstOrDefault(r => r.Key == key) is { } r && fits(r.Kind))
            {
                return (r, r.Span);
            }
        }

        // Otherwise the last one named before the pronoun.
        (Referent, TextSpan)? best = null;
        foreach (var referent in referents)
        {
            if (!fits(referent.Kind))
            {
                continue;
            }

            foreach (var m in referent.Mentions)
            {
                if (m.End <= mention.Span.Start && (best is null || m.Start > best.Value.Item2.Start))
                {
                    best = (referent, m);
                }
            }
        }

        return best is { } b ? (b.Item1, b.Item1.Span) : null;
    }

    /// <summary>A role noun names the last person before it whose written role ends with the same word.</summary>
    private static (Referent, TextSpan)? Role(Layer<Referent> referents, SpeakerMention mention)
    {
        var head = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        (Referent, TextSpan)? best = null;
        foreach (var referent in referents)
        {
            if (referent.Kind != ReferentKind.Person || !referent.Roles.Any(r => r.Title.EndsWith(head, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var m in referent.Mentions)
            {
                if (m.End <= mention.Span.Start && (best is null || m.Start > best.Value.Item2.Start))
                {
                    best = (referent, m);
                }
            }
        }

        return best is { } b ? (b.Item1, b.Item1.Span) : null;
    }
}
