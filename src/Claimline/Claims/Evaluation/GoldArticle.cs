namespace Claimline.Claims.Evaluation;

/// <summary>One line of a claims gold file: an article and its claims.</summary>
public sealed record GoldArticle(string Id, DateOnly? Date, string? Source, string Text, IReadOnlyList<GoldClaim> Claims);
