using Claimline.Evaluation;

namespace Claimline.Claims.Evaluation;

/// <summary>Claim detection and per-field scores, with the gold claims missed and the claims found that gold lacks.</summary>
/// <param name="Articles">How many articles were scored.</param>
/// <param name="Detection">A claim is detected when its evidence overlaps the gold evidence and its value agrees.</param>
/// <param name="Fields">Per field (holder, via, quantity, location, qualifier, as_of): correct among the matched claims, over all claims found and all gold claims (via: those that name one).</param>
/// <param name="Errors">Lines describing misses, spurious claims and wrong fields, for people.</param>
/// <param name="Required">Detection of the gold claims marked required (all of them when the gold marks none): its
/// recall is the share of the figures the articles are about that were found; its precision is the detection's.</param>
/// <param name="OnNonClaims">Claims found over a phrase the gold lists as no claim (a year, an age, <c>the two
/// leaders</c>), and how many such phrases the gold lists.</param>
public sealed record ClaimScores(int Articles, Score Detection, IReadOnlyDictionary<string, Score> Fields, IReadOnlyList<string> Errors, Score Required, (int Claimed, int Listed) OnNonClaims);
