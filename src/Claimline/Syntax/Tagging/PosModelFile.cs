using Claimline.Entities.Tagging;
using Claimline.Learning;
using Claimline.Resources;

namespace Claimline.Syntax.Tagging;

/// <summary>
/// The binary form of a <see cref="PosModel"/> (format <see cref="Format"/>), gzip-compressed, built from the parts
/// every Claimline model shares (<see cref="ModelFileCodec"/>):
/// <list type="number">
/// <item>the ASCII magic <c>CLPOS</c>, a format version byte (1) and the feature version string;</item>
/// <item>the tag names (UPOS order);</item>
/// <item>the tag dictionary: its word hashes in ascending order (count, then varint differences), then one tag byte each;</item>
/// <item>the feature hashes in ascending order, the weight bits (8 or 16), a float scale, and the weights row by row
/// (weight = integer × scale).</item>
/// </list>
/// The JSON manifest beside it records how it was trained (<see cref="PosManifest"/>).
/// </summary>
public static class PosModelFile
{
    public const string Format = "claimline-pos/1";

    /// <summary>Path of the shipped English model under <c>src/Claimline</c>.</summary>
    public const string EnglishPath = "Syntax/Resources/models/pos-en.weights.gz";

    public const string EnglishManifestPath = "Syntax/Resources/models/pos-en.json";

    private static readonly ModelFileHeader s_header = new("CLPOS"u8.ToArray(), 1, $"part-of-speech model of format {Format}", "claimline train pos");

    /// <summary>The tag names in label order.</summary>
    public static readonly string[] Labels = [.. Enumerable.Range(0, UposNames.Count).Select(l => PosModel.Tag(l).Name())];

    public static PosModel LoadEnglish()
    {
        using var stream = ResourceFile.Open(EnglishPath);
        return Read(stream, EnglishPath);
    }

    /// <summary>Writes a model. <paramref name="features"/> need not be sorted.</summary>
    public static void Write(Stream stream, TagDictionary dictionary, ReadOnlySpan<ulong> features, ReadOnlySpan<float> weights, int bits)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(dictionary);
        if (bits is not (8 or 16))
        {
            throw new ArgumentOutOfRangeException(nameof(bits), bits, "weights are stored in 8 or 16 bits");
        }

        var entries = dictionary.Entries.OrderBy(e => e.Key).ToArray();
        var (keys, rows) = ModelFileCodec.Sorted(features);
        var scale = WeightQuantizer.Scale(weights, bits);
        var weightArray = weights.ToArray();
        ModelFileCodec.Write(stream, s_header, PosFeatureExtractor.Version, writer =>
        {
            ModelFileCodec.WriteLabels(writer, Labels);
            ModelFileCodec.WriteKeys(writer, entries.Select(e => e.Key).ToArray());
            foreach (var entry in entries)
            {
                writer.Write(entry.Value);
            }

            ModelFileCodec.WriteKeys(writer, keys);
            writer.Write((byte)bits);
            writer.Write(scale);
            ModelFileCodec.WriteWeights(writer, weightArray, rows, Labels.Length, scale, bits);
        });
    }

    /// <summary>Reads a model written by <see cref="Write"/>; <paramref name="name"/> is for error messages.</summary>
    public static PosModel Read(Stream stream, string name)
        => ModelFileCodec.Read(stream, name, s_header, PosFeatureExtractor.Version, reader =>
        {
            var labels = ModelFileCodec.ReadLabels(reader, name, Labels);
            var words = ModelFileCodec.ReadKeys(reader);
            var tags = new Dictionary<ulong, byte>(words.Length);
            foreach (var word in words)
            {
                var tag = reader.ReadByte();
                if (tag >= labels)
                {
                    throw new InvalidDataException($"{name}: tag dictionary entry with tag {tag} of {labels}");
                }

                tags[word] = tag;
            }

            var keys = ModelFileCodec.ReadKeys(reader);
            var bits = reader.ReadByte();
            var scale = reader.ReadSingle();
            var weights = ModelFileCodec.ReadWeights(reader, keys.Length * labels, scale, bits);
            return new PosModel(new TagDictionary(tags), new PerceptronModel(labels, keys, weights));
        });
}
