namespace Claimline.Entities.Tagging;

/// <summary>A name over tokens <c>[Start, End)</c> of one sentence, with the index of its type in the label set.</summary>
public readonly record struct TypedSpan(int Start, int End, int Type);
