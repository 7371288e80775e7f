namespace Claimline.Entities.Features;

/// <summary>
/// The feature templates. A feature is <see cref="FeatureHash.Combine"/> of the template id and its values; the ids are
/// part of the model format (append new ones, never renumber). Offsets are relative to the current token.
/// </summary>
public enum FeatureTemplate : ulong
{
    Bias = 1,
    Word = 2,
    LowerMinus2 = 3,
    LowerMinus1 = 4,
    Lower = 5,
    LowerPlus1 = 6,
    LowerPlus2 = 7,
    ShapeMinus2 = 8,
    ShapeMinus1 = 9,
    Shape = 10,
    ShapePlus1 = 11,
    ShapePlus2 = 12,
    ShortShapeMinus1 = 13,
    ShortShape = 14,
    ShortShapePlus1 = 15,
    Prefix = 16,
    Suffix = 17,
    LowerBigramLeft = 18,
    LowerBigramRight = 19,
    ShapeBigramLeft = 20,
    ShapeBigramRight = 21,
    SentenceStartShape = 22,
    UpperSentenceShape = 23,
    PreviousLabel = 24,
    PreviousTwoLabels = 25,
    PreviousLabelLower = 26,
    PreviousLabelShape = 27,
    Gazetteer = 28,
    GazetteerMinus1 = 29,
    GazetteerPlus1 = 30,
    HistoryType = 31,
    HistoryMajority = 32,
    SuffixMinus1 = 33,
    SuffixPlus1 = 34,
    GazetteerShortShape = 35,
    HistoryMajorityMinus1 = 36,
    HistoryMajorityPlus1 = 37,
    LowerShortShapePlus1 = 38,
    LowerMinus1ShortShape = 39,
}
