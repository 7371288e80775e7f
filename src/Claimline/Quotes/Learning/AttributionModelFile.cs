using System.IO.Compression;
using System.Text;
using Claimline.Entities.Tagging;
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

    private const byte Version = 2;

    /// <summary>The feature version this build computes, recorded in every model file.</summary>
    public static string FeatureVersion => AttributionFeatures.Version;

    public static IReadOnlyList<string> CueLabels => AttributionLabels.CueNames;

    public static IReadOnlyList<string> RoleLabels => AttributionLabels.RoleNames;

    private static ReadOnlySpan<byte> Magic => "CLQUO"u8;

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
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(AttributionFeatures.Version);
        WriteKeys(writer, [.. model.CueWords.Order()]);
        WriteModel(writer, model.CueWeights, AttributionLabels.CueNames);
        WriteModel(writer, model.RoleWeights, AttributionLabels.RoleNames);
    }

    public static AttributionModel Read(Stream stream, string name)
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
                throw new InvalidDataException($"{name}: not a Claimline attribution model of format {Format}");
            }

            var features = reader.ReadString();
            if (features != AttributionFeatures.Version)
            {
                throw new InvalidDataException($"{name}: trained with features '{features}', this build computes '{AttributionFeatures.Version}'; retrain it with 'claimline train quotes'");
            }

            var words = ReadKeys(reader);
            var cues = ReadModel(reader, name, AttributionLabels.CueNames);
            var roles = ReadModel(reader, name, AttributionLabels.RoleNames);
            return new AttributionModel(words, cues, roles);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{name}: the model file is truncated");
        }
    }

    private static void WriteModel(BinaryWriter writer, SparseWeights weights, IReadOnlyList<string> labels)
    {
        var l = labels.Count;
        writer.Write7BitEncodedInt(l);
        foreach (var label in labels)
        {
            writer.Write(label);
        }

        var order = Enumerable.Range(0, weights.Keys.Length).ToArray();
        var keys = weights.Keys.ToArray();
        Array.Sort(keys, order);
        WriteKeys(writer, keys);

        var maxAbs = weights.Weights.Length == 0 ? 0f : weights.Weights.Max(Math.Abs);
        var scale = maxAbs == 0 ? 1f : maxAbs / short.MaxValue;
        writer.Write(scale);
        foreach (var row in order)
        {
            for (var label = 0; label < l; label++)
            {
                writer.Write((short)Math.Round(weights.Weights[(row * l) + label] / scale));
            }
        }
    }

    private static void WriteKeys(BinaryWriter writer, ulong[] sorted)
    {
        writer.Write7BitEncodedInt(sorted.Length);
        ulong previous = 0;
        foreach (var key in sorted)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
        }
    }

    private static ulong[] ReadKeys(BinaryReader reader)
    {
        var keys = new ulong[reader.Read7BitEncodedInt()];
        ulong key = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            key += (ulong)reader.Read7BitEncodedInt64();
            keys[i] = key;
        }

        return keys;
    }

    private static SparseWeights ReadModel(BinaryReader reader, string name, IReadOnlyList<string> expected)
    {
        var labelCount = reader.Read7BitEncodedInt();
        for (var i = 0; i < labelCount; i++)
        {
            var label = reader.ReadString();
            if (i >= expected.Count || label != expected[i])
            {
                throw new InvalidDataException($"{name}: label {i} is '{label}', expected '{(i < expected.Count ? expected[i] : "none")}'");
            }
        }

        var keys = ReadKeys(reader);
        var count = keys.Length;
        var scale = reader.ReadSingle();
        var weights = new float[count * labelCount];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = reader.ReadInt16() * scale;
        }

        return new SparseWeights(keys, weights, labelCount);
    }
}

/// <summary>Feature hashes and their row-major weights, as trained or read: the raw form of a <see cref="PerceptronModel"/>.</summary>
public sealed record SparseWeights(ulong[] Keys, float[] Weights, int Labels)
{
    public PerceptronModel ToModel() => new(Labels, Keys, Weights);
}
