namespace Claimline.Quantities;

/// <summary>A vague plural of <c>vague-plurals.tsv</c> (<c>thousands</c>): its unit value and the range it stands for alone.</summary>
internal readonly record struct VaguePlural(double Value, double Low, double High);
