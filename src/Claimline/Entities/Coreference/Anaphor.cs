using Claimline.Model;

namespace Claimline.Entities.Coreference;

/// <summary>
/// A pronoun, role noun or definite description linked to the referent it most likely names:
/// <c>he</c> → Ana Kovac, <c>the Russian representative</c> → Ivan Petrov, <c>the alliance</c> → NATO.
/// Only linked anaphors are kept: one with no likely referent is left out (a wrong speaker is worse than none).
/// </summary>
/// <param name="Span">The anaphor as written: <c>he</c>, <c>the deputy ambassador</c> (with its determiner).</param>
/// <param name="Kind">Pronoun, role noun or description.</param>
/// <param name="Referent">The index in the <c>referents</c> layer of the referent it names.</param>
/// <param name="Key">That referent's key (<c>person:ana-kovac</c>), repeated so a reader needs no lookup.</param>
/// <param name="Canonical">That referent's canonical name.</param>
/// <param name="Antecedent">The nearest earlier mention of the referent that made the link: a name or an earlier linked anaphor; always before <paramref name="Span"/>.</param>
/// <param name="Confidence">0–1: how sure the sieve is, from agreement, salience and how far the winner stands out from the others.</param>
/// <param name="Sieve">Which sieve made the link: <c>role.title</c>, <c>role.country</c>, <c>description.name</c>, <c>description.kind</c>, <c>pronoun.person</c>, <c>pronoun.body</c>, <c>pronoun.group</c>.</param>
public sealed record Anaphor(
    TextSpan Span,
    AnaphorKind Kind,
    int Referent,
    string Key,
    string Canonical,
    TextSpan Antecedent,
    double Confidence,
    string Sieve) : IAnnotation;

/// <summary>The kinds of <see cref="Anaphor"/>.</summary>
public enum AnaphorKind
{
    /// <summary>A third-person pronoun: he, her, its, they.</summary>
    Pronoun,

    /// <summary>A role noun naming a person: the minister, the deputy ambassador, the Russian representative.</summary>
    Role,

    /// <summary>A definite or demonstrative description of a body, country or place: the ministry, this country.</summary>
    Description,
}
