using System.Text.Json;
using System.Text.Json.Serialization;
using Claimline.Learning;

namespace Claimline.Syntax.Parsing;

/// <summary>
/// The JSON description written beside a parser model: what it computes, how it was trained and how it scored on the
/// development set. <c>claimline eval parse</c> prints the score it claims beside the one it measures.
/// </summary>
public sealed record ParserManifest
{
    public required string Name { get; init; }

    public required string Format { get; init; }

    public required string Features { get; init; }

    public required string FeatureGroups { get; init; }

    public required int Relations { get; init; }

    public required string Decoder { get; init; }

    public required string TrainingFile { get; init; }

    public required string TrainingSha256 { get; init; }

    public required int TrainingSentences { get; init; }

    public required int TrainingWords { get; init; }

    /// <summary>Where the training tags came from: the file's UPOS column as it is (gold, or jackknifed predictions).</summary>
    public required string TrainingTags { get; init; }

    public required int LiftedSentences { get; init; }

    public string? DevFile { get; init; }

    public required int Seed { get; init; }

    public required int Epochs { get; init; }

    public required int ExploreAfter { get; init; }

    public required double ExploreProbability { get; init; }

    public required string NonProjective { get; init; }

    public required int LiftCutoff { get; init; }

    public required float MinWeight { get; init; }

    public required int TransitionFeatureCount { get; init; }

    public required int RelationFeatureCount { get; init; }

    public required int WeightBits { get; init; }

    /// <summary>Memory the loaded weight tables hold.</summary>
    public required long MemoryBytes { get; init; }

    public ParserManifestScore? Dev { get; init; }

    public required long SizeBytes { get; init; }

    public required string Sha256 { get; init; }

    public required double TrainingSeconds { get; init; }

    public string ToJson() => ManifestJson.Write(this);

    public static ParserManifest FromJson(string json)
        => ManifestJson.Read<ParserManifest>(json);
}

/// <summary>Dev scores as the manifest records them (CoNLL 2018 scoring, gold tokens, the dev file's own UPOS).</summary>
public sealed record ParserManifestScore(double Uas, double Las, double FullLas);
