using Claimline.Entities.Features;
using Claimline.Entities.Gazetteers;
using Claimline.Entities.Tagging;
using Claimline.Entities.Training;
using Claimline.Resources;

namespace Claimline.Tests.Entities;

public class ModelFileTests
{
    private static ModelManifest ShippedManifest()
    {
        using var reader = new StreamReader(ResourceFile.Open(ModelFile.EnglishManifestPath));
        return ModelManifest.FromJson(reader.ReadToEnd());
    }

    [Fact]
    public void Shipped_model_loads_and_matches_its_manifest()
    {
        var manifest = ShippedManifest();
        var model = EntityTagger.English.Model;
        Assert.Equal(BilouLabels.Count, model.Labels);
        Assert.Equal(manifest.FeatureCount, model.FeatureCount);
        Assert.Equal(FeatureExtractor.Version, manifest.Features);
        Assert.Equal(Enumerable.Range(0, BilouLabels.Count).Select(BilouLabels.Name), manifest.Labels);
    }

    [Fact]
    public void Shipped_model_was_trained_with_the_shipped_gazetteer()
        => Assert.True(
            ShippedManifest().GazetteerSha256 == GazetteerFiles.Sha256(),
            "The gazetteer files changed since the model was trained; retrain it with 'claimline train ner' (see README).");

    [Fact]
    public void Shipped_manifest_records_its_cross_validation_and_which_model_its_dev_score_belongs_to()
    {
        var manifest = ShippedManifest();
        Assert.NotNull(manifest.CrossValidation);
        Assert.Equal(5, manifest.CrossValidation.Folds);
        Assert.Equal("eng.train + eng.testa", manifest.TrainingFile);
        Assert.Equal("the same settings trained on eng.train alone", manifest.DevScoredBy);
        Assert.Equal(nameof(NerFeatureGroups.All), manifest.FeatureGroups);
    }

    [Fact]
    public void Shipped_model_file_is_the_one_the_manifest_describes()
    {
        using var stream = ResourceFile.Open(ModelFile.EnglishPath);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var manifest = ShippedManifest();
        Assert.Equal(manifest.SizeBytes, memory.Length);
        Assert.Equal(manifest.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(memory.ToArray())));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    public void Weights_survive_a_round_trip_within_the_quantization_step(int bits)
    {
        ulong[] features = [42, 7, 1UL << 60];
        var labels = Enumerable.Range(0, BilouLabels.Count).Select(BilouLabels.Name).ToArray();
        var weights = Enumerable.Range(0, features.Length * labels.Length).Select(i => (float)Math.Sin(i) * 3).ToArray();
        using var stream = new MemoryStream();
        ModelFile.Write(stream, FeatureExtractor.Version, labels, features, weights, bits);
        var model = ModelFile.Read(new MemoryStream(stream.ToArray()), "test");
        var step = 3f / (bits == 8 ? 127 : 32767);
        for (var row = 0; row < features.Length; row++)
        {
            for (var label = 0; label < labels.Length; label++)
            {
                Assert.InRange(model.Weight(features[row], label) - weights[(row * labels.Length) + label], -step, step);
            }
        }

        Assert.Equal(0, model.Weight(99, 0));
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_with_its_name()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("hello world"u8);
        }

        var error = Assert.Throws<InvalidDataException>(() => ModelFile.Read(new MemoryStream(stream.ToArray()), "junk.gz"));
        Assert.StartsWith("junk.gz:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_with_the_same_seed_gives_the_same_model_file()
    {
        const string data = """
            Ana B-PER
            Kovac I-PER
            visited O
            Geneva B-LOC
            . O

            The O
            United B-ORG
            Nations I-ORG
            met O
            in O
            Oslo B-LOC
            . O

            Kovac B-PER
            spoke O
            . O
            """;
        var sentences = ConllReader.Read(new StringReader(data), "inline");
        var options = new TrainingOptions { Epochs = 3, Shuffles = 2, MinFeatureCount = 1, Seed = 7 };
        var first = new PerceptronTrainer(Gazetteer.English, options).Train(sentences, null);
        var second = new PerceptronTrainer(Gazetteer.English, options).Train(sentences, null);
        Assert.Equal(first.File, second.File);
        Assert.True(first.Model.FeatureCount > 0);
        Assert.Equal(15, first.TrainingTokens);
    }
}
