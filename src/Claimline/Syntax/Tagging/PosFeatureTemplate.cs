namespace Claimline.Syntax.Tagging;

/// <summary>
/// The part-of-speech feature templates. A feature is <see cref="Entities.Features.FeatureHash.Combine"/> of the
/// template id and its values; the ids are part of the model format (append new ones, never renumber). Offsets are
/// relative to the current token.
/// </summary>
public enum PosFeatureTemplate : ulong
{
    Bias = 1,
    Word = 2,
    Lower = 3,
    Prefix = 4,
    Suffix = 5,
    Shape = 6,
    ShortShape = 7,
    PreviousTag = 8,
    PreviousTag2 = 9,
    PreviousTags = 10,
    PreviousTagLower = 11,
    LowerMinus2 = 12,
    LowerMinus1 = 13,
    LowerPlus1 = 14,
    LowerPlus2 = 15,
    SuffixMinus1 = 16,
    SuffixPlus1 = 17,
    Cluster = 18,
    ClusterMinus1 = 19,
    ClusterPlus1 = 20,
    ClusterMinus2 = 21,
    ClusterPlus2 = 22,
    ShortShapeMinus1 = 23,
    ShortShapePlus1 = 24,
    LowerBigramLeft = 25,
    LowerBigramRight = 26,
    UnknownCluster = 27,
    PreviousTagLowerPlus1 = 28,
    PreviousTagSuffix = 29,
    PreviousTagCluster = 30,
    ClusterPlus1Lower = 31,
}
