using Claimline.Model;

namespace Claimline.Time;

/// <summary>
/// A TIMEX3-style time expression: its span, its type (<c>DATE</c>, <c>TIME</c>, <c>DURATION</c>, <c>SET</c>), its
/// normalized value (<c>2024-10-30</c>, <c>2024-W43</c>, <c>P1Y</c>, <c>PAST_REF</c>, <c>XXXX-WXX-1</c>) and its
/// modifier (<c>APPROX</c>, <c>LESS_THAN</c>, <c>START</c> …) when one applies.
/// </summary>
/// <param name="Span">The words of the expression, modifiers included (<c>almost a year</c>).</param>
/// <param name="Type">TIMEX3 type: DATE, TIME, DURATION or SET.</param>
/// <param name="Value">TIMEX3 value, resolved against the document date and the reference time.</param>
/// <param name="Mod">TIMEX3 mod, or null.</param>
/// <param name="Rule">Id of the rule in <c>Time/Resources/en/rules.txt</c> that found it (provenance).</param>
/// <param name="Anchor">What a relative value was resolved against: <c>dct</c> (the document date), <c>ref</c>
/// (the time the text was talking about), <c>tense</c> (the document date and the sentence's tense); null for
/// absolute values.</param>
public sealed record TimeExpression(TextSpan Span, string Type, string Value, string? Mod, string Rule, string? Anchor = null) : IAnnotation;
