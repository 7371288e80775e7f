using Claimline.Learning;
using Claimline.Resources;

namespace Claimline.Syntax.Parsing;

/// <summary>
/// The binary form of a <see cref="ParserModel"/> (format <see cref="Format"/>), gzip-compressed through
/// <see cref="ModelFileCodec"/>: the magic <c>CLPAR</c>, version 1, the feature version, the feature groups (int), the
/// labels, then two weight tables (transitions, relations), each as its class count, ascending keys (varint
/// differences), weight bits, a float scale and the weights row by row as signed integers. Rows whose weights would
/// all be stored as 0 are left out. The JSON manifest beside it (<see cref="ParserManifest"/>) says how it was trained.
/// </summary>
public static class ParserModelFile
{
    public const string Format = "claimline-parser/1";

    /// <summary>Path of the shipped English model under <c>src/Claimline</c>.</summary>
    public const string EnglishPath = "Syntax/Resources/models/parse-en.weights.gz";

    public const string EnglishManifestPath = "Syntax/Resources/models/parse-en.json";

    private static readonly ModelFileHeader s_header = new("CLPAR"u8.ToArray(), 1, $"parser model of format {Format}", "claimline train parse");

    public static ParserModel LoadEnglish()
    {
        using var stream = ResourceFile.Open(EnglishPath);
        return Read(stream, EnglishPath);
    }

    public static bool HasEnglish()
    {
        try
        {
            using var stream = ResourceFile.Open(EnglishPath);
            return true;
        }
        catch (ResourceException)
        {
            return false;
        }
    }

    /// <summary>Writes a model from trained rows (keys need not be sorted).</summary>
    public static void Write(
        Stream stream, ParseLabels labels, FeatureGroups groups,
        (ulong[] Keys, float[] Weights) transitions, (ulong[] Keys, float[] Weights) relations, int bits, float minWeight = 0)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ModelFileCodec.Write(stream, s_header, ParserModel.FeatureVersion, writer =>
        {
            writer.Write((int)groups);
            ModelFileCodec.WriteLabels(writer, labels.Names);
            WriteTable(writer, Prune(transitions, 3, bits, minWeight), 3, bits);
            WriteTable(writer, Prune(relations, labels.Count, bits, minWeight), labels.Count, bits);
        });
    }

    public static ParserModel Read(Stream stream, string name)
        => ModelFileCodec.Read(stream, name, s_header, ParserModel.FeatureVersion, reader =>
        {
            var groups = (FeatureGroups)reader.ReadInt32();
            var count = reader.Read7BitEncodedInt();
            var names = new string[count];
            for (var i = 0; i < count; i++)
            {
                names[i] = reader.ReadString();
            }

            var labels = new ParseLabels(names);
            if (!labels.Names.SequenceEqual(names))
            {
                throw new InvalidDataException($"{name}: the labels are not in ordinal order");
            }

            var transitions = ReadTable(reader, name, 3);
            var relations = ReadTable(reader, name, labels.Count);
            return new ParserModel(labels, groups, transitions, relations);
        });

    /// <summary>The rows of a table that <see cref="Write"/> would keep, as a table.</summary>
    public static WeightTable Table((ulong[] Keys, float[] Weights) rows, int classes, int bits, float minWeight = 0)
    {
        var (keys, weights) = Prune(rows, classes, bits, minWeight);
        return WeightTable.FromFloats(keys, weights, classes);
    }

    /// <summary>The rows with some weight that is stored as a non-zero integer and is at least <paramref name="minWeight"/> in size.</summary>
    public static (ulong[] Keys, float[] Weights) Prune((ulong[] Keys, float[] Weights) rows, int classes, int bits, float minWeight)
    {
        var (keys, weights) = WeightQuantizer.NonZeroRows(rows.Keys, rows.Weights, classes, bits);
        if (minWeight <= 0)
        {
            return (keys, weights);
        }

        var keptKeys = new List<ulong>();
        var keptWeights = new List<float>();
        for (var row = 0; row < keys.Length; row++)
        {
            var w = weights.AsSpan(row * classes, classes);
            if (WeightQuantizer.MaxAbs(w) >= minWeight)
            {
                keptKeys.Add(keys[row]);
                keptWeights.AddRange(w);
            }
        }

        return ([.. keptKeys], [.. keptWeights]);
    }

    private static void WriteTable(BinaryWriter writer, (ulong[] Keys, float[] Weights) table, int classes, int bits)
    {
        var (kept, keptWeights) = table;
        var (sorted, rows) = ModelFileCodec.Sorted(kept);
        var scale = WeightQuantizer.Scale(keptWeights, bits);
        writer.Write7BitEncodedInt(classes);
        ModelFileCodec.WriteKeys(writer, sorted);
        writer.Write((byte)bits);
        writer.Write(scale);
        ModelFileCodec.WriteWeights(writer, keptWeights, rows, classes, scale, bits);
    }

    private static WeightTable ReadTable(BinaryReader reader, string name, int expectedClasses)
    {
        var classes = reader.Read7BitEncodedInt();
        if (classes != expectedClasses)
        {
            throw new InvalidDataException($"{name}: a table has {classes} classes, expected {expectedClasses}");
        }

        var keys = ModelFileCodec.ReadKeys(reader);
        var bits = reader.ReadByte();
        _ = reader.ReadSingle(); // the scale: scores are compared, never read as numbers, so the integers suffice
        var weights = ModelFileCodec.ReadIntegers(reader, keys.Length * classes, bits);

        return new WeightTable(keys, weights, classes);
    }
}
