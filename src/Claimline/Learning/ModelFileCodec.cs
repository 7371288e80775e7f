using System.IO.Compression;
using System.Text;

namespace Claimline.Learning;

/// <summary>
/// The parts every Claimline model file shares, for the NER and the quotes models to build their formats from. A file
/// is gzip-compressed (smallest size) and opens with the ASCII magic, a version byte and the feature version string
/// (length-prefixed UTF-8); then come the format's own fields, among them weight tables: label names (count, then each
/// length-prefixed), feature hashes in ascending order as LEB128 varints of their differences, and weights as
/// little-endian signed 8- or 16-bit integers row by row (<see cref="WeightQuantizer"/>).
/// </summary>
internal static class ModelFileCodec
{
    /// <summary>Writes the header, then lets <paramref name="body"/> write the rest; the stream is left open.</summary>
    public static void Write(Stream stream, ModelFileHeader header, string featureVersion, Action<BinaryWriter> body)
    {
        ArgumentNullException.ThrowIfNull(stream);

        // The writer is disposed (flushed, a gzip sync flush) before the gzip stream is finished: the shipped files were
        // written so, and another order gives other bytes.
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(header.Magic);
        writer.Write(header.Version);
        writer.Write(featureVersion);
        body(writer);
    }

    /// <summary>
    /// Checks the header, then lets <paramref name="body"/> read the rest. A wrong magic or version, features other than
    /// <paramref name="featureVersion"/> and a truncated file are <see cref="InvalidDataException"/>s that start with
    /// <paramref name="name"/>.
    /// </summary>
    public static T Read<T>(Stream stream, string name, ModelFileHeader header, string featureVersion, Func<BinaryReader, T> body)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        try
        {
            Span<byte> magic = stackalloc byte[header.Magic.Length];
            reader.BaseStream.ReadExactly(magic);
            if (!magic.SequenceEqual(header.Magic) || reader.ReadByte() != header.Version)
            {
                throw new InvalidDataException($"{name}: not a Claimline {header.Description}");
            }

            var features = reader.ReadString();
            if (features != featureVersion)
            {
                throw new InvalidDataException($"{name}: trained with features '{features}', this build computes '{featureVersion}'; retrain it with '{header.TrainCommand}'");
            }

            return body(reader);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{name}: the model file is truncated");
        }
    }

    public static void WriteLabels(BinaryWriter writer, IReadOnlyList<string> labels)
    {
        writer.Write7BitEncodedInt(labels.Count);
        foreach (var label in labels)
        {
            writer.Write(label);
        }
    }

    /// <summary>Reads label names, each of which must be the expected one at its index; returns their count.</summary>
    public static int ReadLabels(BinaryReader reader, string name, IReadOnlyList<string> expected)
    {
        var count = reader.Read7BitEncodedInt();
        for (var i = 0; i < count; i++)
        {
            var label = reader.ReadString();
            if (i >= expected.Count || label != expected[i])
            {
                throw new InvalidDataException($"{name}: label {i} is '{label}', expected '{(i < expected.Count ? expected[i] : "none")}'");
            }
        }

        return count;
    }

    /// <summary>The keys in ascending order, and for each the index it had (the row to write for it).</summary>
    public static (ulong[] Keys, int[] Rows) Sorted(ReadOnlySpan<ulong> keys)
    {
        var rows = new int[keys.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = i;
        }

        var sorted = keys.ToArray();
        Array.Sort(sorted, rows);
        return (sorted, rows);
    }

    /// <summary>Writes ascending keys: their count, then the varint differences.</summary>
    public static void WriteKeys(BinaryWriter writer, ReadOnlySpan<ulong> sorted)
    {
        writer.Write7BitEncodedInt(sorted.Length);
        ulong previous = 0;
        foreach (var key in sorted)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
        }
    }

    public static ulong[] ReadKeys(BinaryReader reader)
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

    /// <summary>Writes the weight rows in the order of <paramref name="rows"/> as integers of <paramref name="bits"/> bits.</summary>
    public static void WriteWeights(BinaryWriter writer, ReadOnlySpan<float> weights, int[] rows, int labels, float scale, int bits)
    {
        foreach (var row in rows)
        {
            for (var label = 0; label < labels; label++)
            {
                var q = WeightQuantizer.Quantize(weights[(row * labels) + label], scale);
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

    public static float[] ReadWeights(BinaryReader reader, int count, float scale, int bits)
    {
        var weights = new float[count];
        var raw = ReadIntegers(reader, count, bits);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = raw[i] * scale;
        }

        return weights;
    }

    /// <summary>
    /// <paramref name="count"/> little-endian integers of <paramref name="bits"/> bits (8 or 16), read in one block:
    /// one <see cref="BinaryReader.ReadSByte"/> call per weight cost a tenth of a second of start-up over the
    /// models' millions of weights. A <see cref="BinaryReader"/> reads no further than asked, so its stream can be read
    /// directly in between.
    /// </summary>
    public static short[] ReadIntegers(BinaryReader reader, int count, int bits)
    {
        var values = new short[count];
        if (bits == 8)
        {
            var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(count, 1));
            try
            {
                reader.BaseStream.ReadExactly(bytes, 0, count);
                for (var i = 0; i < count; i++)
                {
                    values[i] = (sbyte)bytes[i];
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
            }

            return values;
        }

        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(values, values);
        }

        return values;
    }
}
