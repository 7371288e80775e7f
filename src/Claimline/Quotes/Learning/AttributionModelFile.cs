using Claimline.Learning;
using Claimline.Resources;

namespace Claimline.Quotes.Learning;

/// <summary>
/// The binary form of an <see cref="AttributionModel"/> (format <see cref="Format"/>), gzip-compressed: the ASCII magic
/// <c>CLQUO</c>, a version byte, the feature version string, the cue words (count, then their hashes ascending as
/// varint differences), then the cue model and the role model, each as its label
/// names, its feature hashes in ascending order (LEB128 varints of the differences), a float scale and 16-bit weights
/// (weight = integer × scale), row by row. The JSON manifest beside it records how it was trained.
/// </summary>
public static class AttributionModelFile
{
    public const string Format = "claimline-attribution/2";

    /// <summary>Path of the shipped English model under <c>src/Claimline</c>.</summary>
    public const string EnglishPath = "Quotes/Resources/models/quotes-en.weights.gz";

    /// <summary>Bits per stored weight; unlike the NER format, this one does not record them.</summary>
    internal const int Bits = 16;

    private static readonly ModelFileHeader s_header = new("CLQUO"u8.ToArray(), 2, $"attribution model of format {Format}", "claimline train quotes");

    /// <summary>The feature version this build computes, recorded in every model file.</summary>
    public static string FeatureVersion => AttributionFeatures.Version;

    public static IReadOnlyList<string> CueLabels => AttributionLabels.CueNames;

    public static IReadOnlyList<string> RoleLabels => AttributionLabels.RoleNames;

    /// <summary>The shipped model, or null when this build has none (before the first <c>claimline train quotes</c>).</summary>
    public static AttributionModel? LoadEnglish()
    {
        Stream stream;
        try
        {
            stream = ResourceFile.Open(EnglishPath);
        }
        catch (ResourceException)
        {
            return null;
        }

        using (stream)
        {
            return Read(stream, EnglishPath);
        }
    }

    public static void Write(Stream stream, AttributionModel model)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(model);
        ModelFileCodec.Write(stream, s_header, AttributionFeatures.Version, writer =>
        {
            ModelFileCodec.WriteKeys(writer, [.. model.CueWords.Order()]);
            WriteTagger(writer, model.CueWeights, AttributionLabels.CueNames);
            WriteTagger(writer, model.RoleWeights, AttributionLabels.RoleNames);
        });
    }

    public static AttributionModel Read(Stream stream, string name)
        => ModelFileCodec.Read(stream, name, s_header, AttributionFeatures.Version, reader =>
        {
            var words = ModelFileCodec.ReadKeys(reader);
            var cues = ReadTagger(reader, name, AttributionLabels.CueNames);
            var roles = ReadTagger(reader, name, AttributionLabels.RoleNames);
            return new AttributionModel(words, cues, roles);
        });

    private static void WriteTagger(BinaryWriter writer, SparseWeights weights, IReadOnlyList<string> labels)
    {
        ModelFileCodec.WriteLabels(writer, labels);
        var (keys, rows) = ModelFileCodec.Sorted(weights.Keys);
        ModelFileCodec.WriteKeys(writer, keys);
        var scale = WeightQuantizer.Scale(weights.Weights, Bits);
        writer.Write(scale);
        ModelFileCodec.WriteWeights(writer, weights.Weights, rows, labels.Count, scale, Bits);
    }

    private static SparseWeights ReadTagger(BinaryReader reader, string name, IReadOnlyList<string> expected)
    {
        var labelCount = ModelFileCodec.ReadLabels(reader, name, expected);
        var keys = ModelFileCodec.ReadKeys(reader);
        var scale = reader.ReadSingle();
        return new SparseWeights(keys, ModelFileCodec.ReadWeights(reader, keys.Length * labelCount, scale, Bits), labelCount);
    }
}
