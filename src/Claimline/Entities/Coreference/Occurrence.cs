using Claimline.Model;

namespace Claimline.Entities.Coreference;

/// <summary>
/// Something the coreference sweeps walk over, in text order: a mention of a referent (<see cref="Referent"/> ≥ 0),
/// an anaphor to link (<see cref="Anaphor"/> set), or a plural people noun that competes with bodies for <c>they</c>
/// (<see cref="IsPeopleNoun"/>; <see cref="NearOnly"/> when it is only a plural after a determiner, which competes in
/// its own sentence only).
/// </summary>
internal readonly record struct Occurrence(
    TextSpan Span,
    int Referent,
    AnaphorCandidate? Anaphor,
    bool IsPeopleNoun,
    int Sentence,
    int Paragraph,
    int Story,
    bool Subject,
    bool Speaker,
    bool InQuote,
    bool NearOnly = false);

/// <summary>
/// An anaphor found in the text, before it is linked: a pronoun with its agreement, or a role noun or description
/// with its head, the role modifiers written before it (<c>deputy</c>, <c>defense</c>) and a country it names
/// (<c>the Russian representative</c> → RU).
/// </summary>
internal sealed record AnaphorCandidate(
    AnaphorKind Kind,
    PronounInfo? Pronoun,
    string Head,
    IReadOnlyList<string> Modifiers,
    string? Country,
    bool GenericHead,
    DescriptionInfo? Description);
