using Claimline.Learning;
using Claimline.Resources;

namespace Claimline.Entities.Tagging;

/// <summary>
/// The binary form of a <see cref="PerceptronModel"/> (format <see cref="Format"/>), gzip-compressed:
/// <list type="number">
/// <item>the ASCII magic <c>CLNER</c> and a format version byte (1);</item>
/// <item>the feature version string and the label names (length-prefixed UTF-8);</item>
/// <item>the feature count, then the feature hashes in ascending order as LEB128 varints of their differences;</item>
/// <item>the weight bits (8 or 16), a float scale, and the weights as little-endian signed integers, row by row:
/// weight = integer × scale.</item>
/// </list>
/// The JSON manifest beside the file records how it was trained (<see cref="ModelManifest"/>).
/// </summary>
public static class ModelFile
{
    public const string Format = "claimline-perceptron/1";

    /// <summary>Path of the shipped English model under <c>src/Claimline</c>.</summary>
    public const string EnglishPath = "Entities/Resources/models/ner-en.weights.gz";

    public const string EnglishManifestPath = "Entities/Resources/models/ner-en.json";

    private static readonly ModelFileHeader s_header = new("CLNER"u8.ToArray(), 1, $"NER model of format {Format}", "claimline train ner");

    private static readonly string[] s_labels = [.. Enumerable.Range(0, BilouLabels.Count).Select(BilouLabels.Name)];

    public static PerceptronModel LoadEnglish()
    {
        using var stream = ResourceFile.Open(EnglishPath);
        return Read(stream, EnglishPath);
    }

    /// <summary>Writes a model. <paramref name="features"/> need not be sorted; rows are written in feature order.</summary>
    public static void Write(Stream stream, string featureVersion, IReadOnlyList<string> labels, ReadOnlySpan<ulong> features, ReadOnlySpan<float> weights, int bits)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(labels);
        if (bits is not (8 or 16))
        {
            throw new ArgumentOutOfRangeException(nameof(bits), bits, "weights are stored in 8 or 16 bits");
        }

        var (keys, rows) = ModelFileCodec.Sorted(features);
        var scale = WeightQuantizer.Scale(weights, bits);
        var weightArray = weights.ToArray();
        ModelFileCodec.Write(stream, s_header, featureVersion, writer =>
        {
            ModelFileCodec.WriteLabels(writer, labels);
            ModelFileCodec.WriteKeys(writer, keys);
            writer.Write((byte)bits);
            writer.Write(scale);
            ModelFileCodec.WriteWeights(writer, weightArray, rows, labels.Count, scale, bits);
        });
    }

    /// <summary>Reads a model written by <see cref="Write"/>; <paramref name="name"/> is for error messages.</summary>
    public static PerceptronModel Read(Stream stream, string name)
        => ModelFileCodec.Read(stream, name, s_header, Features.FeatureExtractor.Version, reader =>
        {
            var labelCount = ModelFileCodec.ReadLabels(reader, name, s_labels);
            var keys = ModelFileCodec.ReadKeys(reader);
            var bits = reader.ReadByte();
            var scale = reader.ReadSingle();
            return new PerceptronModel(labelCount, keys, ModelFileCodec.ReadWeights(reader, keys.Length * labelCount, scale, bits));
        });
}
