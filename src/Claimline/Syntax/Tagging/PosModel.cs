using Claimline.Entities.Tagging;

namespace Claimline.Syntax.Tagging;

/// <summary>The part-of-speech model: the tag dictionary and the perceptron weights over the 17 UPOS tags (label = tag − 1).</summary>
/// <param name="Dictionary">Words tagged without scoring.</param>
/// <param name="Weights">One weight row per known feature, one column per tag.</param>
public sealed record PosModel(TagDictionary Dictionary, PerceptronModel Weights)
{
    /// <summary>The tag of a 0-based label.</summary>
    public static Upos Tag(int label) => (Upos)(label + 1);

    /// <summary>The 0-based label of a tag.</summary>
    public static int Label(Upos tag) => (int)tag - 1;
}
