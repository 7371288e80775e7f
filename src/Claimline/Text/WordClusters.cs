using System.IO.Compression;
using System.Reflection;

namespace Claimline.Text;

/// <summary>
/// Brown word clusters (Brown et al. 1992; the BLLIP clusters of Koo, Carreras &amp; Collins 2008): each known word has
/// a bit-string path in a binary merge tree, and prefixes of the path are coarser classes. Features use prefixes of
/// length 4, 6, 10 and 20 (Turian et al. 2010). A word not found as written is looked up in lower case, then with
/// its first letter upper-cased. Immutable and shared by all threads.
/// </summary>
public sealed class WordClusters
{
    /// <summary>The resource shipped with Claimline: the BLLIP clusters of words seen at least 10 times (Text/Resources/clusters/PROVENANCE.md).</summary>
    public const string ResourceName = "Claimline.Text/Resources/clusters/bllip-c1000-min10.tsv.gz";

    private static readonly Lazy<WordClusters> s_english = new(() =>
    {
        using var stream = typeof(WordClusters).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} not found");
        return Read(new GZipStream(stream, CompressionMode.Decompress));
    });

    private readonly Dictionary<string, ulong> _paths;
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordClusters(Dictionary<string, ulong> paths)
    {
        _paths = paths;
        _lookup = paths.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped English clusters, loaded once.</summary>
    public static WordClusters English => s_english.Value;

    public int Count => _paths.Count;

    /// <summary>Every word with its path (leading 1 bit), for callers that index the clusters their own way.</summary>
    internal IEnumerable<KeyValuePair<string, ulong>> Entries => _paths;

    /// <summary>Reads the cluster format (<c>path TAB word [TAB count]</c>, one word a line); a <c>.gz</c> file is decompressed.</summary>
    public static WordClusters ReadFile(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return Read(stream);
    }

    public static WordClusters Read(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var paths = new Dictionary<string, ulong>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var end = line.IndexOf('\t', tab + 1);
            var word = end < 0 ? line[(tab + 1)..] : line[(tab + 1)..end];
            paths.TryAdd(word, Encode(line.AsSpan(0, tab)));
        }

        return new WordClusters(paths);
    }

    /// <summary>
    /// The cluster of <paramref name="word"/> cut to its first <paramref name="length"/> bits, as a number unique
    /// for that prefix length (a leading 1 bit marks where the path starts); 0 when the word is unknown.
    /// </summary>
    public ulong Prefix(ReadOnlySpan<char> word, int length)
    {
        var code = Path(word);
        if (code == 0)
        {
            return 0;
        }

        var bits = 63 - System.Numerics.BitOperations.LeadingZeroCount(code);
        return bits <= length ? code : code >> (bits - length);
    }

    /// <summary>The whole path of <paramref name="word"/> with a leading 1 bit; 0 when unknown.</summary>
    public ulong Path(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var code))
        {
            return code;
        }

        if (word.Length == 0 || word.Length > 64)
        {
            return 0;
        }

        Span<char> folded = stackalloc char[word.Length];
        word.ToLowerInvariant(folded);
        if (_lookup.TryGetValue(folded, out code))
        {
            return code;
        }

        folded[0] = char.ToUpperInvariant(folded[0]);
        return _lookup.TryGetValue(folded, out code) ? code : 0;
    }

    private static ulong Encode(ReadOnlySpan<char> bits)
    {
        ulong code = 1;
        foreach (var bit in bits[..Math.Min(bits.Length, 62)])
        {
            code = (code << 1) | (bit == '1' ? 1UL : 0UL);
        }

        return code;
    }
}
