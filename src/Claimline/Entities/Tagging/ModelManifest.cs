using System.Text.Json;
using System.Text.Json.Serialization;
using Claimline.Learning;

namespace Claimline.Entities.Tagging;

/// <summary>
/// The JSON description written beside a model file: what it computes, how it was trained and how well it scored on
/// the development set. <c>claimline eval ner</c> prints the score it claims next to the one it measures.
/// </summary>
public sealed record ModelManifest
{
    public required string Name { get; init; }

    public required string Format { get; init; }

    public required string Features { get; init; }

    /// <summary>The optional feature groups the model was trained with (<see cref="Features.NerFeatureGroups"/>); absent before they existed.</summary>
    public string? FeatureGroups { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    public required string Decoder { get; init; }

    public required int HistoryWindow { get; init; }

    public required string TrainingFile { get; init; }

    public required string TrainingSha256 { get; init; }

    public required int TrainingSentences { get; init; }

    public required int TrainingTokens { get; init; }

    public string? DevFile { get; init; }

    /// <summary>Which model <see cref="Dev"/> scores: this one, or the same settings trained without the dev file (when the dev file was then added to training).</summary>
    public string? DevScoredBy { get; init; }

    /// <summary>K-fold cross-validation on the training file (<c>--folds</c>) with these settings, when run.</summary>
    public ManifestCrossValidation? CrossValidation { get; init; }

    public required int Seed { get; init; }

    public required int Epochs { get; init; }

    public required int Shuffles { get; init; }

    public required int MinFeatureCount { get; init; }

    public required int FeatureCount { get; init; }

    public required int WeightBits { get; init; }

    public required string GazetteerSha256 { get; init; }

    public ManifestScore? Dev { get; init; }

    public required long SizeBytes { get; init; }

    public required string Sha256 { get; init; }

    public required double TrainingSeconds { get; init; }

    public string ToJson() => ManifestJson.Write(this);

    public static ModelManifest FromJson(string json)
        => ManifestJson.Read<ModelManifest>(json);
}

/// <summary>Cross-validated F1 on the training file: folds, how they were split, mean and sample standard deviation.</summary>
public sealed record ManifestCrossValidation(int Folds, string Split, double MeanF1, double StandardDeviation);

/// <summary>A conlleval score as the manifest records it.</summary>
public sealed record ManifestScore(double Precision, double Recall, double F1, IReadOnlyDictionary<string, double> TypeF1);
