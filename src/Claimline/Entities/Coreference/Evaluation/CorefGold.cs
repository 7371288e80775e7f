namespace Claimline.Entities.Coreference.Evaluation;

/// <summary>One line of a coreference gold file: an article and its anaphors.</summary>
public sealed record CorefGoldArticle(string Id, DateOnly? Date, string Text, IReadOnlyList<CorefGoldLink> Links);

/// <summary>
/// A gold anaphor: its text and offset, its kind, and the canonical name or key of the referent it names — null when
/// it must stay unlinked (<c>it</c> for a budget, <c>they</c> for officials).
/// </summary>
public sealed record CorefGoldLink(string Anaphor, int Offset, AnaphorKind Kind, string? Referent);
