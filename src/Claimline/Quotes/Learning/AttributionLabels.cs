namespace Claimline.Quotes.Learning;

/// <summary>
/// The label sets of the two taggers. Cue tagger: O, B, I over the tokens of a sentence. Role tagger, for one cue:
/// O, B-S, I-S (its source), B-C, I-C (its content).
/// </summary>
internal static class AttributionLabels
{
    public const int Outside = 0;

    public const int CueBegin = 1;
    public const int CueInside = 2;

    public const int SourceBegin = 1;
    public const int SourceInside = 2;
    public const int ContentBegin = 3;
    public const int ContentInside = 4;

    public static IReadOnlyList<string> CueNames { get; } = ["O", "B-CUE", "I-CUE"];

    public static IReadOnlyList<string> RoleNames { get; } = ["O", "B-S", "I-S", "B-C", "I-C"];

    public static bool IsSource(int label) => label is SourceBegin or SourceInside;

    public static bool IsContent(int label) => label is ContentBegin or ContentInside;
}
