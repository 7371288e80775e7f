namespace Claimline.Quantities;

/// <summary>
/// A number read from tokens <c>[Start, End)</c> by <see cref="NumberParser"/>: its value or bounds, the power of a
/// thousand its digits were written with (<c>12,000</c> → 1000, so that <c>11 to 12,000</c> can scale the 11), and
/// what made it.
/// </summary>
internal readonly record struct ParsedNumber(
    int Start,
    int End,
    double? Value,
    double Low,
    double High,
    double Magnitude,
    bool Scaled,
    bool YearShaped,
    bool LoneOne,
    Qualifier? Implied,
    string Rule);
