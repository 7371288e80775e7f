namespace Claimline.Claims.Evaluation;

/// <summary>One gold claim (docs/claims.md, the gold format).</summary>
/// <param name="Holder">The holder's name (<c>United States</c>).</param>
/// <param name="Via">Through whom, when the gold names it.</param>
/// <param name="Quantity">The counted thing as a phrase (<c>North Korean troops</c>).</param>
/// <param name="Location">The place as written or its canonical name; null for none.</param>
/// <param name="Value">The value, or null for a range.</param>
/// <param name="Low">The lower bound (the value when there is one).</param>
/// <param name="High">The upper bound (the value when there is one).</param>
/// <param name="Qualifier">exact, approx, at_least, at_most, range or denied.</param>
/// <param name="AsOf">The claim's date, TIMEX3; null for none.</param>
/// <param name="Evidence">Text of the article that holds the claim; it must occur in the article.</param>
/// <param name="Required">Whether the claim is one the article is about (the toll, the crowd count), which a reader must
/// get; the others (<c>"required": false</c>) are claims too, so finding them is right, but missing them is not scored
/// in the required recall.</param>
public sealed record GoldClaim(string Holder, string? Via, string Quantity, string? Location, double? Value, double Low, double High, string Qualifier, string? AsOf, string Evidence, bool Required = true);
