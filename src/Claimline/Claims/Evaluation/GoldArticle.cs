namespace Claimline.Claims.Evaluation;

/// <summary>One line of a claims gold file: an article, its claims, and the numbers in it that are no claims.</summary>
/// <param name="Id">The article's id (<c>line-N</c> when the gold gives none).</param>
/// <param name="Date">The document date relative times resolve against.</param>
/// <param name="Source">The outlet.</param>
/// <param name="Text">The article.</param>
/// <param name="Claims">Every claim the article makes.</param>
/// <param name="NonClaims">Number-bearing phrases the gold says make no claim (<c>2019</c>, <c>a 34-year-old</c>,
/// <c>Route 9</c>, <c>the two leaders</c>); a claim found over one of them is counted apart.</param>
public sealed record GoldArticle(string Id, DateOnly? Date, string? Source, string Text, IReadOnlyList<GoldClaim> Claims, IReadOnlyList<string>? NonClaims = null);
