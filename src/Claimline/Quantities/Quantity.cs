using Claimline.Model;

namespace Claimline.Quantities;

/// <summary>
/// A number as the article states it (the <c>quantities</c> layer, issue #6): its value or range, its qualifier,
/// its kind and unit, a change it reports, what it counts and where, and whether it refers back to an earlier one.
/// Example: <c>about 7,500 Ethiopian troops in Russia</c> is a count of 10000, qualifier approx, counted
/// <c>North Korean troops</c> (head troop, entity group:KP), location <c>Russia</c> (country:RU).
/// </summary>
/// <param name="Span">The qualifier, currency and number words as written (<c>about 10,000</c>, <c>up to $1.2 billion</c>).</param>
/// <param name="Value">The number; null for a range or a vague plural (<c>tens of thousands</c>), whose bounds are in Low and High.</param>
/// <param name="Low">The lower bound of a range (or the value itself).</param>
/// <param name="High">The upper bound of a range (or the value itself).</param>
/// <param name="Kind">Count, percent or money.</param>
/// <param name="Unit">The ISO 4217 code for money, <c>%</c> for percents, null for counts.</param>
/// <param name="Qualifier">How exact the article says the number is.</param>
/// <param name="Change">Whether the number reports an increase, a decrease or a level reached.</param>
/// <param name="ChangeBasis">Whether a change's number is the difference (<c>by</c>) or the new level (<c>to</c>).</param>
/// <param name="Counted">The noun phrase the number counts, its own or inherited through anaphora.</param>
/// <param name="CountedEntities">Referent keys of the entities named inside the counted phrase (<c>DPRK soldiers</c> → country:KP).</param>
/// <param name="Location">The place attached to the counted things (<c>in Kherson Oblast</c>), its own or inherited.</param>
/// <param name="Anaphoric">Whether the number refers back (<c>the number has increased to 11,000</c>).</param>
/// <param name="Antecedent">Index in this layer of the quantity it inherits what is counted and where from; -1 if none.</param>
/// <param name="Negated">A denial: <c>there are no troops in Russia</c> is a count of 0, negated.</param>
/// <param name="Rule">Which finder made it (provenance): <c>digits</c>, <c>words</c>, <c>vague</c>, <c>denial</c>, with <c>.range</c> for ranges.</param>
public sealed record Quantity(
    TextSpan Span,
    double? Value,
    double Low,
    double High,
    QuantityKind Kind,
    string? Unit,
    Qualifier Qualifier,
    ChangeKind Change,
    ChangeBasis ChangeBasis,
    CountedPhrase? Counted,
    IReadOnlyList<string> CountedEntities,
    QuantityLocation? Location,
    bool Anaphoric,
    int Antecedent,
    bool Negated,
    string Rule) : IAnnotation;
