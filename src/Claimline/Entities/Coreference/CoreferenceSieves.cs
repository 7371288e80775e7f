using Claimline.Entities.Resolution;
using Claimline.Model;

namespace Claimline.Entities.Coreference;

/// <summary>A link a sieve proposes: the referent, the mention it was reached through, how sure, which sieve.</summary>
internal readonly record struct Link(int Referent, TextSpan Antecedent, double Confidence, string Sieve);

/// <summary>
/// The "refine" half: each sieve takes one candidate anaphor and the salience state at that point and proposes the
/// most likely referent, or nothing. Hard constraints first (kind, gender, number, role, the same story), then a
/// salience score in the manner of Lappin and Leass (recency halving with each sentence back, subject or speaker, how often it was named,
/// the same paragraph); the confidence combines the sieve's prior with the winner's share of the score, so a close
/// second lowers it. Links under <see cref="Threshold"/> are dropped: a wrong speaker is worse than none.
/// </summary>
internal sealed class CoreferenceSieves(string text, IReadOnlyList<Referent> referents, CoreferenceLexicon lexicon)
{
    /// <summary>The lowest confidence a link is kept at.</summary>
    public const double Threshold = 0.5;

    /// <summary>How many sentences back a pronoun looks for a person (he/she) and for a body (it/they).</summary>
    private const int PersonWindow = 3;

    /// <summary>Further back, he/she still finds a person whose gender is known to agree, when nobody nearer fits.</summary>
    private const int FarPersonWindow = 6;
    private const int BodyWindow = 2;

    /// <summary>How many sentences back a description naming any referent of a kind (<c>the country</c>) looks.</summary>
    private const int DescriptionWindow = 5;

    /// <summary>
    /// <c>the deputy ambassador</c>: the people whose written role holds the head and every role modifier of the
    /// phrase (and its country, if it names one); <c>the Russian representative</c>: failing a title, a generic head
    /// takes anyone with a role of that country. The most recent wins; two or more lower the confidence.
    /// </summary>
    public Link? Role(AnaphorCandidate a, in Occurrence o, Salience salience)
    {
        var (best, matches) = (-1, 0);
        foreach (var r in salience.Candidates(int.MinValue))
        {
            if (referents[r].Kind == ReferentKind.Person && referents[r].Roles.Any(role => TitleFits(a, role, referents[r])))
            {
                best = best < 0 ? r : best;
                matches++;
            }
        }

        var sieve = "role.title";
        if (best < 0 && a.GenericHead && a.Country is not null)
        {
            sieve = "role.country";
            foreach (var r in salience.Candidates(int.MinValue))
            {
                if (referents[r].Kind == ReferentKind.Person && (referents[r].Country == a.Country || referents[r].Roles.Any(role => role.Country == a.Country)))
                {
                    best = best < 0 ? r : best;
                    matches++;
                }
            }
        }

        if (best < 0)
        {
            // `the Florida senator` after `Sen. Ana Kovac`: the title holds the role but not where it is held. Only the
            // one person with that role in the article is taken; two or more leave it unresolved.
            sieve = "role.head";
            foreach (var r in salience.Candidates(int.MinValue))
            {
                if (referents[r].Kind == ReferentKind.Person && referents[r].Roles.Any(role => HeadFits(a, role)))
                {
                    best = best < 0 ? r : best;
                    matches++;
                }
            }

            if (matches != 1)
            {
                return null;
            }
        }

        // One match is near certain; each other person with the role halves the odds of the most recent one.
        var confidence = (sieve switch { "role.title" => 0.9, "role.country" => 0.8, _ => 0.6 }) / Math.Sqrt(matches);
        return new Link(best, salience.LastSpan(best), confidence, sieve);
    }

    /// <summary>
    /// <c>the ministry</c>: the most recent body whose name holds one of the description's words (Ministry, Department);
    /// <c>the country</c>: the most salient country of the last few sentences, if it stands out.
    /// </summary>
    public Link? Description(AnaphorCandidate a, in Occurrence o, Salience salience)
    {
        if (a.Description is not { } info)
        {
            return null;
        }

        if (info.Names.Count > 0)
        {
            var (best, matches) = (-1, 0);
            foreach (var r in salience.Candidates(int.MinValue))
            {
                if (info.Kinds.Contains(referents[r].Kind) && (NameHolds(referents[r].Canonical, info.Names) || IsOfKind(referents[r], info))
                    && (a.Country is null || referents[r].Country is null || referents[r].Country == a.Country))
                {
                    best = best < 0 ? r : best;
                    matches++;
                }
            }

            return best < 0 ? null : new Link(best, salience.LastSpan(best), 0.9 / Math.Sqrt(matches), "description.name");
        }

        return Salient(o, salience, DescriptionWindow, 0.85, "description.kind", r => info.Kinds.Contains(referents[r].Kind)
            && (a.Country is null || referents[r].Country == a.Country));
    }

    /// <summary>
    /// he/she → a person of agreeing (or unknown) gender in the last three sentences; it/its → a body or country in the
    /// last two; they/their → a body, country or group in the last two, unless people were just named by a plural noun
    /// (<c>officials said they</c>). Inside a direct quote the speaker just named is not a candidate: the speaker says I.
    /// </summary>
    public Link? Pronoun(AnaphorCandidate a, in Occurrence o, Salience salience)
    {
        var p = a.Pronoun!;
        if (p.Plural && (salience.LastPeopleNounSentence >= o.Sentence - 1 || salience.LastPluralSentence == o.Sentence))
        {
            return null;
        }

        var quote = o.InQuote;
        var sentence = o.Sentence;
        if (p.Gender != Gender.Unknown)
        {
            var gender = p.Gender;
            var genders = salience.Genders;
            var personPrior = quote ? 0.8 : 0.95;
            return Salient(o, salience, PersonWindow, personPrior, "pronoun.person", r => referents[r].Kind == ReferentKind.Person
                && (genders[r] == Gender.Unknown || genders[r] == gender)
                && !(quote && salience.LastSpeaker(r) && sentence - salience.LastSentence(r) <= 1), r => genders[r] == Gender.Unknown ? 0.85 : 1)
                ?? Salient(o, salience, FarPersonWindow, personPrior, "pronoun.person", r => referents[r].Kind == ReferentKind.Person && genders[r] == gender);
        }

        // Bodies inside quotes are often the speaker's own side or a thing; they stay possible but less sure.
        var prior = (p.Plural ? 0.8 : 0.85) * (quote ? 0.7 : 1);
        return p.Plural
            ? Salient(o, salience, BodyWindow, prior, "pronoun.group", r => referents[r].Kind is ReferentKind.Organization or ReferentKind.Country
                || (referents[r].Kind == ReferentKind.Group && IsPlural(salience.LastSpan(r))))
            : Salient(o, salience, BodyWindow, prior, "pronoun.body", r => referents[r].Kind is ReferentKind.Organization or ReferentKind.Country);
    }

    /// <summary>The most salient fitting referent of the window, with its share of the score as confidence.</summary>
    private static Link? Salient(in Occurrence o, Salience salience, int window, double prior, string sieve, Func<int, bool> fits, Func<int, double>? weight = null)
    {
        var (best, bestScore, secondScore) = (-1, 0.0, 0.0);
        foreach (var r in salience.Candidates(o.Sentence - window))
        {
            if (!fits(r))
            {
                continue;
            }

            var distance = o.Sentence - salience.LastSentence(r);
            var score = distance switch { 0 => 100.0, 1 => 50.0, 2 => 25.0, _ => 12.0 };
            score += salience.LastSubject(r) || salience.LastSpeaker(r) ? 50 : 0;
            score += Math.Min(20, 5 * salience.Count(r));
            score *= salience.LastParagraph(r) == o.Paragraph ? 1 : 0.8;
            score *= weight?.Invoke(r) ?? 1;
            if (score > bestScore)
            {
                (best, bestScore, secondScore) = (r, score, bestScore);
            }
            else if (score > secondScore)
            {
                secondScore = score;
            }
        }

        if (best < 0)
        {
            return null;
        }

        var distanceFactor = (o.Sentence - salience.LastSentence(best)) switch { <= 1 => 1.0, 2 => 0.85, <= 3 => 0.7, _ => 0.6 };
        var certainty = weight?.Invoke(best) ?? 1;
        var confidence = prior * bestScore / (bestScore + secondScore) * distanceFactor * certainty;
        return new Link(best, salience.LastSpan(best), confidence, sieve);
    }

    /// <summary>A group named as people (<c>Russians</c>), not as an adjective (<c>American companies</c>), can be <c>they</c>.</summary>
    private bool IsPlural(TextSpan span) => span.Length > 1 && text[span.End - 1] == 's';

    /// <summary>The role's title holds the head and each modifier as words, and its country (if the phrase names one) agrees.</summary>
    private bool TitleFits(AnaphorCandidate a, Role role, Referent person)
    {
        // `Gov. Chris Christie` … `the governor`: abbreviations count as the nouns they stand for.
        var title = lexicon.ExpandTitle(role.Title, role.Rank);
        if (!HasWord(title, a.Head))
        {
            return false;
        }

        foreach (var modifier in a.Modifiers)
        {
            if (!HasWord(title, modifier))
            {
                return false;
            }
        }

        return a.Country is null || (role.Country ?? person.Country) == a.Country;
    }

    /// <summary>The role's title holds the head and the description's role modifiers (<c>deputy</c>), whatever its places.</summary>
    private bool HeadFits(AnaphorCandidate a, Role role)
    {
        var title = lexicon.ExpandTitle(role.Title, role.Rank);
        return HasWord(title, a.Head) && a.Modifiers.All(m => !lexicon.IsModifier(m) || HasWord(title, m));
    }

    /// <summary>A body the gazetteer files under one of the description's organization kinds (the WHO is an intergovernmental agency).</summary>
    private bool IsOfKind(Referent referent, DescriptionInfo info)
        => info.OrganizationKinds.Count > 0 && lexicon.OrganizationKind(referent.Canonical) is { } kind && info.OrganizationKinds.Contains(kind);

    private static bool NameHolds(string canonical, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (HasWord(canonical, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="phrase"/> holds <paramref name="word"/> as a whole word (spaces only: vice-president does not hold president).</summary>
    private static bool HasWord(string phrase, string word)
    {
        var at = 0;
        while ((at = phrase.IndexOf(word, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || phrase[at - 1] == ' ') && (end == phrase.Length || phrase[end] == ' '))
            {
                return true;
            }

            at = end;
        }

        return false;
    }
}
