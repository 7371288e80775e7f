namespace Claimline.Quantities;

/// <summary>A number word of <c>number-words.tsv</c>: its value and class (unit, tens, hundred, zero).</summary>
internal readonly record struct NumberWord(double Value, string Class);
