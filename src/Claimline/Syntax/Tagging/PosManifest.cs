using System.Text.Json;
using System.Text.Json.Serialization;
using Claimline.Learning;

namespace Claimline.Syntax.Tagging;

/// <summary>
/// The JSON description written beside a part-of-speech model file: what it computes, how it was trained and how
/// well it scored on the development set. <c>claimline eval pos</c> prints the score it claims next to the one it measures.
/// </summary>
public sealed record PosManifest
{
    public required string Name { get; init; }

    public required string Format { get; init; }

    public required string Features { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    public required string Decoder { get; init; }

    public required string TrainingFile { get; init; }

    public required string TrainingSha256 { get; init; }

    public required int TrainingSentences { get; init; }

    public required int TrainingTokens { get; init; }

    public string? DevFile { get; init; }

    public required int Seed { get; init; }

    public required int Epochs { get; init; }

    public required int Shuffles { get; init; }

    public required int MinFeatureCount { get; init; }

    public required int FeatureCount { get; init; }

    public required int TagDictionaryWords { get; init; }

    public required string TagDictionaryRule { get; init; }

    public required int WeightBits { get; init; }

    /// <summary>UPOS accuracy on <see cref="DevFile"/>.</summary>
    public double? DevUpos { get; init; }

    public required long SizeBytes { get; init; }

    public required string Sha256 { get; init; }

    public required double TrainingSeconds { get; init; }

    public string ToJson() => ManifestJson.Write(this);

    public static PosManifest FromJson(string json)
        => ManifestJson.Read<PosManifest>(json);
}
