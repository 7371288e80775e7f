namespace Claimline.Entities.Coreference;

/// <summary>One row of <c>anaphor-pronouns.tsv</c>: what a pronoun agrees with.</summary>
/// <param name="Gender">Male or female for he/she; unknown for it and they.</param>
/// <param name="Neuter">it/its/itself: a body or a country, never a person.</param>
/// <param name="Plural">they/them/their.</param>
/// <param name="Subject">Can stand as the subject (he, she, it, they, and her as possessive does not).</param>
/// <param name="Possessive">his, her, its, their: inside a noun phrase, never a subject.</param>
public sealed record PronounInfo(Gender Gender, bool Neuter, bool Plural, bool Subject, bool Possessive);
