namespace Claimline.Quantities;

/// <summary>What a <see cref="Quantity"/> measures. Years, dates, times, ordinals and labels (<c>page 5</c>) are no quantities at all.</summary>
public enum QuantityKind
{
    /// <summary>A number of things: <c>8,000 troops</c>.</summary>
    Count,

    /// <summary>A share: <c>12%</c>, <c>12 percent</c>.</summary>
    Percent,

    /// <summary>An amount of money with its currency: <c>$1.2 billion</c>.</summary>
    Money,
}
