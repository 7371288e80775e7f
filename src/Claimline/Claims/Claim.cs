using Claimline.Model;

namespace Claimline.Claims;

/// <summary>
/// A quantity as somebody's claim (the <c>claims</c> layer, issue #6): who holds it, through whom it reached the
/// article, when, how firmly (states, estimates, expects, denies), what it is about (the concept) and the evidence.
/// Example: <c>Kenya has estimated there are about 7,500 Ethiopian troops in Somalia.</c> is held by Kenya
/// (subject), estimates, concept <c>ET troops in SO</c>.
/// </summary>
/// <param name="Span">The evidence: the quote content piece holding the quantity, else its sentence.</param>
/// <param name="Quantity">Index in the quantities layer of the number claimed.</param>
/// <param name="Holder">Who claims it.</param>
/// <param name="Via">The speaker as written or named when the holder is reached through them (<c>Maria Delgado</c> for
/// the United States; <c>Seoul and its allies</c> for South Korea); null when the holder speaks for itself.</param>
/// <param name="Date">TIMEX3 value of when the claim was made or what it refers to (see docs/claims.md).</param>
/// <param name="Modality">How the holder puts it.</param>
/// <param name="Concept">What the claim is about, the same across articles.</param>
/// <param name="Confidence">0–1: how sure the holder rule is (a quote's own confidence, lower for the outlet fallback).</param>
/// <param name="Rule">Which holder rule made it: <c>quote</c>, <c>subject</c>, <c>outlet</c>.</param>
public sealed record Claim(
    TextSpan Span,
    int Quantity,
    ClaimHolder Holder,
    string? Via,
    string? Date,
    Modality Modality,
    QuantityConcept Concept,
    double Confidence,
    string Rule) : IAnnotation;
