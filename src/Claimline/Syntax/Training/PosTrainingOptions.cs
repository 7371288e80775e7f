using Claimline.Syntax.Tagging;

namespace Claimline.Syntax.Training;

/// <summary>Settings of <see cref="PosTrainer"/>; the defaults trained the shipped model (chosen by cross-validation on EWT train, docs/syntax.md).</summary>
public sealed record PosTrainingOptions
{
    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Seeds the shuffling of sentences between epochs: the same seed gives the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>A feature is kept only if it occurs at least this often in the training data (with gold context).</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>Perceptrons trained with consecutive seeds whose averaged weights are averaged again into the model.</summary>
    public int Shuffles { get; init; } = 3;

    /// <summary>Bits per stored weight: 8 or 16.</summary>
    public int WeightBits { get; init; } = 8;

    /// <summary>A word enters the tag dictionary when seen at least this often ...</summary>
    public int DictionaryMinCount { get; init; } = TagDictionary.DefaultMinCount;

    /// <summary>... with one tag at least this share of the time.</summary>
    public double DictionaryMinShare { get; init; } = TagDictionary.DefaultMinShare;
}
