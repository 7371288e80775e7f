using System.IO.Compression;
using System.Text;
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

    private static ReadOnlySpan<byte> Magic => "CLNER"u8;

    private const byte Version = 1;

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

        var l = labels.Count;
        var order = new int[features.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = features.ToArray();
        Array.Sort(keys, order);

        var maxAbs = 0f;
        foreach (var w in weights)
        {
            maxAbs = Math.Max(maxAbs, Math.Abs(w));
        }

        var limit = bits == 8 ? sbyte.MaxValue : short.MaxValue;
        var scale = maxAbs == 0 ? 1f : maxAbs / limit;

        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(featureVersion);
        writer.Write7BitEncodedInt(l);
        foreach (var label in labels)
        {
            writer.Write(label);
        }

        writer.Write7BitEncodedInt(keys.Length);
        ulong previousKey = 0;
        foreach (var key in keys)
        {
            writer.Write7BitEncodedInt64((long)(key - previousKey));
            previousKey = key;
        }

        writer.Write((byte)bits);
        writer.Write(scale);
        foreach (var row in order)
        {
            for (var label = 0; label < l; label++)
            {
                var q = (int)Math.Round(weights[(row * l) + label] / scale);
                if (bits == 8)
                {
                    writer.Write((sbyte)q);
                }
                else
                {
                    writer.Write((short)q);
                }
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>; <paramref name="name"/> is for error messages.</summary>
    public static PerceptronModel Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        try
        {
            Span<byte> magic = stackalloc byte[Magic.Length];
            reader.BaseStream.ReadExactly(magic);
            if (!magic.SequenceEqual(Magic) || reader.ReadByte() != Version)
            {
                throw new InvalidDataException($"{name}: not a Claimline NER model of format {Format}");
            }

            var featureVersion = reader.ReadString();
            if (featureVersion != Features.FeatureExtractor.Version)
            {
                throw new InvalidDataException($"{name}: trained with features '{featureVersion}', this build computes '{Features.FeatureExtractor.Version}'; retrain it with 'claimline train ner'");
            }

            var labelCount = reader.Read7BitEncodedInt();
            for (var i = 0; i < labelCount; i++)
            {
                var label = reader.ReadString();
                if (label != BilouLabels.Name(i))
                {
                    throw new InvalidDataException($"{name}: label {i} is '{label}', expected '{BilouLabels.Name(i)}'");
                }
            }

            var count = reader.Read7BitEncodedInt();
            var keys = new ulong[count];
            ulong key = 0;
            for (var i = 0; i < count; i++)
            {
                key += (ulong)reader.Read7BitEncodedInt64();
                keys[i] = key;
            }

            var bits = reader.ReadByte();
            var scale = reader.ReadSingle();
            var weights = new float[count * labelCount];
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = (bits == 8 ? reader.ReadSByte() : reader.ReadInt16()) * scale;
            }

            return new PerceptronModel(labelCount, keys, weights);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{name}: the model file is truncated");
        }
    }
}
