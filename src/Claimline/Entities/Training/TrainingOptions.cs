using Claimline.Entities.Features;

namespace Claimline.Entities.Training;

/// <summary>Settings of <see cref="PerceptronTrainer"/>; the defaults trained the shipped model.</summary>
public sealed record TrainingOptions
{
    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 20;

    /// <summary>Seeds the shuffling of sentence blocks between epochs: the same seed gives the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>A feature is kept only if it occurs at least this often in the training data (with gold context).</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>Tokens of document history the features see; 0 turns the history features off.</summary>
    public int HistoryWindow { get; init; } = DocumentHistory.DefaultWindow;

    /// <summary>
    /// Consecutive sentences kept together when shuffling (the CoNLL copy has no document boundaries, so blocks stand in
    /// for documents); the history starts empty at each block.
    /// </summary>
    public int BlockSentences { get; init; } = 40;

    /// <summary>
    /// Perceptrons trained with consecutive seeds (each its own shuffling) whose averaged weights are averaged again
    /// into the model: it lowers the variance between seeds at the cost of training time, not of model size.
    /// </summary>
    public int Shuffles { get; init; } = 3;

    /// <summary>The optional feature groups to train with; the others get no weights (<see cref="NerFeatureGroups"/>).</summary>
    public NerFeatureGroups Groups { get; init; } = NerFeatureGroups.All;

    /// <summary>Bits per stored weight: 8 or 16.</summary>
    public int WeightBits { get; init; } = 16;
}
